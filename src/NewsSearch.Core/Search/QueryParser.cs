using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Search;

/// <summary>
/// Parses the query language and analyzes its words with the same analyzer as the documents.
/// Any string is accepted: what is not syntax is matched as literal words.
/// </summary>
public sealed class QueryParser
{
    private readonly Analyzer _analyzer;

    /// <summary>Creates a parser that analyzes with <paramref name="analyzer"/>.</summary>
    public QueryParser(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>Parses <paramref name="query"/>; an empty or punctuation-only query browses everything.</summary>
    public ParsedQuery Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || QuerySyntaxParser.Parse(query) is not { } syntax)
        {
            return ParsedQuery.Browse;
        }

        var highlights = new List<(QueryField Field, string Text)>();
        var (root, display) = Analyze(syntax, highlights, negated: false);
        if (root is null)
        {
            return ParsedQuery.Browse;
        }

        return new ParsedQuery(root, display, Longest(highlights, QueryField.All), Longest(highlights, QueryField.All, QueryField.Title));
    }

    // Longest first, so a run is marked before a word inside it.
    private static List<string> Longest(List<(QueryField Field, string Text)> highlights, params QueryField[] fields) =>
        highlights.Where(h => fields.Contains(h.Field)).Select(h => h.Text).Distinct().OrderByDescending(h => h.Length).ToList();

    private (QueryNode? Node, string Display) Analyze(QuerySyntax syntax, List<(QueryField Field, string Text)> highlights, bool negated)
    {
        switch (syntax)
        {
            case TextSyntax text:
                return AnalyzeText(text, highlights, negated);
            case NotSyntax not:
                var (inner, innerDisplay) = Analyze(not.Item, highlights, !negated);
                return inner is null ? (null, "") : (new NotClause(inner), "NOT " + innerDisplay);
            case AndSyntax and:
                return Combine(and.Items, highlights, negated, " AND ", nodes => new AllClause(nodes));
            case OrSyntax or:
                // FTS engines cannot say "a OR NOT b": an excluded branch of an OR is dropped.
                var positive = or.Items.Where(i => i is not NotSyntax).ToList();
                return Combine(positive, highlights, negated, " OR ", nodes => new AnyClause(nodes));
            default:
                throw new InvalidOperationException($"Unknown query syntax {syntax.GetType().Name}.");
        }
    }

    private (QueryNode? Node, string Display) Combine(
        IReadOnlyList<QuerySyntax> items, List<(QueryField Field, string Text)> highlights, bool negated, string separator, Func<List<QueryNode>, QueryNode> make)
    {
        var nodes = new List<QueryNode>();
        var displays = new List<string>();
        foreach (var item in items)
        {
            var (node, display) = Analyze(item, highlights, negated);
            if (node is null)
            {
                continue;
            }

            nodes.Add(node);
            displays.Add(item is AndSyntax or OrSyntax && items.Count > 1 ? $"({display})" : display);
        }

        return nodes.Count switch
        {
            0 => (null, ""),
            1 => (nodes[0], displays[0]),
            _ => (make(nodes), string.Join(separator, displays)),
        };
    }

    private (QueryNode? Node, string Display) AnalyzeText(TextSyntax text, List<(QueryField Field, string Text)> highlights, bool negated)
    {
        var analyzed = _analyzer.Analyze(text.Text);
        if (analyzed.Words.Count == 0)
        {
            return (null, "");
        }

        var words = analyzed.Words.Select(w => w.Term).ToList();
        var grams = QueryGrams.From(analyzed, out var endsWithPrefix);
        var folded = JoinWords(words);
        var display = FieldPrefix(text.Field) + (text.Phrase ? $"\"{folded}\"" : folded) + (text.Prefix ? "*" : "");
        if (!negated)
        {
            // What matched: the single word, or the run or phrase as a whole (its words only together).
            highlights.Add((text.Field, words.Count == 1 ? words[0] : folded));
        }

        // A run typed without spaces is one word to the reader (苏州工业园区): its characters must
        // appear together, however the document was segmented. Spaces separate required words.
        if (text.Phrase || words.Count > 1)
        {
            return (new PhraseClause(text.Field, words, grams, endsWithPrefix || text.Prefix, analyzed.WordPositions), display);
        }

        var wordGrams = QueryGrams.OfWord(words[0], out var lone);
        return (new WordClause(text.Field, words[0], wordGrams, lone || text.Prefix), display);
    }

    // Words read back as written: CJK words run together, Latin words and numbers keep a space.
    private static string JoinWords(List<string> words)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0 && CharClass.IsWordChar(builder[^1]) && CharClass.IsWordChar(word[0]))
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        return builder.ToString();
    }

    private static string FieldPrefix(QueryField field) => field switch
    {
        QueryField.Title => "title:",
        QueryField.Source => "source:",
        _ => "",
    };
}
