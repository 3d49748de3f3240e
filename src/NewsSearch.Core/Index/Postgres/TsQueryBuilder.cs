using System.Globalization;
using System.Text;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Translates an analyzed query into SQL over the article's tsvector columns and the body's gram
/// postings, the PostgreSQL counterpart of <see cref="Fts5QueryBuilder"/>: the full match (words or
/// their bigrams), the whole-word match, and the rank of articles matched through grams only
/// (whole-word matches are ranked by <see cref="WordBm25"/>). Every term travels as a bound
/// parameter (a quoted lexeme in a tsquery, or plain text), so nothing a user types becomes SQL or tsquery syntax.
/// </summary>
/// <remarks>
/// The result is a query of article keys in which each clause is one GIN bitmap scan of the rows
/// plus, for a run of grams, one merge of its grams' postings in the body; AND, NOT and nested OR
/// are INTERSECT, EXCEPT and UNION: a condition left for PostgreSQL to test on each candidate row
/// would read that row's vectors from TOAST.
/// </remarks>
internal sealed class TsQueryBuilder
{
    // Title above body: the grams' weights of the SQLite engine's bm25 call. The body's part comes
    // from the gram postings (see GramRank).
    private const string TitleAndSourceRankTemplate = "(4 * ts_rank(title_grams, {0}) + ts_rank(source_grams, {0}))";

    // The end of the range of every gram starting with a prefix: the gram column sorts by code point ("C").
    private const string AfterEveryContinuation = "\U0010FFFF";

    private readonly Dictionary<string, string> _parameterByQuery = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long[]> _keysByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _textByValue = new(StringComparer.Ordinal);
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
            .Concat(_textByValue.Select(t => KeyValuePair.Create(t.Value, (object)t.Key)))
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

    /// <summary>
    /// Relevance over the positive grams of the query (higher is better), in two parts added up: an
    /// expression on the article row (title and source vectors, small and in the row), and a query of
    /// <c>(article, score)</c> over the body's gram postings, in which each of the query's grams an
    /// article holds scores <c>ln(1 + occurrences)</c>.
    /// </summary>
    public GramRank GramRank(QueryNode node)
    {
        var runs = new List<(IReadOnlyList<string> Grams, bool Prefix)>();
        CollectPositiveGrams(node, runs);
        var onRow = string.Format(CultureInfo.InvariantCulture, TitleAndSourceRankTemplate, Parameter(Any(runs.Select(r => Sequence(r.Grams, r.Prefix)))));
        var grams = runs.SelectMany(r => r.Grams.Select((g, i) => (Gram: g, Prefix: r.Prefix && i == r.Grams.Count - 1))).Distinct().ToList();
        var arms = grams.Select(g => $"SELECT article, ln(1 + cardinality(positions)) AS s FROM gram_posting p WHERE {GramTest("p", g.Gram, g.Prefix)}");
        return new GramRank(onRow, $"SELECT article, sum(s)::float8 FROM ({string.Join(" UNION ALL ", arms)}) g GROUP BY article");
    }

    /// <summary>A condition: one of <paramref name="columns"/> matches the tsquery parameter <paramref name="query"/>.</summary>
    public static string Matches(IReadOnlyList<string> columns, string query) =>
        columns.Count == 1 ? $"{columns[0]} @@ {query}" : "(" + string.Join(" OR ", columns.Select(c => $"{c} @@ {query}")) + ")";

    /// <summary>
    /// The article columns a field's words and grams are in, and whether the body's grams are searched
    /// too: a single gram in the row's <c>body_grams</c> (lexemes only), a run in the gram postings.
    /// </summary>
    public static (string[] Words, string[] Grams, bool Body) Columns(QueryField field) => field switch
    {
        QueryField.Title => (["title_words"], ["title_grams"], false),
        QueryField.Source => (["source_grams"], ["source_grams"], false),
        _ => (["title_words", "body_words"], ["title_grams"], true),
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
        var (wordColumns, gramColumns, body) = Columns(word.Field);
        var exact = Matches(wordColumns, Parameter(TsVectorText.Quote(word.Word)));
        if (wordsOnly)
        {
            return new MatchClause(exact, null, null, null, Rechecks: false);
        }

        var grams = word.Grams.Count == 0 ? [word.Word] : word.Grams;
        if (word.Field == QueryField.Source || _articlesWithWord is null)
        {
            return Grams(exact, null, gramColumns, body, grams, word.Prefix, null);
        }

        // A run's test on the row is rechecked, so its keys are needed at once; they also spare the
        // body's run check every article that holds the word itself.
        var scored = new WordBm25.ScoredWord(word.Word, word.Field);
        var keys = grams.Count > 1 ? KeysOf(scored) : null;
        return Grams(exact, () => $"key = ANY({keys ?? KeysOf(scored)})", gramColumns, body, grams, word.Prefix, keys);
    }

    // The whole-word tier of a phrase asks for its words in one column, not in sequence: the full
    // match has already checked the run through its grams, and testing the words' positions as well
    // would open every candidate's word vector a second time. It differs from the SQLite engine only
    // for an article holding the run split otherwise and the words apart elsewhere.
    private MatchClause Phrase(PhraseClause phrase, bool wordsOnly)
    {
        var (wordColumns, gramColumns, body) = Columns(phrase.Field);
        return wordsOnly
            ? new MatchClause(Matches(wordColumns, Parameter(string.Join(" & ", phrase.Words.Distinct(StringComparer.Ordinal).Select(TsVectorText.Quote)))), null, null, null, Rechecks: false)
            : Grams(null, null, gramColumns, body, phrase.Grams, phrase.Prefix, null);
    }

    // A single gram is tested on the row, the body's lexemes included. A run is tested in the
    // title's vector (rechecked there, in the row) and in the body's gram postings, leaving out the
    // articles in the key array <paramref name="matchedOnRow"/>, which the row's test finds anyway.
    private MatchClause Grams(string? exact, Func<string>? byKeys, string[] gramColumns, bool body, IReadOnlyList<string> grams, bool prefix, string? matchedOnRow)
    {
        var run = grams.Count > 1;
        var onRow = Matches(body && !run ? [.. gramColumns, "body_grams"] : gramColumns, Parameter(Sequence(grams, prefix)));
        return new MatchClause(exact, byKeys, onRow, body && run ? RunInBody(grams, prefix, matchedOnRow) : null, Rechecks: run);
    }

    // The articles whose body holds the grams one after the other: their postings, merged on the
    // article (each an index-only scan of the covering key, in article order), and the first gram's
    // positions followed by the others'. The last gram may be a prefix, matching several grams.
    private string RunInBody(IReadOnlyList<string> grams, bool prefix, string? except)
    {
        var last = grams.Count - 1;
        var sql = new StringBuilder(prefix ? "SELECT DISTINCT p0.article FROM gram_posting p0" : "SELECT p0.article FROM gram_posting p0");
        for (var i = 1; i <= last; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" JOIN gram_posting p{i} ON p{i}.article = p0.article AND {GramTest($"p{i}", grams[i], prefix && i == last)}");
        }

        sql.Append(CultureInfo.InvariantCulture, $" WHERE {GramTest("p0", grams[0], false)}{(except is null ? "" : $" AND p0.article <> ALL({except})")} AND EXISTS (SELECT 1 FROM unnest(p0.positions) x WHERE ")
            .AppendJoin(" AND ", Enumerable.Range(1, last).Select(i => string.Create(CultureInfo.InvariantCulture, $"x + {i} = ANY(p{i}.positions)")))
            .Append(')');
        return sql.ToString();
    }

    private string GramTest(string alias, string gram, bool prefix) => prefix
        ? $"{alias}.gram >= {Text(gram)} AND {alias}.gram < {Text(gram + AfterEveryContinuation)}"
        : $"{alias}.gram = {Text(gram)}";

    private string Text(string value)
    {
        value = PostgresText.Safe(value);
        if (!_textByValue.TryGetValue(value, out var name))
        {
            name = "@t" + _textByValue.Count.ToString(CultureInfo.InvariantCulture);
            _textByValue[value] = name;
        }

        return name;
    }

    // The name of a parameter holding the keys of the articles with the word (from its postings).
    private string KeysOf(WordBm25.ScoredWord word)
    {
        var name = "@k" + _keysByName.Count.ToString(CultureInfo.InvariantCulture);
        _keysByName[name] = _articlesWithWord!(word);
        return name;
    }

    private static void CollectPositiveGrams(QueryNode node, List<(IReadOnlyList<string> Grams, bool Prefix)> runs)
    {
        switch (node)
        {
            case WordClause word:
                runs.Add((word.Grams.Count == 0 ? [word.Word] : word.Grams, word.Prefix));
                break;
            case PhraseClause phrase:
                runs.Add((phrase.Grams, phrase.Prefix));
                break;
            case AnyClause any:
                any.Clauses.ToList().ForEach(c => CollectPositiveGrams(c, runs));
                break;
            case AllClause all:
                all.Clauses.Where(c => c is not NotClause).ToList().ForEach(c => CollectPositiveGrams(c, runs));
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
    /// Articles as OR-ed clauses, or as a query of keys. The clauses' tests on the article row are one
    /// bitmap scan, and a UNION adds the runs found in the bodies' gram postings. When a test on the
    /// row needs a recheck (a run in the title, whose positions only the vector holds), PostgreSQL tests
    /// every clause on each candidate, in the order written: the exact ones go first, and a word's
    /// exact test becomes a hashed look-up in its postings' keys, so no candidate has its body's word
    /// vector read from TOAST.
    /// </summary>
    private sealed record KeySet(string? Query, IReadOnlyList<MatchClause>? Clauses)
    {
        public static KeySet Of(string query) => new(query, null);

        public static KeySet Of(MatchClause clause) => new(null, [clause]);

        public string AsKeys()
        {
            if (Query is not null)
            {
                return Query;
            }

            var onRow = RowCondition(Clauses!);
            var parts = Clauses!.Select(c => c.InBody).OfType<string>().Prepend(onRow is null ? null : $"SELECT key FROM article WHERE {onRow}").OfType<string>().ToList();
            return "(" + string.Join(" UNION ", parts) + ")";
        }

        private static string? RowCondition(IReadOnlyList<MatchClause> clauses)
        {
            var rechecks = clauses.Any(c => c.Rechecks);
            var parts = clauses.Select(c => rechecks && c.ExactByKeys is not null ? c.ExactByKeys() : c.Exact)
                .Concat(clauses.Select(c => c.Grams))
                .OfType<string>()
                .ToList();
            return parts.Count switch
            {
                0 => null,
                1 => parts[0],
                _ => "(" + string.Join(" OR ", parts) + ")",
            };
        }
    }

    /// <summary>
    /// One clause: its exact test on the article row (on the word vectors, or by keys), its gram test
    /// on the row, and the query of the articles whose body holds it as a run (null when the row's tests cover the body).
    /// </summary>
    private sealed record MatchClause(string? Exact, Func<string>? ExactByKeys, string? Grams, string? InBody, bool Rechecks);
}

/// <summary>The rank of articles matched through grams only: <see cref="OnArticle"/> over an article row, plus the score <see cref="InBody"/> gives its key.</summary>
internal sealed record GramRank(string OnArticle, string InBody);
