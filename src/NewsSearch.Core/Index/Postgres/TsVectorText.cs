using System.Globalization;
using System.Text;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Writes the analyzer's space-separated terms as a PostgreSQL <c>tsvector</c> literal with their
/// positions, so PostgreSQL stores exactly our terms (no text search configuration re-analyzes them),
/// and gives each stored term's occurrences and positions for the postings searches read.
/// </summary>
internal static class TsVectorText
{
    // PostgreSQL's limits: positions 1-16383 (larger ones count as 16383), 256 positions a lexeme,
    // and about 1 MB a vector. Past the caps phrases near the end of a very long text may be missed;
    // the words themselves still match.
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxLiteralChars = 400_000;

    public static string From(string terms) => Build(terms).Literal;

    /// <summary>A vector of the stored terms alone, without positions: it lists an article's gram postings (see GramPostings).</summary>
    public static string LexemesOf(TsVector vector) => string.Join(' ', vector.Terms.Select(t => Quote(t.Term)));

    /// <summary>
    /// The literal and, in first-occurrence order, every term it holds with its number of
    /// occurrences (uncapped) and the total number of terms. A term cut by the size cap is in neither,
    /// so the postings of an article are exactly the lexemes of its vector.
    /// </summary>
    public static TsVector Build(string terms)
    {
        if (terms.Length == 0)
        {
            return TsVector.Empty;
        }

        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var position = 0;
        var total = 0;
        foreach (var range in terms.AsSpan().Split(' '))
        {
            var term = terms[range];
            if (term.Length == 0)
            {
                continue;
            }

            total++;
            position = Math.Min(position + 1, MaxPosition);
            if (!positions.TryGetValue(term, out var list))
            {
                positions[term] = list = [];
                order.Add(term);
            }

            counts[term] = counts.GetValueOrDefault(term) + 1;
            if (list.Count < MaxPositionsPerLexeme && (list.Count == 0 || list[^1] != position))
            {
                list.Add(position);
            }
        }

        var builder = new StringBuilder(terms.Length * 2);
        var stored = new List<TermCount>(order.Count);
        foreach (var term in order)
        {
            if (builder.Length > MaxLiteralChars)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? "" : " ").Append(Quote(term)).Append(':');
            var list = positions[term];
            for (var i = 0; i < list.Count; i++)
            {
                builder.Append(i == 0 ? "" : ",").Append(list[i].ToString(CultureInfo.InvariantCulture));
            }

            stored.Add(new TermCount(PostgresText.Safe(term), counts[term], list));
        }

        return new TsVector(builder.ToString(), stored, total);
    }

    /// <summary>A lexeme in quotes, with quotes and backslashes escaped (tsvector and tsquery share this syntax).</summary>
    public static string Quote(string term) =>
        "'" + PostgresText.Safe(term).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}

/// <summary>A tsvector literal, the terms it stores with their counts, and how many terms the text had.</summary>
internal sealed record TsVector(string Literal, IReadOnlyList<TermCount> Terms, int Length)
{
    public static readonly TsVector Empty = new("", [], 0);
}

/// <summary>A stored term, how often it occurs in one column of one article, and its stored positions (capped as in the vector).</summary>
internal readonly record struct TermCount(string Term, int Count, IReadOnlyList<int> Positions);
