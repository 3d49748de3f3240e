using Microsoft.AspNetCore.Http.HttpResults;
using NewsSearch.Api.Infrastructure;
using NewsSearch.Core.Search;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Facets;

/// <summary><c>GET /api/v1/facets</c>: the facet vocabulary with labels and article counts.</summary>
public static class FacetsApi
{
    public static IEndpointRouteBuilder MapFacetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Facets").RequireCors(CorsPolicies.Reads)
            .MapGet("/facets", Get)
            .CacheOutput(ReadCache.Policy)
            .WithName("GetFacets")
            .WithSummary("List facet values")
            .WithDescription("Every zone, partner economy (country, or Taiwan, Hong Kong, Macau) and sector with its Chinese and English label and the number of articles tagged with it.");
        return app;
    }

    internal static Ok<FacetsResponse> Get(SearchService search, FacetVocabulary vocabulary)
    {
        var totals = search.Search(new SearchRequest { PageSize = 1 }).Facets;
        return TypedResults.Ok(new FacetsResponse(
            Values(FacetDimension.Zone, totals.Zone, vocabulary),
            Values(FacetDimension.Country, totals.Country, vocabulary),
            Values(FacetDimension.Sector, totals.Sector, vocabulary)));
    }

    private static List<FacetValueView> Values(FacetDimension dimension, IReadOnlyList<FacetCount> counts, FacetVocabulary vocabulary)
    {
        var byValue = counts.ToDictionary(c => c.Value, c => c.Count);
        return vocabulary.Values(dimension)
            .Select(v => new FacetValueView(v.Id, v.Chinese, v.English, v.ParentId, byValue.GetValueOrDefault(v.Id)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
    }
}
