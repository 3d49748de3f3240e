namespace NewsSearch.Core.Search;

/// <summary>
/// Recursive-descent parser of the query language. Juxtaposition and AND mean "all of"; OR binds
/// tighter than AND (<c>苏州 新加坡 OR 日本</c> is 苏州 AND (新加坡 OR 日本)); NOT and '-' exclude.
/// Malformed input never fails: a stray ')' is dropped, an open '(' closes at the end, and an
/// operator with nothing to act on (leading, trailing, repeated, or beside a parenthesis that
/// leaves it without an operand) is dropped: searched as a word, <c>苏州 OR</c> would find nothing.
/// </summary>
internal sealed class QuerySyntaxParser
{
    private const int MaxDepth = 16;

    private readonly List<QueryToken> _tokens;
    private int _next;

    private QuerySyntaxParser(List<QueryToken> tokens) => _tokens = tokens;

    public static QuerySyntax? Parse(string query) => new QuerySyntaxParser(QueryLexer.Tokenize(query)).ParseAll(0, QueryField.All);

    private bool AtEnd => _next >= _tokens.Count;

    private QueryToken Peek(int ahead = 0) => _tokens[_next + ahead];

    private bool HasOperandAt(int ahead) => _next + ahead < _tokens.Count && Peek(ahead).StartsOperand;

    private QuerySyntax? ParseAll(int depth, QueryField field)
    {
        var items = new List<QuerySyntax>();
        while (!AtEnd)
        {
            var token = Peek();
            if (token.Kind == QueryTokenKind.Close)
            {
                if (depth > 0)
                {
                    break;
                }

                _next++; // a stray ')' at the top level
                continue;
            }

            if (token.Kind == QueryTokenKind.And && items.Count > 0 && HasOperandAt(1))
            {
                _next++; // explicit AND: the same as juxtaposition
                continue;
            }

            if (ParseAny(depth, field) is { } item)
            {
                items.Add(item);
            }
        }

        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => new AndSyntax(items),
        };
    }

    private QuerySyntax? ParseAny(int depth, QueryField field)
    {
        var first = ParseUnary(depth, field);
        var items = new List<QuerySyntax>();
        if (first is not null)
        {
            items.Add(first);
        }

        while (!AtEnd && Peek().Kind == QueryTokenKind.Or && items.Count > 0)
        {
            var ahead = 1;
            while (_next + ahead < _tokens.Count && Peek(ahead).Kind == QueryTokenKind.Or)
            {
                ahead++; // OR OR reads as one OR
            }

            if (!HasOperandAt(ahead))
            {
                break;
            }

            _next += ahead;
            if (ParseUnary(depth, field) is { } item)
            {
                items.Add(item);
            }
        }

        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => new OrSyntax(items),
        };
    }

    private QuerySyntax? ParseUnary(int depth, QueryField field)
    {
        var token = Peek();
        if (token.Kind == QueryTokenKind.Not && HasOperandAt(1))
        {
            _next++;
            return ParseUnary(depth, field) is { } excluded ? new NotSyntax(excluded) : null;
        }

        var primary = ParsePrimary(depth, field);
        return primary is not null && token.Negated ? new NotSyntax(primary) : primary;
    }

    private QuerySyntax? ParsePrimary(int depth, QueryField field)
    {
        var token = _tokens[_next++];
        var scoped = token.Field != QueryField.All ? token.Field : field;
        switch (token.Kind)
        {
            case QueryTokenKind.Phrase:
                return new TextSyntax(token.Text, scoped, Phrase: true, token.Prefix);
            case QueryTokenKind.Open when depth < MaxDepth:
                var inner = ParseAll(depth + 1, scoped);
                if (!AtEnd && Peek().Kind == QueryTokenKind.Close)
                {
                    _next++;
                }

                return inner;
            case QueryTokenKind.Open:
            case QueryTokenKind.Close:
                return null; // nesting beyond MaxDepth is flattened
            case QueryTokenKind.Word:
                return new TextSyntax(token.Text, scoped, Phrase: false, token.Prefix);
            default:
                return null; // an operator with nothing to act on
        }
    }
}
