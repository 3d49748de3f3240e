namespace NewsSearch.Core.Search;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Open,
    Close,
    And,
    Or,
    Not,
}

/// <summary>A lexical token of the query language, with the modifiers written in front of or after it.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, QueryField Field = QueryField.All, bool Negated = false, bool Prefix = false)
{
    public bool StartsOperand => Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open or QueryTokenKind.Not;
}
