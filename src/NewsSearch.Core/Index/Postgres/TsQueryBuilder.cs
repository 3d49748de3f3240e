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
/// An excluded clause becomes <c>key NOT IN (SELECT key FROM article WHERE ...)</c> rather than
/// <c>NOT (...)</c>: the set comes from the GIN indexes, where a negated condition would be
/// tested on every candidate by decompressing its vectors.
/// </remarks>
internal sealed class TsQueryBuilder
{
    // Title above body: the grams' weights of the SQLite engine's bm25 call.
    private const string GramRankTemplate = "(4 * ts_rank(title_grams, {0}) + ts_rank(body_grams, {0}, 1) + ts_rank(source_grams, {0}))";

    private readonly Dictionary<string, string> _parameterByQuery = new(StringComparer.Ordinal);

    /// <summary>Parameter name to tsquery text, for every parameter the built SQL uses.</summary>
    public IReadOnlyDictionary<string, string> Parameters =>
        _parameterByQuery.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>True when the query only excludes (e.g. <c>-日本</c>): it means "everything but".</summary>
    public static bool IsNegativeOnly(QueryNode node) => Fts5QueryBuilder.IsNegativeOnly(node);

    public string Full(QueryNode node) => Build(node, wordsOnly: false);

    public string WholeWords(QueryNode node) => Build(node, wordsOnly: true);

    /// <summary>The excluded part of a negative-only query, as a positive condition.</summary>
    public string Excluded(QueryNode node) => node switch
    {
        NotClause not => Full(not.Clause),
        AllClause all => Join(" OR ", all.Clauses.Select(c => Full(((NotClause)c).Clause))),
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

    private string Build(QueryNode node, bool wordsOnly) => node switch
    {
        WordClause word => Word(word, wordsOnly),
        PhraseClause phrase => Phrase(phrase, wordsOnly),
        AnyClause any => Join(" OR ", any.Clauses.Select(c => Build(c, wordsOnly))),
        AllClause all => All(all, wordsOnly),
        NotClause => throw new ArgumentException("A NOT clause must sit inside an AND.", nameof(node)),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    private string All(AllClause all, bool wordsOnly)
    {
        var positive = all.Clauses.Where(c => c is not NotClause).Select(c => Build(c, wordsOnly)).ToList();
        var negative = all.Clauses.OfType<NotClause>().Select(n => Build(n.Clause, wordsOnly: false)).ToList();
        var expression = Join(" AND ", positive);
        return negative.Count == 0 ? expression : $"({expression} AND key NOT IN (SELECT key FROM article WHERE {Join(" OR ", negative)}))";
    }

    private string Word(WordClause word, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(word.Field);
        var exact = Matches(wordColumns, Parameter(TsVectorText.Quote(word.Word)));
        if (wordsOnly)
        {
            return exact;
        }

        var grams = word.Grams.Count == 0 ? [word.Word] : word.Grams;
        return $"({exact} OR {Matches(gramColumns, Parameter(Sequence(grams, word.Prefix)))})";
    }

    // The whole-word tier of a phrase asks for its words in one column, not in sequence: the full
    // match has already checked the run through its grams, and testing the words' positions as well
    // would open every candidate's word vector a second time. It differs from the SQLite engine only
    // for an article holding the run split otherwise and the words apart elsewhere.
    private string Phrase(PhraseClause phrase, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(phrase.Field);
        return wordsOnly
            ? Matches(wordColumns, Parameter(string.Join(" & ", phrase.Words.Distinct(StringComparer.Ordinal).Select(TsVectorText.Quote))))
            : Matches(gramColumns, Parameter(Sequence(phrase.Grams, phrase.Prefix)));
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

    private static string Join(string separator, IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(separator, list) + ")";
    }
}
