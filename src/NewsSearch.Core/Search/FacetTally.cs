using System.Numerics;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Drill-sideways facet counting: an article that passes every filter counts in every dimension;
/// one that fails exactly one dimension's filter still counts in that dimension, so ticking a zone
/// leaves the other zones' counts visible.
/// </summary>
internal sealed class FacetTally
{
    private readonly ArticleCatalog _catalog;
    private readonly int[][] _counts;
    private readonly Dictionary<int, int> _years = [];
    private readonly Dictionary<int, int>? _months;

    public FacetTally(ArticleCatalog catalog, bool countMonths = false)
    {
        _catalog = catalog;
        _counts = catalog.ValueNames.Select(v => new int[v.Length]).ToArray();
        _months = countMonths ? [] : null;
    }

    public IReadOnlyDictionary<int, int> Years => _years;

    /// <summary>Counts per <see cref="ArticleCatalog.MonthNumber"/> (empty unless asked for), like <see cref="Years"/>.</summary>
    public IReadOnlyDictionary<int, int> Months => _months ?? [];

    public int Count(int dimension, int bit) => _counts[dimension][bit];

    /// <summary>Counts one matching article given the filter dimensions it fails.</summary>
    public void Add(int slot, int failures)
    {
        if (failures == 0)
        {
            for (var d = 0; d < _counts.Length; d++)
            {
                AddBits(d, slot);
            }

            AddDate(slot);
        }
        else if ((failures & (failures - 1)) == 0)
        {
            var dimension = BitOperations.TrailingZeroCount(failures);
            if (dimension < _counts.Length)
            {
                AddBits(dimension, slot);
            }
            else if (dimension == SearchFilter.DateDimension)
            {
                AddDate(slot);
            }
        }
    }

    private void AddBits(int dimension, int slot)
    {
        var mask = _catalog.Masks[dimension][slot];
        while (mask != 0)
        {
            _counts[dimension][BitOperations.TrailingZeroCount(mask)]++;
            mask &= mask - 1;
        }
    }

    private void AddDate(int slot)
    {
        var year = _catalog.Years[slot];
        if (year != 0)
        {
            _years[year] = _years.GetValueOrDefault(year) + 1;
            if (_months is not null)
            {
                var month = _catalog.Months[slot];
                _months[month] = _months.GetValueOrDefault(month) + 1;
            }
        }
    }
}
