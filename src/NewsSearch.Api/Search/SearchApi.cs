using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary><c>GET /api/v1/search</c>: ranked, faceted search.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Search").RequireCors(CorsPolicies.Reads);
        api.MapGet("/search", Search)
            .CacheOutput(ReadCache.Policy)
            .WithName("Search")
            .WithSummary("Search articles")
            .WithDescription("Ranked hits with highlighted snippets and drill-sideways facet counts (each dimension counted with the other dimensions' filters, not its own). " +
                "With timeline=month, facets.month lists every month of the index, oldest first, with count, total (all articles that month) and share = count / total. " +
                "By default reprints are collapsed: one hit per story, total and facet counts in stories (collapse=false counts articles).");
        return app;
    }

    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        [AsParameters] SearchParameters parameters, SearchService search, SearchRequestValidator validator)
    {
        var request = parameters.ToRequest();
        var errors = parameters.Validate(request, validator);
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, title: "The search request is not valid")
            : TypedResults.Ok(search.Search(request));
    }
}
