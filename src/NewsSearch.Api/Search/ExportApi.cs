using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>
/// <c>GET /api/v1/search/export</c>: every hit of a search as a CSV or JSON Lines download, written
/// to the response as the rows are read, with no results window. Not rate-limited (it only reads);
/// a client that goes away stops the work at the next chunk.
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").RequireCors(CorsPolicies.Reads)
            .MapGet("/export", Export)
            .WithName(OpenApiSetup.ExportOperation)
            .WithSummary("Export every hit of a search")
            .WithDescription("The whole result set of the same q, zone, country, sector, source, from, to and sort as /api/v1/search (page and pageSize do not apply), " +
                "in search order, as a file download. Columns: id,title,published,source,url,zones,countries,sectors,score (lists joined with ';'). " +
                "csv is UTF-8 with a BOM (Excel reads the Chinese correctly) and RFC 4180 quoting; jsonl is one JSON object per line with lists as arrays.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/x-ndjson");
        return app;
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> Export(
        [AsParameters] ExportParameters parameters, SearchService search, SearchRequestValidator validator, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var request = parameters.ToRequest();
        var errors = parameters.Validate(request, validator);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The export request is not valid");
        }

        // Matched and ordered now, so a failure is still an error response; rows are read as they are written.
        var results = search.ReadAll(request);
        var writer = parameters.Writer!;
        var fileName = string.Create(CultureInfo.InvariantCulture, $"newssearch-export-{time.GetUtcNow():yyyyMMdd}.{writer.FileExtension}");
        return TypedResults.Stream(
            body => writer.WriteAsync(body, results.Rows(cancellationToken), cancellationToken),
            writer.ContentType,
            fileName);
    }
}
