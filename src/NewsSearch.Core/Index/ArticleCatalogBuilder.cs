using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index;

/// <summary>Collects rows from an engine into an <see cref="ArticleCatalog"/>.</summary>
public sealed class ArticleCatalogBuilder
{
    private static readonly int DimensionCount = Enum.GetValues<FacetDimension>().Length;

    private readonly List<long> _keys;
    private readonly List<int> _days;
    private readonly List<int> _sources;
    private readonly List<long> _groupLeaders;
    private readonly List<ulong>[] _masks;
    private readonly List<string>[] _values = Enumerable.Range(0, DimensionCount).Select(_ => new List<string>()).ToArray();
    private readonly Dictionary<string, int>[] _bits = Enumerable.Range(0, DimensionCount).Select(_ => new Dictionary<string, int>()).ToArray();
    private readonly Dictionary<string, int> _sourceIds = [];
    private readonly List<string> _sourceNames = [];
    // Slots by key, for AddTag only: made on its first call.
    private Dictionary<long, int>? _slots;

    /// <summary>Creates a builder for about <paramref name="articles"/> articles (a hint; more may be added).</summary>
    public ArticleCatalogBuilder(int articles = 0)
    {
        _keys = new(articles);
        _days = new(articles);
        _sources = new(articles);
        _groupLeaders = new(articles);
        _masks = Enumerable.Range(0, DimensionCount).Select(_ => new List<ulong>(articles)).ToArray();
    }

    /// <summary>Adds an article; call before its tags.</summary>
    /// <param name="key">Engine key.</param>
    /// <param name="published">Publication date, if known.</param>
    /// <param name="source">Source name, or empty.</param>
    /// <param name="groupLeader">Key of its reprint group's leader; null when it leads its own group.</param>
    public void AddArticle(long key, DateOnly? published, string source, long? groupLeader = null)
    {
        _groupLeaders.Add(groupLeader ?? key);
        Slot(key);
        _keys.Add(key);
        _days.Add(published?.DayNumber ?? ArticleCatalog.NoDate);
        _sources.Add(SourceId(source));
        foreach (var masks in _masks)
        {
            masks.Add(0);
        }
    }

    /// <summary>
    /// Adds an article whose source and tags are already numbered as this builder numbers them
    /// (<see cref="SourceId"/>, <see cref="ValueBit"/>), one mask per dimension; no <see cref="AddTag"/> follows.
    /// </summary>
    public void AddArticle(long key, int day, int sourceId, long groupLeader, ReadOnlySpan<ulong> masks)
    {
        _groupLeaders.Add(groupLeader);
        Slot(key);
        _keys.Add(key);
        _days.Add(day);
        _sources.Add(sourceId);
        for (var d = 0; d < _masks.Length; d++)
        {
            _masks[d].Add(masks[d]);
        }
    }

    /// <summary>Adds a tag to an article added before; tags of unknown articles are ignored.</summary>
    public void AddTag(long key, FacetDimension dimension, string value)
    {
        if (_slots is null)
        {
            _slots = new Dictionary<long, int>(_keys.Count);
            for (var i = 0; i < _keys.Count; i++)
            {
                _slots[_keys[i]] = i;
            }
        }

        if (!_slots.TryGetValue(key, out var slot))
        {
            return;
        }

        _masks[(int)dimension][slot] |= 1UL << ValueBit(dimension, value);
    }

    /// <summary>The bit of <paramref name="value"/> in its dimension's masks, given the next free bit on first use.</summary>
    public int ValueBit(FacetDimension dimension, string value)
    {
        var d = (int)dimension;
        if (!_bits[d].TryGetValue(value, out var bit))
        {
            if (_values[d].Count == ArticleCatalog.MaxValuesPerDimension)
            {
                throw new InvalidOperationException(
                    $"More than {ArticleCatalog.MaxValuesPerDimension} {dimension} values are in use; the facet catalog holds at most that many per dimension.");
            }

            bit = _values[d].Count;
            _bits[d][value] = bit;
            _values[d].Add(value);
        }

        return bit;
    }

    /// <summary>Builds the catalog.</summary>
    public ArticleCatalog Build(long generation) => new(
        generation, [.. _keys], [.. _days], [.. _sources],
        _masks.Select(m => m.ToArray()).ToArray(),
        _values.Select(v => v.ToArray()).ToArray(),
        [.. _sourceNames],
        [.. _groupLeaders]);

    private void Slot(long key)
    {
        if (_slots is not null)
        {
            _slots[key] = _keys.Count;
        }
    }

    /// <summary>The id of a source name, given the next free id on first use; -1 for none (empty).</summary>
    public int SourceId(string source)
    {
        if (source.Length == 0)
        {
            return -1;
        }

        if (!_sourceIds.TryGetValue(source, out var id))
        {
            id = _sourceNames.Count;
            _sourceIds[source] = id;
            _sourceNames.Add(source);
        }

        return id;
    }
}
