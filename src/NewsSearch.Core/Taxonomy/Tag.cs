namespace NewsSearch.Core.Taxonomy;

/// <summary>One facet value assigned to an article.</summary>
/// <param name="Id">The taxonomy id of the value (e.g. <c>sip</c>, <c>japan</c>, <c>biomedicine</c>).</param>
/// <param name="Mentions">How many times the article mentions it.</param>
public sealed record Tag(string Id, int Mentions);
