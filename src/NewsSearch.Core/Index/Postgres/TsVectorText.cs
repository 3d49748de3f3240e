using System.Globalization;
using System.Text;

namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// Writes the analyzer's space-separated terms as a PostgreSQL <c>tsvector</c> literal with their
/// positions, so PostgreSQL stores exactly our terms (no text search configuration re-analyzes them).
/// </summary>
internal static class TsVectorText
{
    // PostgreSQL's limits: positions 1-16383 (larger ones count as 16383), 256 positions a lexeme,
    // and about 1 MB a vector. Past the caps phrases near the end of a very long text may be missed;
    // the words themselves still match.
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;
    private const int MaxLiteralChars = 400_000;

    public static string From(string terms)
    {
        if (terms.Length == 0)
        {
            return "";
        }

        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var position = 0;
        foreach (var range in terms.AsSpan().Split(' '))
        {
            var term = terms[range];
            if (term.Length == 0)
            {
                continue;
            }

            position = Math.Min(position + 1, MaxPosition);
            if (!positions.TryGetValue(term, out var list))
            {
                positions[term] = list = [];
                order.Add(term);
            }

            if (list.Count < MaxPositionsPerLexeme && (list.Count == 0 || list[^1] != position))
            {
                list.Add(position);
            }
        }

        var builder = new StringBuilder(terms.Length * 2);
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
        }

        return builder.ToString();
    }

    /// <summary>A lexeme in quotes, with quotes and backslashes escaped (tsvector and tsquery share this syntax).</summary>
    public static string Quote(string term) =>
        "'" + PostgresText.Safe(term).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
