namespace NewsSearch.Client.Articles;

/// <summary>A zone, partner country or sector an article mentions.</summary>
/// <param name="Value">Taxonomy id, as used in search filters.</param>
/// <param name="Label">Chinese label.</param>
/// <param name="LabelEn">English label.</param>
/// <param name="Mentions">Times the article mentions it.</param>
public sealed record ArticleTag(string Value, string Label, string LabelEn, int Mentions);
