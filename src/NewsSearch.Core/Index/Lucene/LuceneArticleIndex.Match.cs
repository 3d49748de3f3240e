using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <summary>
    /// Documents (articles and their placements) the index must hold, and a search pass is estimated
    /// to visit, before the pass scores its segments on two threads (<see cref="SegmentSearch"/>).
    /// </summary>
    public const int DefaultParallelFrom = 400_000;

    /// <summary>The threshold of <see cref="DefaultParallelFrom"/> for this index (tests lower it).</summary>
    internal int ParallelFrom { get; set; } = DefaultParallelFrom;

    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true)
    {
        var matches = new List<ScoredMatch>();
        using var lease = _readers.Acquire();
        NumericDocValues? keys = null;
        Walk(lease, query, scored, leaf => keys = leaf.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues),
            (doc, score, onWords) => matches.Add(new ScoredMatch(keys!.Get(doc), score, onWords)));
        return matches;
    }

    /// <inheritdoc />
    /// <remarks>
    /// When the catalog is the one of the reader this search leases (the usual case: both follow the
    /// newest commit), a match's slot is read from the view's per-segment array; else it is looked up by key.
    /// </remarks>
    public void Match(ParsedQuery query, bool scored, ArticleCatalog catalog, MatchVisitor visit)
    {
        using var lease = _readers.Acquire();
        if (_view is { } view && ReferenceEquals(view.Reader, lease.Reader) && ReferenceEquals(view.Catalog, catalog))
        {
            int[]? slots = null;
            Walk(lease, query, scored, leaf => slots = view.SlotsOf(leaf), (doc, score, onWords) =>
            {
                if (slots![doc] is var slot and >= 0)
                {
                    visit(slot, score, onWords);
                }
            });
            return;
        }

        NumericDocValues? keys = null;
        Walk(lease, query, scored, leaf => keys = leaf.AtomicReader.GetNumericDocValues(ArticleFields.KeyValues), (doc, score, onWords) =>
        {
            if (catalog.SlotOf(keys!.Get(doc)) is var slot and >= 0)
            {
                visit(slot, score, onWords);
            }
        });
    }

    // Two passes, scored as the PostgreSQL engine ranks: articles that match the whole-word query
    // (scored on their words alone), then the full query only over the others (its runs of characters
    // are phrase queries, the costliest part of a search, and most articles that hold a run hold it as
    // a word). Unscored (a date order) the same two passes: one pass of the full query read the
    // phrases' positions in every article holding their grams (measured: p99 of never-repeating
    // searches at 100,000 articles 13.4-14.1 ms in one pass, 9.1-10.1 ms in two).
    private void Walk(ReaderHolder.Lease lease, ParsedQuery query, bool scored, Action<AtomicReaderContext> segment, Action<int, double, bool> match)
    {
        if (query.Root is not { } root)
        {
            throw new ArgumentException("A browse query has nothing to match; use the catalog.", nameof(query));
        }

        var translator = new QueryTranslator(lease.Reader, lease.Terms);
        if (QueryTranslator.IsNegativeOnly(root))
        {
            SegmentSearch.Run(lease.Searcher, translator.Full(root), new MatchCollector(scored: false, onWords: true, segment, match), ParallelFrom);
            return;
        }

        var onWords = Sets(lease, translator.OnWords(root), scored, segment, match);
        // The set reaches the postings as their accepted documents (a phrase's positions are only read
        // for the documents it holds), or leads when it is sparse.
        var others = new FilteredQuery(translator.Full(root), OtherThan(WordsOfIncluded(lease, translator, root) ?? onWords), OtherArticlesStrategy.Instance);
        SegmentSearch.Run(lease.Searcher, others, new MatchCollector(scored, onWords: false, segment, match), ParallelFrom);
    }

    // A query that excludes (苏州 NOT 上海) keeps out of the first pass the articles an excluded clause
    // takes, which the full query excludes too: the second pass has nothing to find among any article
    // holding the included clauses' words, which are far more (here every article holding the word 苏州).
    // Null for a query without a NOT of its own.
    private FixedBitSet?[]? WordsOfIncluded(ReaderHolder.Lease lease, QueryTranslator translator, QueryNode root)
    {
        if (root is not AllClause all || !all.Clauses.Any(c => c is NotClause))
        {
            return null;
        }

        var included = all.Clauses.Where(c => c is not NotClause).ToList();
        return Sets(lease, translator.WholeWords(included.Count == 1 ? included[0] : new AllClause(included)), scored: false);
    }

    // Per segment, the documents a query matches (null for a segment it visits none of); each match
    // is also passed on, as a whole-word one, when asked.
    private FixedBitSet?[] Sets(
        ReaderHolder.Lease lease, Query query, bool scored,
        Action<AtomicReaderContext>? segment = null, Action<int, double, bool>? match = null)
    {
        var sets = new FixedBitSet?[lease.Reader.Leaves.Count];
        FixedBitSet? current = null;
        SegmentSearch.Run(lease.Searcher, query, new MatchCollector(scored, onWords: true,
            leaf =>
            {
                current = sets[leaf.Ord] = new FixedBitSet(leaf.AtomicReader.MaxDoc);
                segment?.Invoke(leaf);
            },
            (doc, score, _) =>
            {
                current!.Set(doc);
                match?.Invoke(doc, score, true);
            }), ParallelFrom);
        return sets;
    }

    // The live documents of each segment that are not in its set.
    private static Filter OtherThan(FixedBitSet?[] sets) => Filter.NewAnonymous((leaf, acceptDocs) =>
    {
        var others = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        others.Set(0, others.Length);
        if (sets[leaf.Ord] is { } set)
        {
            others.AndNot(set);
        }

        for (var doc = 0; acceptDocs is not null && doc < others.Length; doc++)
        {
            if (!acceptDocs.Get(doc))
            {
                others.Clear(doc);
            }
        }

        return others;
    });

    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> MatchAnyWord(IReadOnlyCollection<string> words, int limit)
    {
        if (words.Count == 0 || limit <= 0)
        {
            return [];
        }

        using var lease = _readers.Acquire();
        // Title words count four times body words, as on the other engines.
        var top = lease.Searcher.Search(AnyWord(words.Distinct(StringComparer.Ordinal), titleBoost: 4f), limit);
        return top.ScoreDocs.Select(d => new ScoredMatch(MatchCollector.KeyOf(lease.Reader, d.Doc), d.Score, OnWords: true)).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<WordCount> TitleWordsStartingWith(string prefix, int limit)
    {
        var words = new List<WordCount>();
        if (prefix.Length == 0 || limit <= 0)
        {
            return words;
        }

        using var lease = _readers.Acquire();
        if (MultiFields.GetTerms(lease.Reader, ArticleFields.TitleWords) is not { } terms)
        {
            return words;
        }

        var live = MultiFields.GetLiveDocs(lease.Reader);
        var start = new BytesRef(prefix);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return words;
        }

        DocsEnum? docs = null;
        do
        {
            var term = enumerator.Term;
            if (!StringHelper.StartsWith(term, start))
            {
                break;
            }

            // The term's document frequency still counts deleted articles until a merge: count live ones.
            docs = enumerator.Docs(live, docs, DocsFlags.NONE);
            var count = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                count++;
            }

            if (count > 0)
            {
                words.Add(new WordCount(term.Utf8ToString(), count));
            }
        }
        while (enumerator.MoveNext());

        // Terms arrive in code point order, which the stable sort keeps among equal counts.
        return words.OrderByDescending(w => w.Articles).Take(limit).ToList();
    }

    private static BooleanQuery AnyWord(IEnumerable<string> words, float titleBoost)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(ArticleFields.TitleWords, word)) { Boost = titleBoost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(ArticleFields.BodyWords, word)), Occur.SHOULD);
        }

        return query;
    }
}
