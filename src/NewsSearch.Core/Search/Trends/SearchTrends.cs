using System.Globalization;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search.Trends;

/// <summary>
/// Trends side by side: each query's matching articles counted per month or year over the same
/// periods, matched and filtered exactly as <see cref="SearchService"/> does, so a point's count is
/// the search's total with that period as its dates (reprint groups counted once per period when
/// collapsed, as the search counts them).
/// </summary>
public sealed class SearchTrends(SearchService search)
{
    /// <summary>Fewest queries in a trend.</summary>
    public const int MinQueries = 2;

    /// <summary>Most queries in a trend.</summary>
    public const int MaxQueries = 6;

    /// <summary>The names of the intervals.</summary>
    public static IReadOnlyList<string> IntervalNames { get; } = [.. Enum.GetNames<TrendInterval>().Select(n => n.ToLowerInvariant())];

    /// <summary>The interval of a name (any case), or null.</summary>
    public static TrendInterval? ParseInterval(string? name) =>
        Enum.TryParse<TrendInterval>(name, ignoreCase: true, out var interval) && Enum.IsDefined(interval) && !char.IsDigit(name![0]) ? interval : null;

    /// <summary>Problems with the queries by parameter name (<c>q</c>); each query is also checked as a search's.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<string> queries, SearchRequest filters, SearchRequestValidator validator)
    {
        var errors = validator.Validate(filters with { Query = null });
        var problems = new List<string>();
        if (queries.Count is < MinQueries or > MaxQueries)
        {
            problems.Add($"Give {MinQueries} to {MaxQueries} queries (q=...&q=...); {queries.Count} given.");
        }

        foreach (var query in queries)
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                problems.Add("A query is empty; every q needs words.");
            }
            else if (validator.Validate(new SearchRequest { Query = query }).TryGetValue("q", out var q))
            {
                problems.AddRange(q);
            }
        }

        if (problems.Count > 0)
        {
            errors["q"] = [.. problems.Distinct()];
        }

        return errors;
    }

    /// <summary>Counts each of the validated <paramref name="queries"/> with <paramref name="filters"/> per <paramref name="interval"/>.</summary>
    public TrendsResponse Count(IReadOnlyList<string> queries, SearchRequest filters, TrendInterval interval)
    {
        // One catalog for every query, so that all count the same articles even if the index moves meanwhile.
        var catalog = search.CurrentCatalog();
        var matched = queries.Select(q => search.Matching(filters with { Query = q }, catalog)).ToList();

        var periods = Periods(catalog, filters, interval);
        var totals = interval == TrendInterval.Month ? catalog.ArticlesPerMonth : catalog.ArticlesPerYear;
        var series = queries.Zip(matched, (q, m) => Series(q, m, catalog, periods, totals, interval, filters.Collapse)).ToList();
        return new TrendsResponse(interval.ToString().ToLowerInvariant(), periods.Select(p => Name(p, interval)).ToList(), series);
    }

    private static TrendSeries Series(
        string q, MatchingArticles matching, ArticleCatalog catalog, List<int> periods, IReadOnlyDictionary<int, int> totals, TrendInterval interval, bool collapse)
    {
        var counts = new Dictionary<int, int>();
        var counted = new HashSet<(int Group, int Period)>();
        var period = interval == TrendInterval.Month ? catalog.Months : catalog.Years;
        var groups = collapse && catalog.HasReprints ? catalog.Groups : null;
        var total = new HashSet<int>();
        var all = 0;
        foreach (var slot in matching.Slots)
        {
            var p = period[slot];
            if (p == 0)
            {
                continue; // undated: in no period
            }

            // A reprint group counts once in a period however many of its versions fall in it.
            if (groups is null || !catalog.IsReprinted(slot))
            {
                counts[p] = counts.GetValueOrDefault(p) + 1;
                all++;
            }
            else
            {
                if (counted.Add((groups[slot], p)))
                {
                    counts[p] = counts.GetValueOrDefault(p) + 1;
                }

                if (total.Add(groups[slot]))
                {
                    all++;
                }
            }
        }

        var points = periods.Select(p =>
        {
            var count = counts.GetValueOrDefault(p);
            var inPeriod = totals.GetValueOrDefault(p);
            return new TrendPoint(Name(p, interval), count, inPeriod, inPeriod == 0 ? 0 : Math.Round((double)count / inPeriod, 6));
        }).ToList();
        return new TrendSeries(q, matching.Query, all, points);
    }

    // Every period from the index's first dated article to its last, narrowed to the dates asked for.
    private static List<int> Periods(ArticleCatalog catalog, SearchRequest filters, TrendInterval interval)
    {
        var known = (interval == TrendInterval.Month ? catalog.ArticlesPerMonth : catalog.ArticlesPerYear).Keys.ToList();
        if (known.Count == 0)
        {
            return [];
        }

        var first = known.Min();
        var last = known.Max();
        if (filters.From is { } from)
        {
            first = Math.Max(first, interval == TrendInterval.Month ? ArticleCatalog.MonthNumber(from) : from.Year);
        }

        if (filters.To is { } to)
        {
            last = Math.Min(last, interval == TrendInterval.Month ? ArticleCatalog.MonthNumber(to) : to.Year);
        }

        return first > last ? [] : [.. Enumerable.Range(first, last - first + 1)];
    }

    private static string Name(int period, TrendInterval interval) => interval == TrendInterval.Month
        ? string.Create(CultureInfo.InvariantCulture, $"{period / 12:D4}-{period % 12 + 1:D2}")
        : period.ToString("D4", CultureInfo.InvariantCulture);
}
