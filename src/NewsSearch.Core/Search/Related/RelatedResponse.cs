namespace NewsSearch.Core.Search.Related;

/// <summary>The articles most similar to one article, most similar first.</summary>
/// <param name="Id">The article the others are related to.</param>
/// <param name="Related">Similar articles, never the article itself.</param>
public sealed record RelatedResponse(string Id, IReadOnlyList<RelatedArticle> Related);
