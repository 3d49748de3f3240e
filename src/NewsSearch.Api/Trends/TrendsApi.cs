using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Trends;

namespace NewsSearch.Api.Trends;

/// <summary><c>GET /api/v1/trends</c>: several queries counted over the same months or years, side by side.</summary>
public static class TrendsApi
{
    /// <summary>The operation id, whose format values the OpenAPI document lists apart from the export's.</summary>
    public const string Operation = "Trends";

    public static IEndpointRouteBuilder MapTrendsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Search").RequireCors(CorsPolicies.Reads)
            // Not output-cached: the cache's key sorts repeated query values, and sorts them in the live request too
            // (dotnet/aspnetcore#69109), so q=A&q=B would get the series of q=B&q=A. The matches themselves are cached.
            .MapGet("/trends", Get)
            .WithName(Operation)
            .WithSummary("Compare queries over time")
            .WithDescription("For 2 to 6 queries (q=...&q=...) with the same zone, country, sector, source, from, to and collapse, each query's matching " +
                "articles per month or year: series[i].points is {period, count, total, share} for every period from the index's first dated article " +
                "to its last (within from and to), the same periods for every query. count is the total /api/v1/search gives for that query with " +
                "the period as its dates (reprint groups once when collapsed); total is every article of the index in the period; share = count / total. " +
                "Undated articles are in no period. format=csv gives the series as a file, one row per query and period.")
            .Produces<TrendsResponse>(StatusCodes.Status200OK, "application/json"); // the CSV is added by OpenApiSetup
        return app;
    }

    internal static Results<Ok<TrendsResponse>, FileContentHttpResult, ValidationProblem> Get(
        [AsParameters] TrendsParameters parameters, SearchTrends trends, SearchRequestValidator validator, TimeProvider time)
    {
        var queries = parameters.Q ?? [];
        var filters = parameters.ToRequest(null);
        var errors = parameters.Validate(filters, validator);
        foreach (var (name, messages) in SearchTrends.Validate(queries, filters, validator))
        {
            errors.TryAdd(name, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The trends request is not valid");
        }

        var response = trends.Count(queries, filters, parameters.ParsedInterval);
        if (!parameters.Csv)
        {
            return TypedResults.Ok(response);
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"newssearch-trends-{time.GetUtcNow():yyyyMMdd}.csv");
        return TypedResults.File(TrendsCsv.Write(response), TrendsCsv.ContentType, fileName);
    }
}
