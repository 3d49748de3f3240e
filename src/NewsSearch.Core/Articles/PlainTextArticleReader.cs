namespace NewsSearch.Core.Articles;

/// <summary>Reads a .txt file of scraped page text, such as the seed corpus, into one article.</summary>
internal static class PlainTextArticleReader
{
    public static ArticleReadResult Read(string path, string origin)
    {
        var problems = new List<ReadProblem>();
        var text = TextFileLoader.Load(path, origin, problems);
        if (text is null)
        {
            return new ArticleReadResult([], problems);
        }

        var metadata = MetadataExtractor.Extract(ArticleCleaner.Clean(text));
        if (metadata.Paragraphs.Count == 0)
        {
            problems.Add(new ReadProblem(origin, "no article text after cleaning", Skipped: true));
            return new ArticleReadResult([], problems);
        }

        var article = new Article
        {
            Id = ArticleId.FromPath(origin),
            Title = metadata.Title,
            Published = metadata.Published,
            Source = metadata.Source,
            Author = metadata.Author,
            Body = metadata.Body,
            Origin = origin,
        };
        return new ArticleReadResult([article], problems);
    }
}
