using System.Numerics;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Drill-sideways facet counting: an article that passes every filter counts in every dimension;
/// one that fails exactly one dimension's filter still counts in that dimension, so ticking a zone
/// leaves the other zones' counts visible. Counting by group, the articles of a reprint group
/// count once per value (and year and month) that any of them counts for.
/// </summary>
internal sealed class FacetTally
{
    private readonly ArticleCatalog _catalog;
    private readonly int[][] _counts;
    private readonly int[][] _combinationCounts; // per dimension, matches per value combination, spread over _counts by Finish
    private readonly int[] _yearCounts; // by year - catalog.FirstYear: an array is several times cheaper than a dictionary per article
    private readonly Dictionary<int, int>? _months;
    private readonly Dictionary<int, GroupMarks>? _groups;

    public FacetTally(ArticleCatalog catalog, bool byGroup, bool countMonths = false)
    {
        _catalog = catalog;
        _counts = catalog.ValueNames.Select(v => new int[v.Length]).ToArray();
        _combinationCounts = catalog.CombinationMasks.Select(m => new int[m.Length]).ToArray();
        _yearCounts = new int[catalog.LastYear - catalog.FirstYear + 1];
        _months = countMonths ? [] : null;
        _groups = byGroup && catalog.HasReprints ? [] : null;
    }

    /// <summary>Counts per publication year, for the years with at least one.</summary>
    public IReadOnlyDictionary<int, int> Years => _yearCounts
        .Select((count, offset) => (Year: _catalog.FirstYear + offset, Count: count))
        .Where(y => y.Count > 0)
        .ToDictionary(y => y.Year, y => y.Count);

    /// <summary>Counts per <see cref="ArticleCatalog.MonthNumber"/> (empty unless asked for), like <see cref="Years"/>.</summary>
    public IReadOnlyDictionary<int, int> Months => _months ?? [];

    public int Count(int dimension, int bit) => _counts[dimension][bit];

    /// <summary>Counts one matching article given the filter dimensions it fails.</summary>
    public void Add(int slot, int failures)
    {
        if (failures == 0)
        {
            // The common case, once per match of a common word: the group looked up once.
            var marks = MarksOf(slot);
            for (var d = 0; d < _counts.Length; d++)
            {
                AddBits(d, slot, marks);
            }

            AddDate(slot, marks);
        }
        else if ((failures & (failures - 1)) == 0)
        {
            var dimension = BitOperations.TrailingZeroCount(failures);
            if (dimension < _counts.Length)
            {
                AddBits(dimension, slot, MarksOf(slot));
            }
            else if (dimension == SearchFilter.DateDimension)
            {
                AddDate(slot, MarksOf(slot));
            }
        }
    }

    /// <summary>Adds <paramref name="matches"/> articles counted elsewhere (by <see cref="MatchBits"/>) to a value.</summary>
    public void AddToValue(int dimension, int bit, int matches) => _counts[dimension][bit] += matches;

    /// <summary>Adds <paramref name="matches"/> articles counted elsewhere to a year.</summary>
    public void AddToYear(int year, int matches) => _yearCounts[year - _catalog.FirstYear] += matches;

    /// <summary>Counts one article counted elsewhere in its month, when months are counted.</summary>
    public void AddToMonth(int slot)
    {
        if (_months is not null && _catalog.Months[slot] is var month and not 0)
        {
            CountMonth(month);
        }
    }

    /// <summary>Spreads the counts over the values and counts the reprint groups; call once, after the last <see cref="Add"/>.</summary>
    public void Finish()
    {
        for (var d = 0; d < _combinationCounts.Length; d++)
        {
            var masks = _catalog.CombinationMasks[d];
            for (var c = 0; c < masks.Length; c++)
            {
                if (_combinationCounts[d][c] is var matches and > 0)
                {
                    CountBits(d, masks[c], matches);
                }
            }
        }

        if (_groups is null)
        {
            return;
        }

        foreach (var marks in _groups.Values)
        {
            for (var d = 0; d < _counts.Length; d++)
            {
                CountBits(d, marks.Masks[d]);
            }

            marks.Years.ForEach(CountYear);
            marks.Months.ForEach(CountMonth);
        }

        _groups.Clear();
    }

    private void AddBits(int dimension, int slot, GroupMarks? marks)
    {
        if (marks is not null)
        {
            marks.Masks[dimension] |= _catalog.Masks[dimension][slot];
        }
        else
        {
            _combinationCounts[dimension][_catalog.Combinations[dimension][slot]]++;
        }
    }

    private void AddDate(int slot, GroupMarks? marks)
    {
        var year = _catalog.Years[slot];
        if (year == 0)
        {
            return;
        }

        var month = _months is null ? 0 : _catalog.Months[slot];
        if (marks is not null)
        {
            AddOnce(marks.Years, year);
            if (_months is not null)
            {
                AddOnce(marks.Months, month);
            }
        }
        else
        {
            CountYear(year);
            if (_months is not null)
            {
                CountMonth(month);
            }
        }
    }

    private static void AddOnce(List<int> values, int value)
    {
        if (!values.Contains(value))
        {
            values.Add(value);
        }
    }

    private void CountBits(int dimension, ulong mask, int matches = 1)
    {
        while (mask != 0)
        {
            _counts[dimension][BitOperations.TrailingZeroCount(mask)] += matches;
            mask &= mask - 1;
        }
    }

    private void CountYear(int year) => _yearCounts[year - _catalog.FirstYear]++;

    private void CountMonth(int month) => _months![month] = _months.GetValueOrDefault(month) + 1;

    private GroupMarks? MarksOf(int slot)
    {
        if (_groups is null || !_catalog.IsReprinted(slot))
        {
            return null;
        }

        var group = _catalog.Groups[slot];
        if (!_groups.TryGetValue(group, out var marks))
        {
            _groups[group] = marks = new GroupMarks(_counts.Length);
        }

        return marks;
    }

    // The values, years and months a group's articles count for, gathered before the group is counted once.
    private sealed class GroupMarks(int dimensions)
    {
        public ulong[] Masks { get; } = new ulong[dimensions];

        public List<int> Years { get; } = [];

        public List<int> Months { get; } = [];
    }
}
