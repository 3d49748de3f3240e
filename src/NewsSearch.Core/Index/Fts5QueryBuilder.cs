using System.Text;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Index;

/// <summary>
/// Translates an analyzed query into FTS5 match expressions. Every term is quoted, so nothing a
/// user types can become FTS5 syntax. Two forms: the full match (words or their bigrams) and the
/// whole-word match that ranks articles matching the query's words above bigram-only matches.
/// </summary>
internal static class Fts5QueryBuilder
{
    public static string Full(QueryNode node) => Build(node, wordsOnly: false);

    public static string WholeWords(QueryNode node) => Build(node, wordsOnly: true);

    /// <summary>True when the query only excludes (e.g. <c>-日本</c>): it means "everything but".</summary>
    public static bool IsNegativeOnly(QueryNode node) =>
        node is NotClause || (node is AllClause all && all.Clauses.All(c => c is NotClause));

    /// <summary>The excluded part of a negative-only query, as a positive expression.</summary>
    public static string Excluded(QueryNode node) => node switch
    {
        NotClause not => Full(not.Clause),
        AllClause all => Join(" OR ", all.Clauses.Select(c => Full(((NotClause)c).Clause))),
        _ => throw new ArgumentException("Not a negative-only query.", nameof(node)),
    };

    private static string Build(QueryNode node, bool wordsOnly) => node switch
    {
        WordClause word => Word(word, wordsOnly),
        PhraseClause phrase => Phrase(phrase, wordsOnly),
        AnyClause any => Join(" OR ", any.Clauses.Select(c => Build(c, wordsOnly))),
        AllClause all => All(all, wordsOnly),
        NotClause => throw new ArgumentException("A NOT clause must sit inside an AND.", nameof(node)),
        _ => throw new ArgumentException($"Unknown query node {node.GetType().Name}.", nameof(node)),
    };

    private static string All(AllClause all, bool wordsOnly)
    {
        var positive = all.Clauses.Where(c => c is not NotClause).Select(c => Build(c, wordsOnly)).ToList();
        var negative = all.Clauses.OfType<NotClause>().Select(n => Build(n.Clause, wordsOnly: false)).ToList();
        var expression = Join(" AND ", positive);
        return negative.Count == 0 ? expression : $"({expression} NOT {Join(" OR ", negative)})";
    }

    private static string Word(WordClause word, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(word.Field);
        var exact = $"{wordColumns} : {Quote([word.Word])}";
        if (wordsOnly)
        {
            return exact;
        }

        var grams = $"{gramColumns} : {Quote(word.Grams)}{(word.Prefix ? " *" : "")}";
        return $"({exact} OR {grams})";
    }

    private static string Phrase(PhraseClause phrase, bool wordsOnly)
    {
        var (wordColumns, gramColumns) = Columns(phrase.Field);
        return wordsOnly
            ? $"{wordColumns} : {Quote(phrase.Words)}"
            : $"{gramColumns} : {Quote(phrase.Grams)}{(phrase.Prefix ? " *" : "")}";
    }

    private static (string Words, string Grams) Columns(QueryField field) => field switch
    {
        QueryField.Title => ($"{{{IndexSchema.Columns.TitleWords}}}", $"{{{IndexSchema.Columns.TitleGrams}}}"),
        QueryField.Source => ($"{{{IndexSchema.Columns.SourceGrams}}}", $"{{{IndexSchema.Columns.SourceGrams}}}"),
        _ => ($"{{{IndexSchema.Columns.TitleWords} {IndexSchema.Columns.BodyWords}}}",
              $"{{{IndexSchema.Columns.TitleGrams} {IndexSchema.Columns.BodyGrams}}}"),
    };

    // Terms are letters, digits and '.', but quote-doubling keeps this safe whatever arrives.
    private static string Quote(IEnumerable<string> terms)
    {
        var builder = new StringBuilder("\"");
        var first = true;
        foreach (var term in terms)
        {
            if (!first)
            {
                builder.Append(' ');
            }

            builder.Append(term.Replace("\"", "\"\"", StringComparison.Ordinal));
            first = false;
        }

        return builder.Append('"').ToString();
    }

    private static string Join(string separator, IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(separator, list.Select(p => $"({p})")) + ")";
    }
}
