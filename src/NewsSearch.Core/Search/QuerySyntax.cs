namespace NewsSearch.Core.Search;

/// <summary>The query as written, before analysis.</summary>
internal abstract record QuerySyntax;

internal sealed record TextSyntax(string Text, QueryField Field, bool Phrase, bool Prefix) : QuerySyntax;

internal sealed record AndSyntax(IReadOnlyList<QuerySyntax> Items) : QuerySyntax;

internal sealed record OrSyntax(IReadOnlyList<QuerySyntax> Items) : QuerySyntax;

internal sealed record NotSyntax(QuerySyntax Item) : QuerySyntax;
