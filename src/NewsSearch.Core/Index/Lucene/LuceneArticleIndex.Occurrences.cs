namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    /// <remarks>
    /// Han highlights only, read from the positions of the body's grams (see <see cref="GramOccurrences"/>
    /// for the rules and why they are exact); any other highlight gives null. Every article holding one
    /// is counted, not only a search's hits: the cost follows the highlights' postings.
    /// </remarks>
    public int[]? BodyOccurrences(IReadOnlyList<string> highlights, ArticleCatalog catalog)
    {
        if (!GramOccurrences.CanCount(highlights))
        {
            return null;
        }

        var counts = new int[catalog.Count];
        using var lease = _readers.Acquire();
        var view = _view is { } current && ReferenceEquals(current.Reader, lease.Reader) && ReferenceEquals(current.Catalog, catalog) ? current : null;
        foreach (var leaf in lease.Reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            if (segment.GetTerms(ArticleFields.BodyGrams) is not { } grams)
            {
                continue;
            }

            // Slots from the view when the catalog is its reader's, else by key (articles written since the catalog are skipped).
            var slots = view?.SlotsOf(leaf);
            var keys = slots is null ? segment.GetNumericDocValues(ArticleFields.KeyValues) : null;
            GramOccurrences.Count(grams, segment.LiveDocs, segment.MaxDoc, highlights, (doc, count) =>
            {
                var slot = slots is not null ? slots[doc] : catalog.SlotOf(keys!.Get(doc));
                if (slot >= 0)
                {
                    counts[slot] = count;
                }
            });
        }

        return counts;
    }
}
