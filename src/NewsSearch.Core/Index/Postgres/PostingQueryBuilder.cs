using System.Globalization;
using System.Text;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Translates an analyzed query into SQL over the postings, the PostgreSQL counterpart of
/// Lucene.Net's <c>QueryTranslator</c>: the full match (words or their bigrams), the whole-word match,
/// and the rank of articles matched through grams only (whole-word matches are ranked by
/// <see cref="WordBm25"/>). Every term travels as a bound parameter (plain text, or a quoted lexeme
/// in a tsquery), so nothing a user types becomes SQL or tsquery syntax.
/// </summary>
/// <remarks>
/// Each clause is a query of article keys read from the covering keys of <c>word_posting</c> and
/// <c>gram_posting</c> (index-only scans, in article order), never from the article rows, whose
/// vectors are out of line: a word is its postings, a gram its postings, a run its grams' postings
/// merged on the article with their positions following each other. AND, NOT and OR are INTERSECT,
/// EXCEPT and UNION. Only <c>source:</c> is matched on a row's vector (a GIN bitmap scan).
/// </remarks>
internal sealed class PostingQueryBuilder
{
    // The end of the range of every gram starting with a prefix: the gram column sorts by code point ("C").
    private const string AfterEveryContinuation = "\U0010FFFF";

    // The most grams one merge joins. PostgreSQL's planning grows faster than the join: with the
    // join order fixed, 16 grams plan in 3 ms, 64 in 57 ms, 199 (a query at the length limit) in 6.7 s.
    private const int MostGramsInOneMerge = 16;

    private readonly Dictionary<string, string> _tsqueryByValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _textByValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _textsByName = new(StringComparer.Ordinal);

    /// <summary>Parameter name to value (text, an array of texts, or tsquery text), for every parameter the built SQL uses.</summary>
    public IReadOnlyDictionary<string, object> Parameters =>
        _tsqueryByValue.Select(p => KeyValuePair.Create(p.Value, (object)p.Key))
            .Concat(_textByValue.Select(t => KeyValuePair.Create(t.Value, (object)t.Key)))
            .Concat(_textsByName.Select(t => KeyValuePair.Create(t.Key, (object)t.Value)))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>True when the query only excludes (e.g. <c>-日本</c>): it means "everything but".</summary>
    public static bool IsNegativeOnly(QueryNode node) =>
        node is NotClause || (node is AllClause all && all.Clauses.All(c => c is NotClause));

    /// <summary>A query of the distinct keys of the articles matching the words or their grams.</summary>
    public string Full(QueryNode node) => Distinct(Build(node, wordsOnly: false));

    /// <summary>A query of the distinct keys of the articles matching on whole words.</summary>
    public string WholeWords(QueryNode node) => Distinct(Build(node, wordsOnly: true));

    /// <summary>A query of the keys of the articles a negative-only query excludes.</summary>
    public string Excluded(QueryNode node) => node switch
    {
        NotClause not => Full(not.Clause),
        AllClause all => Distinct(Union(all.Clauses.Select(c => Build(((NotClause)c).Clause, wordsOnly: false)))),
        _ => throw new ArgumentException("Not a negative-only query.", nameof(node)),
    };

    /// <summary>
    /// A query of <c>(article, score)</c> over the postings of the query's positive grams, for the
    /// articles in the key array <c>@keys</c> (those matched through grams only): each gram an article
    /// holds scores <c>ln(1 + occurrences)</c>, plus 3 when the title holds it (title above body, as in
    /// the other engine's weights); a <c>source:</c> clause scores its vector's <c>ts_rank</c>.
    /// </summary>
    /// <remarks>
    /// The keys are a filter (<c>article + 0</c>: a hashed look-up on each posting read), not a
    /// condition of the key's scan, which would search the key once per article.
    /// </remarks>
    public string GramRank(QueryNode node)
    {
        var runs = new List<(QueryField Field, IReadOnlyList<string> Grams, bool Prefix)>();
        CollectPositiveGrams(node, runs);
        var arms = runs.Where(r => r.Field != QueryField.Source)
            .SelectMany(r => r.Grams.Select((g, i) => (Gram: g, Prefix: r.Prefix && i == r.Grams.Count - 1)))
            .Distinct()
            .Select(g => "SELECT article, ln(1 + cardinality(positions)) + CASE WHEN positions[cardinality(positions)] > " +
                $"{GramPostings.TitleOffset} THEN 3 ELSE 0 END AS s FROM gram_posting p WHERE {GramTest("p", g.Gram, g.Prefix)}")
            .Concat(runs.Where(r => r.Field == QueryField.Source)
                .Select(r => $"SELECT key, ts_rank(source_grams, {TsQuery(Sequence(r.Grams, r.Prefix))}) FROM article WHERE source_grams @@ {TsQuery(Sequence(r.Grams, r.Prefix))}"))
            .ToList();
        return arms.Count == 0
            ? "SELECT 0::bigint, 0::float8 WHERE false"
            : $"SELECT article, sum(s)::float8 FROM ({string.Join(" UNION ALL ", arms)}) g(article, s) WHERE article + 0 = ANY(@keys) GROUP BY article";
    }

    private static string Distinct(string keys) => $"SELECT DISTINCT key FROM {keys} AS matched(key)";

    private string Build(QueryNode node, bool wordsOnly) => node switch
    {
        WordClause word => Word(word, wordsOnly),
        PhraseClause phrase => Phrase(phrase, wordsOnly),
        AnyClause any => Union(any.Clauses.Select(c => Build(c, wordsOnly))),
        AllClause all => All(all, wordsOnly),
        NotClause => throw new ArgumentException("A NOT clause must sit inside an AND.", nameof(node)),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    private static string Union(IEnumerable<string> sets)
    {
        var list = sets.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(" UNION ", list) + ")";
    }

    private string All(AllClause all, bool wordsOnly)
    {
        var positive = all.Clauses.Where(c => c is not NotClause).Select(c => Build(c, wordsOnly)).ToList();
        var negative = all.Clauses.OfType<NotClause>().Select(n => Build(n.Clause, wordsOnly: false)).ToList();
        var both = positive.Count == 1 ? positive[0] : "(" + string.Join(" INTERSECT ", positive) + ")";
        return negative.Count == 0 ? both : $"({both} EXCEPT {Union(negative)})";
    }

    // A word is its postings (in the title, for title:) and, unless only whole words count, its
    // grams: a single gram's postings, or the run of them.
    private string Word(WordClause word, bool wordsOnly)
    {
        if (word.Field == QueryField.Source)
        {
            var exactOnSource = TsVectorText.Quote(word.Word);
            return OnSource(wordsOnly ? exactOnSource : $"{exactOnSource} | {Sequence(word.Grams.Count == 0 ? [word.Word] : word.Grams, word.Prefix)}");
        }

        var titleOnly = word.Field == QueryField.Title;
        var exact = $"(SELECT article FROM word_posting WHERE word = {Text(word.Word)}{(titleOnly ? " AND title_count > 0" : "")})";
        if (wordsOnly)
        {
            return exact;
        }

        var grams = word.Grams.Count == 0 ? [word.Word] : word.Grams;
        return $"({exact} UNION {Grams(grams, word.Prefix, titleOnly, exact)})";
    }

    // The whole-word tier of a phrase asks for its words in one column (all in the title, or all in
    // the body), not in sequence: the full match has already checked the run through its grams. It
    // differs from a positional word match only for an article holding the run split otherwise and the
    // words apart elsewhere.
    private string Phrase(PhraseClause phrase, bool wordsOnly)
    {
        if (phrase.Field == QueryField.Source)
        {
            return OnSource(wordsOnly ? string.Join(" & ", phrase.Words.Select(TsVectorText.Quote)) : Sequence(phrase.Grams, phrase.Prefix));
        }

        var titleOnly = phrase.Field == QueryField.Title;
        if (!wordsOnly)
        {
            return Grams(phrase.Grams, phrase.Prefix, titleOnly, null);
        }

        var words = phrase.Words.Distinct(StringComparer.Ordinal).ToArray();
        var name = "@w" + _textsByName.Count.ToString(CultureInfo.InvariantCulture);
        _textsByName[name] = [.. words.Select(PostgresText.Safe)];
        var inBody = titleOnly ? "" : $" OR count(*) FILTER (WHERE body_count > 0) = {words.Length}";
        return $"(SELECT article FROM word_posting WHERE word = ANY({name}) GROUP BY article " +
               $"HAVING count(*) FILTER (WHERE title_count > 0) = {words.Length}{inBody})";
    }

    private string OnSource(string tsquery) => $"(SELECT key FROM article WHERE source_grams @@ {TsQuery(tsquery)})";

    // A single gram (or a prefix of grams) is its postings. A run is its grams' postings merged on the
    // article (each an index-only scan of the covering key, in article order) with the first gram's
    // positions followed by the others'. Title positions are offset past the body's, so a run never
    // spans the two, and title: asks for positions past the offset. The articles of the query
    // <paramref name="found"/> (those holding the word itself) are left out of a run's check, which
    // is most of the work: they are matched anyway.
    private string Grams(IReadOnlyList<string> grams, bool prefix, bool titleOnly, string? found)
    {
        if (grams.Count > MostGramsInOneMerge)
        {
            // Pieces overlapping by one gram, each unbroken, all in the article (not always in one place).
            var pieces = new List<string>();
            for (var start = 0; start < grams.Count - 1; start += MostGramsInOneMerge - 1)
            {
                var count = Math.Min(MostGramsInOneMerge, grams.Count - start);
                pieces.Add(Grams(grams.Skip(start).Take(count).ToList(), prefix && start + count == grams.Count, titleOnly, found));
            }

            return "(" + string.Join(" INTERSECT ", pieces) + ")";
        }

        var last = grams.Count - 1;
        if (last < 0)
        {
            return "(SELECT 0::bigint WHERE false)";
        }

        if (last == 0)
        {
            var inTitle = titleOnly ? $" AND p0.positions[cardinality(p0.positions)] > {GramPostings.TitleOffset}" : "";
            return $"(SELECT p0.article FROM gram_posting p0 WHERE {GramTest("p0", grams[0], prefix)}{inTitle})";
        }

        var sql = new StringBuilder("(SELECT p0.article FROM gram_posting p0");
        for (var i = 1; i <= last; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" JOIN gram_posting p{i} ON p{i}.article = p0.article AND {GramTest($"p{i}", grams[i], prefix && i == last)}");
        }

        sql.Append(CultureInfo.InvariantCulture, $" WHERE {GramTest("p0", grams[0], false)}")
            .Append(found is null ? "" : $" AND p0.article NOT IN {found}")
            .Append(" AND EXISTS (SELECT 1 FROM unnest(p0.positions) x WHERE ")
            .Append(titleOnly ? $"x > {GramPostings.TitleOffset} AND " : "")
            .AppendJoin(" AND ", Enumerable.Range(1, last).Select(i => string.Create(CultureInfo.InvariantCulture, $"x + {i} = ANY(p{i}.positions)")))
            .Append("))");
        return sql.ToString();
    }

    private string GramTest(string alias, string gram, bool prefix) => prefix
        ? $"{alias}.gram >= {Text(gram)} AND {alias}.gram < {Text(gram + AfterEveryContinuation)}"
        : $"{alias}.gram = {Text(gram)}";

    private static void CollectPositiveGrams(QueryNode node, List<(QueryField Field, IReadOnlyList<string> Grams, bool Prefix)> runs)
    {
        switch (node)
        {
            case WordClause word:
                runs.Add((word.Field, word.Grams.Count == 0 ? [word.Word] : word.Grams, word.Prefix));
                break;
            case PhraseClause phrase:
                runs.Add((phrase.Field, phrase.Grams, phrase.Prefix));
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

    private string Text(string value) => Named(_textByValue, PostgresText.Safe(value), "@t");

    private string TsQuery(string tsquery) => Named(_tsqueryByValue, tsquery, "@q") + "::tsquery";

    private static string Named(Dictionary<string, string> names, string value, string prefix)
    {
        if (!names.TryGetValue(value, out var name))
        {
            name = prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            names[value] = name;
        }

        return name;
    }
}
