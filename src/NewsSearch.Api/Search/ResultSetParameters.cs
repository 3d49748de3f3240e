using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Search;

/// <summary>The query string that picks an ordered result set: the matching articles and their order (search and export).</summary>
public class ResultSetParameters : MatchParameters
{
    [Description("relevance (default), newest or oldest.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <inheritdoc />
    protected override void AddProblems(Dictionary<string, string[]> errors)
    {
        base.AddProblems(errors);
        if (!string.IsNullOrEmpty(Sort) && ParseSort(Sort) is null)
        {
            errors["sort"] = ["Sort must be relevance, newest or oldest."];
        }
    }

    /// <inheritdoc />
    public override SearchRequest ToRequest() => base.ToRequest() with { Sort = ParseSort(Sort) ?? SearchSort.Relevance };

    private static SearchSort? ParseSort(string? sort) =>
        Enum.TryParse<SearchSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(sort![0]) ? parsed : null;
}
