using Lucene.Net.Index;
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
    /// <remarks>
    /// Each segment's columns are read once for as long as it lives (<see cref="SegmentCatalog"/>);
    /// here they are joined and this reader's deletions applied, so the view of a reader one commit
    /// newer costs a pass over small arrays plus the new segments' doc values.
    /// </remarks>
    public static ReaderView Read(IndexReader reader, long generation)
    {
        var leaves = reader.Leaves;
        var segments = leaves.Select(leaf => SegmentCatalog.Of(leaf.AtomicReader)).ToArray();
        var placements = LivePlacements(leaves, segments);
        var builder = new ArticleCatalogBuilder(segments.Sum(s => s.ArticleDocs.Length));
        var dimensions = Enum.GetValues<FacetDimension>();
        var masks = new ulong[dimensions.Length];
        var slotsByLeaf = new int[leaves.Count][];
        var articleDocs = new List<int>(placements.Count);
        var placementDocs = new List<int>(placements.Count);
        foreach (var leaf in leaves)
        {
            var segment = segments[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            var slots = slotsByLeaf[leaf.Ord] = new int[leaf.AtomicReader.MaxDoc];
            Array.Fill(slots, -1);
            // The catalog numbers sources and values in the order articles first use them, as before.
            var sourceIds = Unnumbered(segment.SourceNames.Length);
            var bits = segment.ValueNames.Select(names => Unnumbered(names.Length)).ToArray();
            for (var at = 0; at < segment.ArticleDocs.Length; at++)
            {
                var doc = segment.ArticleDocs[at];
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                var ord = segment.SourceOrds[at];
                var source = ord < 0 ? -1 : sourceIds[ord] >= 0 ? sourceIds[ord] : sourceIds[ord] = builder.SourceId(segment.SourceNames[ord]);
                for (var d = 0; d < dimensions.Length; d++)
                {
                    masks[d] = Renumber(segment.Masks[d][at], bits[d], builder, dimensions[d], segment.ValueNames[d]);
                }

                var key = segment.Keys[at];
                var placement = placements.TryGetValue(key, out var p) ? p : (Doc: -1, Leader: 0L);
                slots[doc] = articleDocs.Count;
                articleDocs.Add(leaf.DocBase + doc);
                placementDocs.Add(placement.Doc);
                builder.AddArticle(key, segment.Days[at], source, placement.Leader is var leader and not 0 ? leader : key, masks);
            }
        }

        return new ReaderView(reader, builder.Build(generation), slotsByLeaf, [.. articleDocs], [.. placementDocs]);
    }

    // Article key → (global doc of its live placement document, its group's leader or 0).
    private static Dictionary<long, (int Doc, long Leader)> LivePlacements(IList<AtomicReaderContext> leaves, SegmentCatalog[] segments)
    {
        var placements = new Dictionary<long, (int Doc, long Leader)>(segments.Sum(s => s.PlacementDocs.Length));
        foreach (var leaf in leaves)
        {
            var segment = segments[leaf.Ord];
            var live = leaf.AtomicReader.LiveDocs;
            for (var at = 0; at < segment.PlacementDocs.Length; at++)
            {
                var doc = segment.PlacementDocs[at];
                if (live is null || live.Get(doc))
                {
                    placements[segment.PlacementKeys[at]] = (leaf.DocBase + doc, segment.Leaders[at]);
                }
            }
        }

        return placements;
    }

    private static int[] Unnumbered(int count)
    {
        var numbers = new int[count];
        Array.Fill(numbers, -1);
        return numbers;
    }

    // A segment's mask in the catalog's bits, numbering each value the first time an article has it.
    private static ulong Renumber(ulong local, int[] bits, ArticleCatalogBuilder builder, FacetDimension dimension, string[] names)
    {
        var mask = 0UL;
        while (local != 0)
        {
            var value = System.Numerics.BitOperations.TrailingZeroCount(local);
            local &= local - 1;
            if (bits[value] < 0)
            {
                bits[value] = builder.ValueBit(dimension, names[value]);
            }

            mask |= 1UL << bits[value];
        }

        return mask;
    }
}
