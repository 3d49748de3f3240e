using System.Text;

namespace NewsSearch.Core.Search;

/// <summary>
/// Splits a query into words, phrases, parentheses and operators. Never fails: quotes left open
/// run to the end, and anything that is not syntax is a word for the analyzer to judge.
/// </summary>
internal static class QueryLexer
{
    private static readonly (string Name, QueryField Field)[] FieldPrefixes =
    [
        ("title:", QueryField.Title), ("标题:", QueryField.Title), ("標題:", QueryField.Title),
        ("source:", QueryField.Source), ("来源:", QueryField.Source), ("來源:", QueryField.Source),
    ];

    public static List<QueryToken> Tokenize(string query)
    {
        var text = Normalize(query);
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (text[i] is '-' or '+' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = text[i] == '-';
                i++;
            }

            var field = ReadField(text, ref i);
            if (i >= text.Length)
            {
                break;
            }

            var c = text[i];
            if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Open, "(", field, negated));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Close, ")"));
                i++;
            }
            else if (IsOpenQuote(c))
            {
                var end = i + 1;
                while (end < text.Length && !IsCloseQuote(text[end]))
                {
                    end++;
                }

                var phrase = text[(i + 1)..end];
                i = Math.Min(end + 1, text.Length);
                var prefix = i < text.Length && text[i] == '*';
                if (prefix)
                {
                    i++;
                }

                tokens.Add(new QueryToken(QueryTokenKind.Phrase, phrase, field, negated, prefix));
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or ')') && !IsOpenQuote(text[end]))
                {
                    end++;
                }

                tokens.Add(WordToken(text[i..end], field, negated));
                i = end;
            }
        }

        return tokens;
    }

    private static QueryToken WordToken(string word, QueryField field, bool negated)
    {
        if (!negated && field == QueryField.All)
        {
            switch (word)
            {
                case "AND":
                    return new QueryToken(QueryTokenKind.And, word);
                case "OR":
                    return new QueryToken(QueryTokenKind.Or, word);
                case "NOT":
                    return new QueryToken(QueryTokenKind.Not, word);
            }
        }

        var trimmed = word.TrimEnd('*');
        return new QueryToken(QueryTokenKind.Word, trimmed, field, negated, trimmed.Length < word.Length);
    }

    private static QueryField ReadField(string text, ref int i)
    {
        foreach (var (name, field) in FieldPrefixes)
        {
            if (string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += name.Length;
                return field;
            }
        }

        return QueryField.All;
    }

    // NFKC folds full-width syntax (（）＂：－＊) to ASCII; control characters and lone surrogates become spaces.
    private static string Normalize(string query)
    {
        var builder = new StringBuilder(query.Length);
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (char.IsHighSurrogate(c) && i + 1 < query.Length && char.IsLowSurrogate(query[i + 1]))
            {
                builder.Append(c).Append(query[++i]);
            }
            else
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormKC);
    }

    private static bool IsOpenQuote(char c) => c is '"' or '\u201C' or '\u300C' or '\u300E';

    private static bool IsCloseQuote(char c) => c is '"' or '\u201D' or '\u300D' or '\u300F';
}
