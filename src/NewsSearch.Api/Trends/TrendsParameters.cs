using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Api.Search;
using NewsSearch.Core.Search.Trends;

namespace NewsSearch.Api.Trends;

/// <summary>The query string of <c>GET /api/v1/trends</c>: 2 to 6 queries, the filters they all share, the interval and a format.</summary>
public sealed class TrendsParameters : FilterParameters
{
    [Description("The queries to compare, 2 to 6 (repeat q), each as in /api/v1/search (not empty, at most 256 characters).")]
    [FromQuery(Name = "q")]
    public string[]? Q { get; init; }

    [Description("month (default) or year.")]
    [FromQuery(Name = "interval")]
    public string? Interval { get; init; }

    [Description("csv: the series as a file, one row per query and period (q,query,period,count,total,share). Without it, JSON.")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>The interval asked for.</summary>
    public TrendInterval ParsedInterval => SearchTrends.ParseInterval(Interval) ?? TrendInterval.Month;

    /// <summary>True when the CSV file is asked for.</summary>
    public bool Csv => string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);

    protected override void AddProblems(Dictionary<string, string[]> errors)
    {
        base.AddProblems(errors);
        if (!string.IsNullOrEmpty(Interval) && SearchTrends.ParseInterval(Interval) is null)
        {
            errors["interval"] = ["Interval must be month or year."];
        }

        if (!string.IsNullOrEmpty(Format) && !Csv)
        {
            errors["format"] = ["Format must be csv (or left out for JSON)."];
        }
    }
}
