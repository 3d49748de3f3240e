using System.Numerics;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// A kept query's matches as bit sets over their positions, one per facet value and per year, built
/// once. A request over them then counts its drill-sideways facets by intersecting sets (a few
/// thousand 64-bit words per value at 100,000 matches) instead of visiting every match: the sets
/// of a filter's values are joined per dimension, and each dimension is counted over the matches
/// passing every other dimension. Reprinted articles, when a request collapses them, are counted
/// one group at a time by <see cref="FacetTally"/>, as when the engine answers.
/// </summary>
internal sealed class MatchBits
{
    private const int Dimensions = SearchFilter.DateDimension + 1; // zone, country, sector, source, date

    private readonly Candidate[] _matches;
    private readonly ArticleCatalog _catalog;
    private readonly int _words;
    private readonly ulong[]?[][] _values; // per facet dimension and value bit: positions having it
    private readonly ulong[]?[] _years; // per year - FirstYear: positions published then
    private readonly ulong[] _everything;
    private readonly ulong[] _unreprinted; // positions of articles without reprints
    private readonly int[] _reprinted; // positions of the others

    public MatchBits(Candidate[] matches, ArticleCatalog catalog)
    {
        _matches = matches;
        _catalog = catalog;
        _words = (matches.Length + 63) / 64;
        _values = catalog.ValueNames.Select(names => new ulong[]?[names.Length]).ToArray();
        _years = new ulong[]?[catalog.LastYear - catalog.FirstYear + 1];
        _everything = Full(matches.Length);
        _unreprinted = Full(matches.Length);
        var reprinted = new List<int>();
        for (var position = 0; position < matches.Length; position++)
        {
            var slot = matches[position].Slot;
            for (var d = 0; d < _values.Length; d++)
            {
                for (var mask = catalog.Masks[d][slot]; mask != 0; mask &= mask - 1)
                {
                    Set(ref _values[d][BitOperations.TrailingZeroCount(mask)], position);
                }
            }

            if (catalog.Years[slot] is var year and not 0)
            {
                Set(ref _years[year - catalog.FirstYear], position);
            }

            if (catalog.IsReprinted(slot))
            {
                _unreprinted[position >> 6] &= ~(1UL << position);
                reprinted.Add(position);
            }
        }

        _reprinted = [.. reprinted];
    }

    /// <summary>True when the match at <paramref name="position"/> is in <paramref name="set"/>.</summary>
    public static bool Contains(ulong[] set, int position) => (set[position >> 6] & (1UL << position)) != 0;

    /// <summary>
    /// Counts the matches passing <paramref name="filter"/> and their facets; also gives the set
    /// of the passing matches' positions, for reading a page.
    /// </summary>
    public (MatchCounts Counts, ulong[] Passing) Count(SearchFilter filter, bool collapse, bool countMonths)
    {
        var passes = new ulong[]?[Dimensions];
        for (var d = 0; d < _values.Length; d++)
        {
            if (filter.Filters(d))
            {
                passes[d] = Union(_values[d], filter.Accepted(d));
            }
        }

        if (filter.Filters(SearchFilter.SourceDimension) || filter.Filters(SearchFilter.DateDimension))
        {
            Scan(filter, passes);
        }

        // Grouped articles count once per group (FacetTally's marks); the rest are counted here.
        var byGroup = collapse && _catalog.HasReprints;
        var counted = byGroup ? _unreprinted : _everything;
        var tally = new FacetTally(_catalog, collapse, countMonths);
        for (var d = 0; d < _values.Length; d++)
        {
            var sideways = Intersection(passes, counted, except: d);
            for (var bit = 0; bit < _values[d].Length; bit++)
            {
                if (_values[d][bit] is { } having)
                {
                    tally.AddToValue(d, bit, CountBoth(having, sideways));
                }
            }
        }

        var dated = Intersection(passes, counted, except: SearchFilter.DateDimension);
        for (var offset = 0; offset < _years.Length; offset++)
        {
            if (_years[offset] is { } published)
            {
                tally.AddToYear(_catalog.FirstYear + offset, CountBoth(published, dated));
            }
        }

        if (countMonths)
        {
            ForEach(dated, position => tally.AddToMonth(_matches[position].Slot));
        }

        var passing = Intersection(passes, _everything, except: -1);
        var total = CountBoth(passing, counted);
        var perGroup = new Dictionary<int, int>();
        foreach (var position in _reprinted)
        {
            var slot = _matches[position].Slot;
            if (byGroup)
            {
                tally.Add(slot, filter.Failures(_catalog, slot));
            }

            if (Contains(passing, position))
            {
                var group = _catalog.Groups[slot];
                perGroup[group] = perGroup.GetValueOrDefault(group) + 1;
            }
        }

        tally.Finish();
        total += byGroup ? perGroup.Count : 0;
        return (new MatchCounts(_catalog, tally, total, perGroup.Where(g => g.Value > 1).ToDictionary()), passing);
    }

    // The source and date filters have no kept sets: one pass over the matches gives theirs.
    private void Scan(SearchFilter filter, ulong[]?[] passes)
    {
        var bySource = filter.Filters(SearchFilter.SourceDimension) ? new ulong[_words] : null;
        var byDate = filter.Filters(SearchFilter.DateDimension) ? new ulong[_words] : null;
        for (var position = 0; position < _matches.Length; position++)
        {
            var failures = filter.Failures(_catalog, _matches[position].Slot);
            if (bySource is not null && (failures & (1 << SearchFilter.SourceDimension)) == 0)
            {
                bySource[position >> 6] |= 1UL << position;
            }

            if (byDate is not null && (failures & (1 << SearchFilter.DateDimension)) == 0)
            {
                byDate[position >> 6] |= 1UL << position;
            }
        }

        passes[SearchFilter.SourceDimension] = bySource;
        passes[SearchFilter.DateDimension] = byDate;
    }

    private ulong[] Union(ulong[]?[] values, ulong accepted)
    {
        var union = new ulong[_words];
        for (; accepted != 0; accepted &= accepted - 1)
        {
            var bit = BitOperations.TrailingZeroCount(accepted);
            if (bit < values.Length && values[bit] is { } having)
            {
                for (var w = 0; w < _words; w++)
                {
                    union[w] |= having[w];
                }
            }
        }

        return union;
    }

    // The positions in start that pass every filtered dimension but one (-1: every one).
    private static ulong[] Intersection(ulong[]?[] passes, ulong[] start, int except)
    {
        var result = (ulong[])start.Clone();
        for (var d = 0; d < passes.Length; d++)
        {
            if (d != except && passes[d] is { } pass)
            {
                for (var w = 0; w < result.Length; w++)
                {
                    result[w] &= pass[w];
                }
            }
        }

        return result;
    }

    private static int CountBoth(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }

    private static void ForEach(ulong[] set, Action<int> visit)
    {
        for (var w = 0; w < set.Length; w++)
        {
            for (var bits = set[w]; bits != 0; bits &= bits - 1)
            {
                visit((w << 6) + BitOperations.TrailingZeroCount(bits));
            }
        }
    }

    private void Set(ref ulong[]? set, int position)
    {
        set ??= new ulong[_words];
        set[position >> 6] |= 1UL << position;
    }

    private static ulong[] Full(int count)
    {
        var set = new ulong[(count + 63) / 64];
        Array.Fill(set, ulong.MaxValue);
        if (count % 64 != 0)
        {
            set[^1] = (1UL << (count % 64)) - 1;
        }

        return set;
    }
}
