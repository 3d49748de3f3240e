namespace NewsSearch.Core.Articles;

/// <summary>The articles read from one file and every problem met on the way.</summary>
/// <param name="Articles">Cleaned articles, in file order; tags are left empty for the pipeline to fill.</param>
/// <param name="Problems">Skipped files or records and warnings, in the order they were found.</param>
public sealed record ArticleReadResult(IReadOnlyList<Article> Articles, IReadOnlyList<ReadProblem> Problems)
{
    internal static ArticleReadResult Skip(string origin, string reason) =>
        new([], [new ReadProblem(origin, reason, Skipped: true)]);
}
