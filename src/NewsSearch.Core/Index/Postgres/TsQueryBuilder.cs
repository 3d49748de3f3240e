using System.Globalization;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Translates an analyzed query into SQL conditions over the article's tsvector columns, the
/// PostgreSQL counterpart of <see cref="Fts5QueryBuilder"/>: the full match (words or their
/// bigrams), the whole-word match, and the rank of articles matched through grams only (whole-word
/// matches are ranked by <see cref="WordBm25"/>). Every term travels as a quoted lexeme inside a
/// bound parameter, so nothing a user types becomes SQL or tsquery syntax.
/// </summary>
/// <remarks>
/// The result is a query of article keys in which each clause is one GIN bitmap scan and AND,
/// NOT and nested OR are INTERSECT, EXCEPT and UNION: a condition left for PostgreSQL to test on
/// each candidate row would read that row's vectors from TOAST.
/// </remarks>
internal sealed class TsQueryBuilder
{
    // Title above body: the grams' weights of the SQLite engine's bm25 call.
    private const string GramRankTemplate = "(4 * ts_rank(title_grams, {0}) + ts_rank(body_grams, {0}, 1) + ts_rank(source_grams, {0}))";

    private readonly Dictionary<string, string> _parameterByQuery = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _keysByName = new(StringComparer.Ordinal);
    private readonly Func<WordBm25.ScoredWord, long[]>? _articlesWithWord;

    /// <param name="articlesWithWord">
    /// The keys of the articles holding a word (from its postings), when the caller can look them
    /// up: a word whose grams form a run is then matched as <c>key = ANY(keys) OR grams</c>, so the
    /// recheck the run needs stops at a hashed look-up for every article that holds the word itself,
    /// instead of reading its word vector.
    /// </param>
    public TsQueryBuilder(Func<WordBm25.ScoredWord, long[]>? articlesWithWord = null) => _articlesWithWord = articlesWithWord;

    /// <summary>Parameter name to value (tsquery text or an array of keys), for every parameter the built SQL uses.</summary>
    public IReadOnlyDictionary<string, object> Parameters =>
        _parameterByQuery.Select(p => KeyValuePair.Create(p.Value, (object)p.Key))
            .Concat(_keysByName.Select(k => KeyValuePair.Create(k.Key, (object)k.Value)))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>True when the query only excludes (e.g. <c>-日本</c>): it means "everything but".</summary>
    public static bool IsNegativeOnly(QueryNode node) => Fts5QueryBuilder.IsNegativeOnly(node);

    /// <summary>A query of the keys of the articles matching the words or their grams.</summary>
    public string Full(QueryNode node) => Build(node, wordsOnly: false).AsKeys();

    /// <summary>A query of the keys of the articles matching on whole words.</summary>
    public string WholeWords(QueryNode node) => Build(node, wordsOnly: true).AsKeys();

    /// <summary>A query of the keys of the articles a negative-only query excludes.</summary>
    public string Excluded(QueryNode node) => node switch
    {
        NotClause not => Full(not.Clause),
        AllClause all => Union(all.Clauses.Select(c => Build(((NotClause)c).Clause, wordsOnly: false))).AsKeys(),
        _ => throw new ArgumentException("Not a negative-only query.", nameof(node)),
    };

    /// <summary>A relevance expression over the positive grams of the query (higher is better).</summary>
    public string GramRank(QueryNode node)
    {
        var grams = new List<string>();
        CollectPositiveGrams(node, grams);
        return string.Format(CultureInfo.InvariantCulture, GramRankTemplate, Parameter(Any(grams)));
    }

    /// <summary>A condition: one of <paramref name="columns"/> matches the tsquery parameter <paramref name="query"/>.</summary>
    public static string Matches(IReadOnlyList<string> columns, string query) =>
        columns.Count == 1 ? $"{columns[0]} @@ {query}" : "(" + string.Join(" OR ", columns.Select(c => $"{c} @@ {query}")) + ")";

    public static (string[] Words, string[] Grams) Columns(QueryField field) => field switch
    {
        QueryField.Title => (["title_words"], ["title_grams"]),
        QueryField.Source => (["source_grams"], ["source_grams"]),
        _ => (["title_words", "body_words"], ["title_grams", "body_grams"]),
    };

    private KeySet Build(QueryNode node, bool wordsOnly) => node switch
    {
        WordClause word => KeySet.Of(Word(word, wordsOnly)),
        PhraseClause phrase => KeySet.Of(Phrase(phrase, wordsOnly)),
        AnyClause any => Union(any.Clauses.Select(c => Build(c, wordsOnly))),
        AllClause all => All(all, wordsOnly),
        NotClause => throw new ArgumentException("A NOT clause must sit inside an AND.", nameof(node)),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    // Clauses OR-ed in one WHERE become one bitmap (BitmapOr); anything else is combined as sets.
    private static KeySet Union(IEnumerable<KeySet> sets)
    {
        var list = sets.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }

        return list.All(s => s.Clauses is not null)
            ? new KeySet(null, list.SelectMany(s => s.Clauses!).ToList())
            : KeySet.Of("(" + string.Join(" UNION ", list.Select(s => s.AsKeys())) + ")");
    }

    // AND and NOT as INTERSECT and EXCEPT: one condition per bitmap scan. Given "a AND b" in one
    // WHERE, the planner scans the index for one and tests the other on every candidate's vectors.
    private KeySet All(AllClause all, bool wordsOnly)
    {
        var positive = all.Clauses.Where(c => c is not NotClause).Select(c => Build(c, wordsOnly).AsKeys()).ToList();
        var negative = all.Clauses.OfType<NotClause>().Select(n => Build(n.Clause, wordsOnly: false)).ToList();
        var both = positive.Count == 1 ? positive[0] : "(" + string.Join(" INTERSECT ", positive) + ")";
        return KeySet.Of(negative.Count == 0 ? both : $"({both} EXCEPT {Union(negative).AsKeys()})");
    }

    private MatchClause Word(WordClause word, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(word.Field);
        var exact = Matches(wordColumns, Parameter(TsVectorText.Quote(word.Word)));
        if (wordsOnly)
        {
            return new MatchClause(exact, null, null, Rechecks: false);
        }

        var grams = word.Grams.Count == 0 ? [word.Word] : word.Grams;
        Func<string>? byKeys = word.Field != QueryField.Source && _articlesWithWord is not null
            ? () => KeysOf(new WordBm25.ScoredWord(word.Word, word.Field))
            : null;
        return new MatchClause(exact, byKeys, Matches(gramColumns, Parameter(Sequence(grams, word.Prefix))), Rechecks: grams.Count > 1);
    }

    // The whole-word tier of a phrase asks for its words in one column, not in sequence: the full
    // match has already checked the run through its grams, and testing the words' positions as well
    // would open every candidate's word vector a second time. It differs from the SQLite engine only
    // for an article holding the run split otherwise and the words apart elsewhere.
    private MatchClause Phrase(PhraseClause phrase, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(phrase.Field);
        return wordsOnly
            ? new MatchClause(Matches(wordColumns, Parameter(string.Join(" & ", phrase.Words.Distinct(StringComparer.Ordinal).Select(TsVectorText.Quote)))), null, null, Rechecks: false)
            : new MatchClause(null, null, Matches(gramColumns, Parameter(Sequence(phrase.Grams, phrase.Prefix))), Rechecks: phrase.Grams.Count > 1);
    }

    private string KeysOf(WordBm25.ScoredWord word)
    {
        var name = "@k" + _keysByName.Count.ToString(CultureInfo.InvariantCulture);
        _keysByName[name] = _articlesWithWord!(word);
        return $"key = ANY({name})";
    }

    private static void CollectPositiveGrams(QueryNode node, List<string> grams)
    {
        switch (node)
        {
            case WordClause word:
                grams.Add(Sequence(word.Grams.Count == 0 ? [word.Word] : word.Grams, word.Prefix));
                break;
            case PhraseClause phrase:
                grams.Add(Sequence(phrase.Grams, phrase.Prefix));
                break;
            case AnyClause any:
                any.Clauses.ToList().ForEach(c => CollectPositiveGrams(c, grams));
                break;
            case AllClause all:
                all.Clauses.Where(c => c is not NotClause).ToList().ForEach(c => CollectPositiveGrams(c, grams));
                break;
        }
    }

    // Terms in consecutive positions ('a' <-> 'b'), the last one a prefix ('b':*) when asked.
    private static string Sequence(IReadOnlyList<string> terms, bool prefix)
    {
        var quoted = terms.Select(TsVectorText.Quote).ToArray();
        if (prefix && quoted.Length > 0)
        {
            quoted[^1] += ":*";
        }

        return quoted.Length == 1 ? quoted[0] : "(" + string.Join(" <-> ", quoted) + ")";
    }

    private static string Any(IEnumerable<string> queries)
    {
        var list = queries.Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 1 ? list[0] : string.Join(" | ", list.Select(q => $"({q})"));
    }

    private string Parameter(string tsquery)
    {
        if (!_parameterByQuery.TryGetValue(tsquery, out var name))
        {
            name = "@q" + _parameterByQuery.Count.ToString(CultureInfo.InvariantCulture);
            _parameterByQuery[tsquery] = name;
        }

        return name + "::tsquery";
    }

    /// <summary>
    /// Articles as OR-ed clauses tested on one row (when they are that) or as a query of keys. When a
    /// clause needs a recheck (a run of grams, whose positions only the vector holds), PostgreSQL tests
    /// every clause on each candidate, in the order written: the exact ones go first, and a word's
    /// exact test becomes a hashed look-up in its postings' keys, so only articles without any of
    /// the words have their gram vectors read.
    /// </summary>
    private sealed record KeySet(string? Query, IReadOnlyList<MatchClause>? Clauses)
    {
        public static KeySet Of(string query) => new(query, null);

        public static KeySet Of(MatchClause clause) => new(null, [clause]);

        public string AsKeys() => Query ?? $"(SELECT key FROM article WHERE {Condition(Clauses!)})";

        private static string Condition(IReadOnlyList<MatchClause> clauses)
        {
            var rechecks = clauses.Any(c => c.Rechecks);
            var parts = clauses.Select(c => rechecks && c.ExactByKeys is not null ? c.ExactByKeys() : c.Exact)
                .Concat(clauses.Select(c => c.Grams))
                .OfType<string>()
                .ToList();
            return parts.Count == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";
        }
    }

    /// <summary>One clause on an article row: its exact test (on the word vectors, or by keys) and its gram test.</summary>
    private sealed record MatchClause(string? Exact, Func<string>? ExactByKeys, string? Grams, bool Rechecks);
}
