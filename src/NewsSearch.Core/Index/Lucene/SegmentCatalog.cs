using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The catalog's columns of one segment, deleted documents included, read from its doc values once
/// for as long as the segment lives. A segment never changes after it is written: a commit adds new
/// segments and marks deletions, so the view of the next reader reads only the new segments' columns
/// and applies that reader's deletions (<see cref="ReaderView"/>); at a million articles, rebuilding
/// every column for every commit took seconds before a new article could be found.
/// Values are kept as the segment numbers them (its doc values' ordinals): the view maps each
/// segment's few distinct sources and tag values to the catalog's once, not per article.
/// </summary>
internal sealed class SegmentCatalog
{
    private static readonly FacetDimension[] Dimensions = Enum.GetValues<FacetDimension>();

    // Keyed by the segment's core, which the readers of every later commit share while the segment lives.
    private static readonly ConditionalWeakTable<object, SegmentCatalog> Loaded = new();

    private SegmentCatalog(int articles, int placements, string[] sourceNames, string[][] valueNames)
    {
        ArticleDocs = new int[articles];
        Keys = new long[articles];
        Days = new int[articles];
        SourceOrds = new int[articles];
        Masks = Dimensions.Select(_ => new ulong[articles]).ToArray();
        SourceNames = sourceNames;
        ValueNames = valueNames;
        PlacementDocs = new int[placements];
        PlacementKeys = new long[placements];
        Leaders = new long[placements];
    }

    /// <summary>The segment's article documents, in document order.</summary>
    public int[] ArticleDocs { get; }

    /// <summary>Per article document: its key.</summary>
    public long[] Keys { get; }

    /// <summary>Per article document: its day number, or <see cref="ArticleCatalog.NoDate"/>.</summary>
    public int[] Days { get; }

    /// <summary>Per article document: its source as the segment's ordinal into <see cref="SourceNames"/> (-1: none).</summary>
    public int[] SourceOrds { get; }

    /// <summary>The segment's source names, by ordinal.</summary>
    public string[] SourceNames { get; }

    /// <summary>Per dimension and article document: a bit per value, numbered as <see cref="ValueNames"/> (the segment's ordinals).</summary>
    public ulong[][] Masks { get; }

    /// <summary>Per dimension, the segment's values by ordinal.</summary>
    public string[][] ValueNames { get; }

    /// <summary>The segment's placement documents, in document order.</summary>
    public int[] PlacementDocs { get; }

    /// <summary>Per placement document: the key of its article.</summary>
    public long[] PlacementKeys { get; }

    /// <summary>Per placement document: its reprint group's leader, or 0 when the article leads its own.</summary>
    public long[] Leaders { get; }

    /// <summary>The columns of <paramref name="segment"/>, read on first use.</summary>
    public static SegmentCatalog Of(AtomicReader segment) => Loaded.GetValue(segment.CoreCacheKey, _ => Read(segment));

    private static SegmentCatalog Read(AtomicReader segment)
    {
        var articles = segment.GetDocsWithField(ArticleFields.KeyValues);
        var placed = segment.GetDocsWithField(ArticleFields.PlacementKeyValues);
        var sources = segment.GetSortedDocValues(ArticleFields.SourceValues);
        var tags = Dimensions.Select(d => segment.GetSortedSetDocValues(ArticleFields.Dimensions[(int)d])).ToArray();
        var catalog = new SegmentCatalog(
            Count(articles, segment.MaxDoc), Count(placed, segment.MaxDoc),
            sources is null ? [] : Names(sources.ValueCount, sources.LookupOrd),
            tags.Select((values, d) => values is null ? [] : ValueNamesOf(values, Dimensions[d])).ToArray());
        if (articles is not null)
        {
            catalog.ReadArticles(segment, articles, sources, tags);
        }

        if (placed is not null)
        {
            catalog.ReadPlacements(segment, placed);
        }

        return catalog;
    }

    private void ReadArticles(AtomicReader segment, IBits articles, SortedDocValues? sources, SortedSetDocValues?[] tags)
    {
        var keys = segment.GetNumericDocValues(ArticleFields.KeyValues);
        var days = segment.GetNumericDocValues(ArticleFields.Day);
        var at = 0;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (!articles.Get(doc))
            {
                continue;
            }

            ArticleDocs[at] = doc;
            Keys[at] = keys.Get(doc);
            Days[at] = (int)days.Get(doc);
            SourceOrds[at] = sources?.GetOrd(doc) ?? -1;
            for (var d = 0; d < tags.Length; d++)
            {
                if (tags[d] is not { } values)
                {
                    continue;
                }

                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    Masks[d][at] |= 1UL << (int)ord;
                }
            }

            at++;
        }
    }

    private void ReadPlacements(AtomicReader segment, IBits placed)
    {
        var keys = segment.GetNumericDocValues(ArticleFields.PlacementKeyValues);
        var leaders = segment.GetNumericDocValues(ArticleFields.GroupValues);
        var at = 0;
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (placed.Get(doc))
            {
                PlacementDocs[at] = doc;
                PlacementKeys[at] = keys.Get(doc);
                Leaders[at] = leaders.Get(doc);
                at++;
            }
        }
    }

    private static string[] ValueNamesOf(SortedSetDocValues values, FacetDimension dimension)
    {
        // The catalog holds at most this many values per dimension, so a segment cannot hold more.
        if (values.ValueCount > ArticleCatalog.MaxValuesPerDimension)
        {
            throw new InvalidOperationException(
                $"More than {ArticleCatalog.MaxValuesPerDimension} {dimension} values are in use; the facet catalog holds at most that many per dimension.");
        }

        return Names(values.ValueCount, (ord, bytes) => values.LookupOrd(ord, bytes));
    }

    private static string[] Names(long count, Action<int, BytesRef> lookUp)
    {
        var bytes = new BytesRef();
        var names = new string[count];
        for (var ord = 0; ord < count; ord++)
        {
            lookUp(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }

        return names;
    }

    private static int Count(IBits? docs, int maxDoc)
    {
        var count = 0;
        for (var doc = 0; docs is not null && doc < maxDoc; doc++)
        {
            count += docs.Get(doc) ? 1 : 0;
        }

        return count;
    }
}
