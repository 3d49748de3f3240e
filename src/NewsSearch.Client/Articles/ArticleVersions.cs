namespace NewsSearch.Client.Articles;

/// <summary>The articles the service found to be the same story (a reprint group), oldest first.</summary>
/// <param name="Group">The group's id.</param>
/// <param name="Versions">Every member, the asked-for article included.</param>
public sealed record ArticleVersions(string Group, IReadOnlyList<ArticleVersion> Versions);
