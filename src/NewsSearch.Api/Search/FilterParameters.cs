using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string's filters and reprint collapsing, which every endpoint over a search's articles takes.</summary>
public class FilterParameters
{
    [Description("Zone ids to keep (repeatable; any of them). See /api/v1/facets.")]

    [FromQuery(Name = "zone")]
    public string[]? Zone { get; init; }

    [Description("Partner economy ids to keep (countries, and Taiwan, Hong Kong and Macau; repeatable; any of them).")]

    [FromQuery(Name = "country")]
    public string[]? Country { get; init; }

    [Description("Sector ids to keep (repeatable; any of them).")]

    [FromQuery(Name = "sector")]
    public string[]? Sector { get; init; }

    [Description("Source names to keep (repeatable; any of them), e.g. 国际商报.")]

    [FromQuery(Name = "source")]
    public string[]? Source { get; init; }

    [Description("Earliest publication date, inclusive (yyyy-MM-dd).")]

    [FromQuery(Name = "from")]
    public DateOnly? From { get; init; }

    [Description("Latest publication date, inclusive (yyyy-MM-dd).")]

    [FromQuery(Name = "to")]
    public DateOnly? To { get; init; }

    [Description("true (default): one hit per reprint group (the same story on several sites), with versions counting its matching articles; total and facet counts count groups. false: every article is a hit and counts.")]

    [FromQuery(Name = "collapse")]
    public string? Collapse { get; init; }

    /// <summary>Problems with the request by parameter name: the validator's and those of values only this layer parses.</summary>
    public Dictionary<string, string[]> Validate(SearchRequest request, SearchRequestValidator validator)
    {
        var errors = validator.Validate(request);
        AddProblems(errors);
        return errors;
    }

    /// <summary>Adds problems with parameters that <see cref="SearchRequestValidator"/> never sees as text.</summary>
    protected virtual void AddProblems(Dictionary<string, string[]> errors)
    {
        if (!string.IsNullOrEmpty(Collapse) && !bool.TryParse(Collapse, out _))
        {
            errors["collapse"] = ["Collapse must be true or false."];
        }
    }

    /// <summary>The request for <paramref name="query"/> with these filters (first page, default size, relevance order).</summary>
    public SearchRequest ToRequest(string? query) => new()
    {
        Query = query,
        Zones = Zone ?? [],
        Countries = Country ?? [],
        Sectors = Sector ?? [],
        Sources = Source ?? [],
        From = From,
        To = To,
        Collapse = !bool.TryParse(Collapse, out var collapse) || collapse,
    };
}
