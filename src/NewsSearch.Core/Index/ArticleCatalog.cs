using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index;

/// <summary>
/// The facet and filter data of every article, held in memory as flat arrays (a bit mask per
/// dimension, a day number, a source id), so that filtering and drill-sideways facet counts over
/// hundreds of thousands of matches cost a few nanoseconds per article instead of SQL per facet.
/// Reprint groups are held the same way, so search can show one hit per story.
/// </summary>
public sealed partial class ArticleCatalog
{
    /// <summary>Most distinct values one dimension can hold (one bit each).</summary>
    public const int MaxValuesPerDimension = 64;

    /// <summary>Day number stored for articles without a date.</summary>
    public const int NoDate = int.MinValue;

    private readonly Dictionary<long, int> _slotByKey;
    private Dictionary<int, int>? _articlesPerMonth;
    private Dictionary<int, int>? _articlesPerYear;

    internal ArticleCatalog(
        long generation, long[] keys, int[] days, int[] sources, ulong[][] masks,
        string[][] valueNames, string[] sourceNames, long[] groupLeaders)
    {
        Generation = generation;
        Keys = keys;
        Days = days;
        Sources = sources;
        Masks = masks;
        ValueNames = valueNames;
        SourceNames = sourceNames;
        _slotByKey = new Dictionary<long, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            _slotByKey[keys[i]] = i;
        }

        (Groups, GroupLeaders, GroupSizes) = NumberGroups(keys, groupLeaders);
        (Combinations, CombinationMasks) = NumberCombinations(masks);
        _reprinted = Groups.Select(g => GroupSizes[g] > 1).ToArray();
        (Years, Months) = (new int[days.Length], new int[days.Length]);
        for (var slot = 0; slot < days.Length; slot++)
        {
            if (days[slot] != NoDate)
            {
                var date = DateOnly.FromDayNumber(days[slot]);
                (Years[slot], Months[slot]) = (date.Year, MonthNumber(date));
            }
        }

        var dated = Years.Where(y => y != 0).ToArray();
        (FirstYear, LastYear) = dated.Length == 0 ? (0, 0) : (dated.Min(), dated.Max());
        Dated = dated.Length;
        NewestFirst = SortNewestFirst(days, keys);
    }

    /// <summary>The index generation this catalog reflects.</summary>
    public long Generation { get; }

    /// <summary>Number of articles.</summary>
    public int Count => Keys.Length;

    /// <summary>Engine key of each slot.</summary>
    public long[] Keys { get; }

    /// <summary>Publication day (<see cref="DateOnly.DayNumber"/>) of each slot, or <see cref="NoDate"/>.</summary>
    public int[] Days { get; }

    /// <summary>Publication year of each slot, or 0.</summary>
    public int[] Years { get; }

    /// <summary>Number of dated articles: the first slots of <see cref="NewestFirst"/>.</summary>
    public int Dated { get; }

    /// <summary>The earliest publication year of any article (0 when none is dated).</summary>
    public int FirstYear { get; }

    /// <summary>The latest publication year of any article (0 when none is dated).</summary>
    public int LastYear { get; }

    /// <summary>Publication month of each slot as a <see cref="MonthNumber"/>, or 0.</summary>
    public int[] Months { get; }

    /// <summary>Dated articles per <see cref="MonthNumber"/>, over the whole catalog (computed once, on first use).</summary>
    public IReadOnlyDictionary<int, int> ArticlesPerMonth => LazyInitializer.EnsureInitialized(ref _articlesPerMonth, () => CountBy(Months));

    /// <summary>Dated articles per year, over the whole catalog (computed once, on first use).</summary>
    public IReadOnlyDictionary<int, int> ArticlesPerYear => LazyInitializer.EnsureInitialized(ref _articlesPerYear, () => CountBy(Years));

    /// <summary>Source id of each slot (an index into <see cref="SourceNames"/>, -1 for none).</summary>
    public int[] Sources { get; }

    /// <summary>Per dimension (indexed by <see cref="FacetDimension"/>), the bit mask of each slot's values.</summary>
    public ulong[][] Masks { get; }

    /// <summary>Per dimension, the value id behind each bit.</summary>
    public string[][] ValueNames { get; }

    /// <summary>Distinct source names.</summary>
    public string[] SourceNames { get; }

    /// <summary>Slots ordered newest first (undated last), for browsing.</summary>
    public int[] NewestFirst { get; }

    /// <summary>The slot of an engine key, or -1 when the article is not in this catalog.</summary>
    public int SlotOf(long key) => _slotByKey.TryGetValue(key, out var slot) ? slot : -1;

    /// <summary>The bit of a value in a dimension, or -1 when no article has it.</summary>
    public int BitOf(FacetDimension dimension, string value) => Array.IndexOf(ValueNames[(int)dimension], value);

    /// <summary>A month as one number, year × 12 + month − 1, so consecutive months are consecutive numbers.</summary>
    public static int MonthNumber(DateOnly date) => date.Year * 12 + date.Month - 1;

    /// <summary>The id of a source name, or -1 when no article has it.</summary>
    public int SourceIdOf(string source) => Array.IndexOf(SourceNames, source);

    private static Dictionary<int, int> CountBy(int[] periods)
    {
        var counts = new Dictionary<int, int>();
        foreach (var period in periods)
        {
            if (period != 0)
            {
                counts[period] = counts.GetValueOrDefault(period) + 1;
            }
        }

        return counts;
    }
}
