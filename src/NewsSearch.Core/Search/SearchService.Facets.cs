using System.Globalization;
using NewsSearch.Core.Index;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search;

public sealed partial class SearchService
{
    private SearchFacets BuildFacets(ArticleCatalog catalog, FacetTally tally, SearchRequest request) => new(
        Dimension(catalog, tally, FacetDimension.Zone, request.Zones),
        Dimension(catalog, tally, FacetDimension.Country, request.Countries),
        Dimension(catalog, tally, FacetDimension.Sector, request.Sectors),
        Years(catalog, tally, request),
        request.Timeline == SearchTimeline.Month ? Months(catalog, tally, request) : null);

    private List<FacetCount> Dimension(ArticleCatalog catalog, FacetTally tally, FacetDimension dimension, IReadOnlyList<string> selected)
    {
        var d = (int)dimension;
        var counts = new List<FacetCount>();
        var names = catalog.ValueNames[d];
        for (var bit = 0; bit < names.Length; bit++)
        {
            var count = tally.Count(d, bit);
            if (count > 0 || selected.Contains(names[bit]))
            {
                counts.Add(new FacetCount(names[bit], Label(dimension, names[bit]), count, selected.Contains(names[bit])));
            }
        }

        foreach (var value in selected.Where(v => Array.IndexOf(names, v) < 0).Distinct())
        {
            counts.Add(new FacetCount(value, Label(dimension, value), 0, true));
        }

        return counts.OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList();
    }

    private static List<FacetCount> Years(ArticleCatalog catalog, FacetTally tally, SearchRequest request)
    {
        // A year is "selected" when the date filter is exactly that calendar year.
        var selectedYear = request.From is { Month: 1, Day: 1 } from && request.To == new DateOnly(from.Year, 12, 31) ? from.Year : (int?)null;
        var withShare = request.Timeline == SearchTimeline.Year;
        return tally.Years
            .OrderByDescending(y => y.Key)
            .Select(y =>
            {
                var year = y.Key.ToString(CultureInfo.InvariantCulture);
                var count = new FacetCount(year, year, y.Value, y.Key == selectedYear);
                return withShare ? WithShare(count, catalog.ArticlesPerYear.GetValueOrDefault(y.Key)) : count;
            })
            .ToList();
    }

    private string Label(FacetDimension dimension, string value) => _vocabulary.Find(dimension, value)?.Chinese ?? value;
}
