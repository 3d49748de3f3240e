using System.Globalization;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    // Every month of the index's span, empty ones included, so a chart's axis has no gaps; the
    // total is the whole index in that month, whatever the query and filters.
    private static List<FacetCount> Months(ArticleCatalog catalog, FacetTally tally, SearchRequest request)
    {
        var totals = catalog.ArticlesPerMonth;
        var months = new List<FacetCount>();
        if (totals.Count == 0)
        {
            return months;
        }

        var selected = SelectedMonth(request);
        for (var month = totals.Keys.Min(); month <= totals.Keys.Max(); month++)
        {
            var value = MonthValue(month);
            var count = new FacetCount(value, value, tally.Months.GetValueOrDefault(month), month == selected);
            months.Add(WithShare(count, totals.GetValueOrDefault(month)));
        }

        return months;
    }

    private static FacetCount WithShare(FacetCount count, int total) =>
        count with { Total = total, Share = total == 0 ? 0 : (double)count.Count / total };

    /// <summary>The month whose whole span the date filter covers exactly, or -1.</summary>
    private static int SelectedMonth(SearchRequest request) =>
        request.From is { Day: 1 } from && request.To == from.AddMonths(1).AddDays(-1) ? ArticleCatalog.MonthNumber(from) : -1;

    private static string MonthValue(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{month % 12 + 1:D2}");
}
