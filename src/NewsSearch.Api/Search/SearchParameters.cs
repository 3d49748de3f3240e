using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search</c>: a result set, a page of it and an optional timeline.</summary>
public sealed class SearchParameters : ResultSetParameters
{
    [Description("Page number, from 1.")]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Hits per page, 1 to 100 (default 20).")]

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    [Description("month or year: add article counts over time to the facets (facets.month, or total and share on facets.year), counted with every filter except the dates.")]

    [FromQuery(Name = "timeline")]
    public string? Timeline { get; init; }

    protected override void AddProblems(Dictionary<string, string[]> errors)
    {
        base.AddProblems(errors);
        if (!string.IsNullOrEmpty(Timeline) && ParseTimeline(Timeline) is null)
        {
            errors["timeline"] = ["Timeline must be month or year."];
        }
    }

    public override SearchRequest ToRequest() => base.ToRequest() with
    {
        Page = Page ?? 1,
        PageSize = PageSize ?? SearchRequest.DefaultPageSize,
        Timeline = ParseTimeline(Timeline) ?? SearchTimeline.None,
    };

    private static SearchTimeline? ParseTimeline(string? timeline) => timeline?.ToUpperInvariant() switch
    {
        "MONTH" => SearchTimeline.Month,
        "YEAR" => SearchTimeline.Year,
        _ => null,
    };
}
