using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Pivot;

namespace NewsSearch.Api.Search;

/// <summary><c>GET /api/v1/search/pivot</c>: a search's matches counted by two dimensions at once.</summary>
public static class PivotApi
{
    public static IEndpointRouteBuilder MapPivotApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/search").WithTags("Search").RequireCors(CorsPolicies.Reads)
            .MapGet("/pivot", Get)
            .CacheOutput(ReadCache.Policy)
            .WithName("SearchPivot")
            .WithSummary("Compare two dimensions")
            .WithDescription("For the same query and filters as /api/v1/search, the matching articles counted by rows × cols " +
                "(zone, country, sector or year). A cell counts the articles having both values, so it equals the total of the search " +
                "filtered by both. Sparse: cells lists only non-zero combinations. rowValues and colValues are the values held by at " +
                "least one matching article, with that count; most articles first, years in date order.");
        return app;
    }

    internal static Results<Ok<PivotTable>, ValidationProblem> Get(
        [AsParameters] PivotParameters parameters, SearchPivot pivot, SearchRequestValidator validator)
    {
        var request = parameters.ToRequest();
        var errors = parameters.Validate(request, validator);
        var rowsKnown = Axis(parameters.Rows, PivotAxis.Zone, "rows", errors, out var rows);
        var colsKnown = Axis(parameters.Cols, PivotAxis.Country, "cols", errors, out var cols);
        if (rowsKnown && colsKnown && rows == cols)
        {
            errors["cols"] = [$"Rows and columns are both {parameters.Cols ?? "country"}; choose two different dimensions."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The pivot request is not valid")
            : TypedResults.Ok(pivot.Build(request, rows, cols));
    }

    private static bool Axis(string? name, PivotAxis fallback, string parameter, Dictionary<string, string[]> errors, out PivotAxis axis)
    {
        if (string.IsNullOrEmpty(name))
        {
            axis = fallback;
            return true;
        }

        if (SearchPivot.TryParseAxis(name, out axis))
        {
            return true;
        }

        var shown = name.Length > 40 ? name[..40] + "…" : name;
        errors[parameter] = [$"Unknown {parameter} '{shown}'; use one of {string.Join(", ", SearchPivot.AxisNames)}."];
        return false;
    }
}
