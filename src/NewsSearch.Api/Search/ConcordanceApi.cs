using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;

namespace NewsSearch.Api.Search;

/// <summary><c>GET /api/v1/search/concordance</c>: every occurrence of a search's words in its articles, in context.</summary>
public static class ConcordanceApi
{
    /// <summary>The operation id, whose sort values the OpenAPI document lists apart from the search's.</summary>
    public const string Operation = "SearchConcordance";

    public static IEndpointRouteBuilder MapConcordanceApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").RequireCors(CorsPolicies.Reads)
            // Not output-cached: the cache would hold a copy of every file it streams (up to its body limit), and each
            // page is a different URL anyway.
            .MapGet("/concordance", Get)
            .WithName(Operation)
            .WithSummary("Keyword in context")
            .WithDescription("Every occurrence of the query's words and phrases in the bodies of the articles matching the same q, zone, country, " +
                "sector, source, from, to and collapse as /api/v1/search, as {id, title, published, left, match, right, heading, headingDerived}: " +
                "width characters on each side, cut from the article's own text (a Traditional article stays Traditional for a Simplified query; " +
                "line breaks become spaces). Overlapping matches count once. total counts occurrences, articles the articles holding one. " +
                "sort=left and sort=right order by the folded context next to the match (both scripts together, by code point). " +
                "With format=csv or jsonl, every line as a file (csv: UTF-8 with a BOM, columns id,title,published,left,match,right,heading,headingDerived).")
            .Produces<ConcordanceResponse>(StatusCodes.Status200OK, "application/json"); // the file formats are added by OpenApiSetup
        return app;
    }

    internal static Results<Ok<ConcordanceResponse>, PushStreamHttpResult, ValidationProblem> Get(
        [AsParameters] ConcordanceParameters parameters, Concordancer concordancer, SearchRequestValidator validator, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var request = parameters.ToConcordance();
        var errors = parameters.Validate(request.Search, validator);
        foreach (var (name, messages) in concordancer.Validate(request, validator))
        {
            errors.TryAdd(name, messages);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The concordance request is not valid");
        }

        if (parameters.Writer is not { } writer)
        {
            return TypedResults.Ok(concordancer.Page(request, cancellationToken));
        }

        var lines = concordancer.Read(request, cancellationToken);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"newssearch-concordance-{time.GetUtcNow():yyyyMMdd}.{writer.Name}");
        return TypedResults.Stream(body => writer.WriteAsync(body, lines.Lines, cancellationToken), writer.ContentType, fileName);
    }
}
