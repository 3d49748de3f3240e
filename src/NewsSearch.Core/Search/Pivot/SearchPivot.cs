using System.Globalization;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search.Pivot;

/// <summary>
/// Counts the articles matching a search by two dimensions at once (zone × partner country,
/// zone × year...), in memory over the catalog, with exactly the matching and filtering of
/// <see cref="SearchService"/>: a cell equals the total of the search filtered by both its values.
/// </summary>
public sealed class SearchPivot
{
    private readonly SearchService _search;
    private readonly FacetVocabulary _vocabulary;

    /// <summary>Creates the pivot over the search service and the facet labels.</summary>
    public SearchPivot(SearchService search, FacetVocabulary vocabulary)
    {
        _search = search;
        _vocabulary = vocabulary;
    }

    /// <summary>The accepted axis names, as used in URLs and the CLI.</summary>
    public static IReadOnlyList<string> AxisNames { get; } = ["zone", "country", "sector", "year"];

    /// <summary>Parses an axis name (any case).</summary>
    public static bool TryParseAxis(string? name, out PivotAxis axis) =>
        Enum.TryParse(name, ignoreCase: true, out axis) && AxisNames.Contains(name!.ToLowerInvariant());

    /// <summary>Counts a validated request's matches by <paramref name="rows"/> and <paramref name="cols"/>, which must differ.</summary>
    public PivotTable Build(SearchRequest request, PivotAxis rows, PivotAxis cols)
    {
        if (rows == cols)
        {
            throw new ArgumentException("Rows and columns must be different dimensions.", nameof(cols));
        }

        var matching = _search.Matching(request);
        var catalog = matching.Catalog;
        var rowAxis = new PivotAxisValues(catalog, rows);
        var colAxis = new PivotAxisValues(catalog, cols);
        var cells = new Dictionary<(int Row, int Col), int>();
        var rowTotals = new Dictionary<int, int>();
        var colTotals = new Dictionary<int, int>();

        // Collapsed like the search, a reprint group counts once wherever any of its matching versions counts.
        var once = new HashSet<(int Group, int Row, int Col)>();
        var collapse = request.Collapse && catalog.HasReprints;
        var total = 0;
        List<int> rowValues = [], colValues = [];
        foreach (var slot in matching.Slots)
        {
            var group = collapse && catalog.IsReprinted(slot) ? catalog.Groups[slot] : -1;
            bool First(int row, int col) => group < 0 || once.Add((group, row, col));
            rowAxis.Read(slot, rowValues);
            colAxis.Read(slot, colValues);
            total += First(-1, -1) ? 1 : 0;
            foreach (var r in rowValues)
            {
                rowTotals[r] = rowTotals.GetValueOrDefault(r) + (First(r, -1) ? 1 : 0);
                foreach (var c in colValues)
                {
                    cells[(r, c)] = cells.GetValueOrDefault((r, c)) + (First(r, c) ? 1 : 0);
                }
            }

            foreach (var c in colValues)
            {
                colTotals[c] = colTotals.GetValueOrDefault(c) + (First(-1, c) ? 1 : 0);
            }
        }

        var rowList = Values(rowAxis, rowTotals);
        var colList = Values(colAxis, colTotals);
        var rowOrder = rowList.Select((v, i) => (v.Value, i)).ToDictionary(p => p.Value, p => p.i);
        var colOrder = colList.Select((v, i) => (v.Value, i)).ToDictionary(p => p.Value, p => p.i);
        var cellList = cells
            .Select(c => new PivotCell(rowAxis.Id(c.Key.Row), colAxis.Id(c.Key.Col), c.Value))
            .OrderBy(c => rowOrder[c.Row]).ThenBy(c => colOrder[c.Col])
            .ToList();
        return new PivotTable(rows, cols, matching.Query, total, rowList, colList, cellList);
    }

    private List<PivotValue> Values(PivotAxisValues axis, Dictionary<int, int> totals)
    {
        if (axis.Axis == PivotAxis.Year)
        {
            return totals.OrderBy(t => t.Key)
                .Select(t => new PivotValue(axis.Id(t.Key), t.Key.ToString(CultureInfo.InvariantCulture), null, t.Value))
                .ToList();
        }

        var dimension = (FacetDimension)(int)axis.Axis;
        return totals
            .Select(t => Labelled(dimension, axis.Id(t.Key), t.Value))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
    }

    // A value no longer in the taxonomy keeps its id as its label.
    private PivotValue Labelled(FacetDimension dimension, string id, int count) => _vocabulary.Find(dimension, id) is { } value
        ? new PivotValue(id, value.Chinese, value.English, count)
        : new PivotValue(id, id, id, count);
}
