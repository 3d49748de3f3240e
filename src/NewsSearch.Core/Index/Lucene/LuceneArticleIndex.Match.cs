using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    public IReadOnlyList<ScoredMatch> Match(ParsedQuery query, bool scored = true)
    {
        if (query.Root is not { } root)
        {
            throw new ArgumentException("A browse query has nothing to match; use the catalog.", nameof(query));
        }

        using var lease = _readers.Acquire();
        var translator = new QueryTranslator(lease.Reader);
        if (QueryTranslator.IsNegativeOnly(root))
        {
            return Collect(lease.Searcher, translator.Full(root), scored: false).Select(m => new ScoredMatch(m.Key, 0, OnWords: true)).ToList();
        }

        if (!scored)
        {
            return Collect(lease.Searcher, translator.Full(root), scored: false).Select(m => new ScoredMatch(m.Key, 0, OnWords: false)).ToList();
        }

        var onWords = Collect(lease.Searcher, translator.WholeWords(root), scored: false).Select(m => m.Key).ToHashSet();
        return Collect(lease.Searcher, translator.Full(root), scored: true)
            .Select(m => new ScoredMatch(m.Key, m.Score, onWords.Contains(m.Key)))
            .ToList();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, int> DocumentFrequencies(IReadOnlyCollection<string> words)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return frequencies;
        }

        using var lease = _readers.Acquire();
        foreach (var word in words.Distinct(StringComparer.Ordinal))
        {
            // Counted over live articles, each once even when it holds the word in title and body.
            var counter = new TotalHitCountCollector();
            lease.Searcher.Search(AnyWord([word], titleBoost: 1f), counter);
            if (counter.TotalHits > 0)
            {
                frequencies[word] = counter.TotalHits;
            }
        }

        return frequencies;
    }

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

    private static List<(long Key, float Score)> Collect(IndexSearcher searcher, Query query, bool scored)
    {
        var collector = new MatchCollector(scored);
        searcher.Search(query, collector);
        return collector.Matches;
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
