using System.Buffers;
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
    private readonly int[] _days; // per position, the catalog's day number
    private readonly int[] _sources; // per position, the catalog's source id

    public MatchBits(Candidate[] matches, ArticleCatalog catalog)
    {
        _matches = matches;
        _catalog = catalog;
        _words = (matches.Length + 63) / 64;
        _values = catalog.ValueNames.Select(names => new ulong[]?[names.Length]).ToArray();
        _years = new ulong[]?[catalog.LastYear - catalog.FirstYear + 1];
        _everything = Full(matches.Length);
        _unreprinted = Full(matches.Length);
        // The sets are built for a query the first time it comes back, which under searches that
        // rarely repeat is most of their use. A generated article has about 14 facet values, so bits
        // are gathered 64 positions at a time into one word per value, then stored (measured at
        // 66,700 matches: 3.7 ms setting each bit in its set directly).
        var slots = new int[matches.Length];
        for (var position = 0; position < slots.Length; position++)
        {
            slots[position] = matches[position].Slot;
        }

        _days = Gather(catalog.Days, slots);
        _sources = Gather(catalog.Sources, slots);
        for (var d = 0; d < _values.Length; d++)
        {
            SetValues(catalog.Masks[d], slots, _values[d]);
        }

        var years = catalog.Years;
        var reprinted = new List<int>();
        for (var position = 0; position < slots.Length; position++)
        {
            var slot = slots[position];
            if (years[slot] is var year and not 0)
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

    // Into values[v]: the positions whose slot's mask has bit v.
    private void SetValues(ulong[] masks, int[] slots, ulong[]?[] values)
    {
        var word = new ulong[values.Length]; // per value, the current 64 positions' bits
        for (var w = 0; w < _words; w++)
        {
            var end = Math.Min((w + 1) << 6, slots.Length);
            for (var position = w << 6; position < end; position++)
            {
                var bit = 1UL << position; // the shift takes the position's low six bits
                for (var mask = masks[slots[position]]; mask != 0; mask &= mask - 1)
                {
                    word[BitOperations.TrailingZeroCount(mask)] |= bit;
                }
            }

            for (var value = 0; value < word.Length; value++)
            {
                if (word[value] != 0)
                {
                    (values[value] ??= new ulong[_words])[w] = word[value];
                    word[value] = 0;
                }
            }
        }
    }

    private static int[] Gather(int[] column, int[] slots)
    {
        var values = new int[slots.Length];
        for (var position = 0; position < values.Length; position++)
        {
            values[position] = column[slots[position]];
        }

        return values;
    }

    /// <summary>True when the match at <paramref name="position"/> is in <paramref name="set"/>.</summary>
    public static bool Contains(ulong[] set, int position) => (set[position >> 6] & (1UL << position)) != 0;

    /// <summary>
    /// Counts the matches passing <paramref name="filter"/> and their facets; also gives the set
    /// of the passing matches' positions, for reading a page.
    /// </summary>
    public (MatchCounts Counts, ulong[] Passing) Count(SearchFilter filter, bool collapse, bool countMonths)
    {
        // Per filtered dimension, the positions passing it; these and the scratch set are rented
        // (a search at 100,000 matches would otherwise allocate about 100 KB of sets).
        var passes = new ulong[]?[Dimensions];
        var scratch = ArrayPool<ulong>.Shared.Rent(_words);
        try
        {
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

            return Count(filter, collapse, countMonths, passes, scratch);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(scratch);
            foreach (var pass in passes)
            {
                if (pass is not null)
                {
                    ArrayPool<ulong>.Shared.Return(pass);
                }
            }
        }
    }

    private (MatchCounts Counts, ulong[] Passing) Count(SearchFilter filter, bool collapse, bool countMonths, ulong[]?[] passes, ulong[] scratch)
    {
        // Grouped articles count once per group (FacetTally's marks); the rest are counted here.
        var byGroup = collapse && _catalog.HasReprints;
        var counted = byGroup ? _unreprinted : _everything;
        var tally = new FacetTally(_catalog, collapse, countMonths);
        for (var d = 0; d < _values.Length; d++)
        {
            Intersect(scratch, passes, counted, except: d);
            for (var bit = 0; bit < _values[d].Length; bit++)
            {
                if (_values[d][bit] is { } having)
                {
                    tally.AddToValue(d, bit, CountBoth(having, scratch));
                }
            }
        }

        Intersect(scratch, passes, counted, except: SearchFilter.DateDimension);
        for (var offset = 0; offset < _years.Length; offset++)
        {
            if (_years[offset] is { } published)
            {
                tally.AddToYear(_catalog.FirstYear + offset, CountBoth(published, scratch));
            }
        }

        if (countMonths)
        {
            ForEach(scratch, position => tally.AddToMonth(_matches[position].Slot));
        }

        var passing = new ulong[_words];
        Intersect(passing, passes, _everything, except: -1);
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

    // The source and date filters have no kept sets: a pass over the matches' own copies of their
    // sources and days (read in order, not through the catalog) gives theirs.
    private void Scan(SearchFilter filter, ulong[]?[] passes)
    {
        if (filter.Filters(SearchFilter.SourceDimension))
        {
            var sources = _sources;
            passes[SearchFilter.SourceDimension] = Select(position => filter.AcceptsSource(sources[position]));
        }

        if (filter.Filters(SearchFilter.DateDimension))
        {
            var days = _days;
            passes[SearchFilter.DateDimension] = Select(position => filter.AcceptsDay(days[position]));
        }
    }

    private ulong[] Select(Func<int, bool> accepts)
    {
        var set = Rent();
        for (var w = 0; w < _words; w++)
        {
            var bits = 0UL;
            var end = Math.Min(64, _matches.Length - (w << 6));
            for (var j = 0; j < end; j++)
            {
                if (accepts((w << 6) + j))
                {
                    bits |= 1UL << j;
                }
            }

            set[w] = bits;
        }

        return set;
    }

    private ulong[] Union(ulong[]?[] values, ulong accepted)
    {
        var union = Rent();
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

    // Into result: the positions in start that pass every filtered dimension but one (-1: every one).
    private void Intersect(ulong[] result, ulong[]?[] passes, ulong[] start, int except)
    {
        Array.Copy(start, result, _words);
        for (var d = 0; d < passes.Length; d++)
        {
            if (d != except && passes[d] is { } pass)
            {
                for (var w = 0; w < _words; w++)
                {
                    result[w] &= pass[w];
                }
            }
        }
    }

    // An empty set from the pool (it may be longer than the matches need; only _words are used).
    private ulong[] Rent()
    {
        var set = ArrayPool<ulong>.Shared.Rent(_words);
        Array.Clear(set, 0, _words);
        return set;
    }

    private int CountBoth(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < _words; w++)
        {
            count += BitOperations.PopCount(a[w] & b[w]);
        }

        return count;
    }

    private void ForEach(ulong[] set, Action<int> visit)
    {
        for (var w = 0; w < _words; w++)
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
