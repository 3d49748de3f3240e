using Lucene.Net.Index;
using Lucene.Net.Util;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// What searches need of one point-in-time reader, read from doc values once when the reader is
/// first used instead of per search: the catalog (facet values, dates, sources, reprint groups as
/// flat arrays), each article document's catalog slot per segment, and each slot's article and
/// placement documents, so matches become slots and pages become stored documents without a lookup.
/// </summary>
internal sealed class ReaderView
{
    private readonly int[][] _slotsByLeaf;
    private readonly int[] _articleDocs;
    private readonly int[] _placementDocs;

    private ReaderView(IndexReader reader, ArticleCatalog catalog, int[][] slotsByLeaf, int[] articleDocs, int[] placementDocs)
    {
        Reader = reader;
        Catalog = catalog;
        _slotsByLeaf = slotsByLeaf;
        _articleDocs = articleDocs;
        _placementDocs = placementDocs;
    }

    /// <summary>The reader this view was read from.</summary>
    public IndexReader Reader { get; }

    public ArticleCatalog Catalog { get; }

    /// <summary>The articles of this reader read last (without their origin).</summary>
    public RecentArticles Recent { get; } = new();

    /// <summary>The catalog slot of each document of the segment (-1: not a live article).</summary>
    public int[] SlotsOf(AtomicReaderContext leaf) => _slotsByLeaf[leaf.Ord];

    /// <summary>The global doc id of the slot's article document.</summary>
    public int ArticleDoc(int slot) => _articleDocs[slot];

    /// <summary>The global doc id of the slot's placement document, or -1.</summary>
    public int PlacementDoc(int slot) => _placementDocs[slot];

    /// <summary>Reads the view of <paramref name="reader"/>, whose own commit counter is <paramref name="generation"/>.</summary>
    public static ReaderView Read(IndexReader reader, long generation)
    {
        var placements = new Dictionary<long, (int Doc, long Leader)>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetDocsWithField(ArticleFields.PlacementKeyValues) is not { } placed)
            {
                continue;
            }

            var keys = segment.GetNumericDocValues(ArticleFields.PlacementKeyValues);
            var leaders = segment.GetNumericDocValues(ArticleFields.GroupValues);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (placed.Get(doc) && (live is null || live.Get(doc)))
                {
                    placements[keys.Get(doc)] = (leaf.DocBase + doc, leaders.Get(doc));
                }
            }
        }

        var builder = new ArticleCatalogBuilder();
        var dimensions = Enum.GetValues<FacetDimension>();
        var bytes = new BytesRef();
        var slotsByLeaf = new int[reader.Leaves.Count][];
        var articleDocs = new List<int>();
        var placementDocs = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var slots = slotsByLeaf[leaf.Ord] = new int[segment.MaxDoc];
            Array.Fill(slots, -1);
            if (segment.GetDocsWithField(ArticleFields.KeyValues) is not { } articles)
            {
                continue;
            }

            var keys = segment.GetNumericDocValues(ArticleFields.KeyValues);
            var days = segment.GetNumericDocValues(ArticleFields.Day);
            var sources = segment.GetSortedDocValues(ArticleFields.SourceValues);
            var tags = dimensions.Select(d => segment.GetSortedSetDocValues(ArticleFields.Dimensions[(int)d])).ToArray();
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (!articles.Get(doc) || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                var key = keys.Get(doc);
                var day = (int)days.Get(doc);
                var placement = placements.TryGetValue(key, out var p) ? p : (Doc: -1, Leader: 0L);
                slots[doc] = articleDocs.Count;
                articleDocs.Add(leaf.DocBase + doc);
                placementDocs.Add(placement.Doc);
                sources.LookupOrd(sources.GetOrd(doc), bytes);
                builder.AddArticle(key, day == ArticleCatalog.NoDate ? null : DateOnly.FromDayNumber(day), bytes.Utf8ToString(),
                    placement.Leader is var leader and not 0 ? leader : null);
                foreach (var dimension in dimensions)
                {
                    if (tags[(int)dimension] is not { } values)
                    {
                        continue;
                    }

                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        values.LookupOrd(ord, bytes);
                        builder.AddTag(key, dimension, bytes.Utf8ToString());
                    }
                }
            }
        }

        return new ReaderView(reader, builder.Build(generation), slotsByLeaf, [.. articleDocs], [.. placementDocs]);
    }
}
