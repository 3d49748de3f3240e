namespace NewsSearch.Core.Articles;

/// <summary>Reads an .html or .htm page into one article.</summary>
internal static class HtmlArticleReader
{
    public static ArticleReadResult Read(string path, string origin)
    {
        var problems = new List<ReadProblem>();
        var html = TextFileLoader.Load(path, origin, problems);
        if (html is null)
        {
            return new ArticleReadResult([], problems);
        }

        var page = HtmlArticleExtractor.Extract(html);
        var metadata = MetadataExtractor.Extract(ArticleCleaner.Clean(page.Text), page.Title);
        if (metadata.Paragraphs.Count == 0)
        {
            problems.Add(new ReadProblem(origin, "no article text found in the page", Skipped: true));
            return new ArticleReadResult([], problems);
        }

        var article = new Article
        {
            Id = page.Url is null ? ArticleId.FromPath(origin) : ArticleId.FromUrl(page.Url),
            Url = page.Url,
            Title = metadata.Title,
            Published = page.Published ?? metadata.Published,
            Source = metadata.Source,
            Author = page.Author ?? metadata.Author,
            Body = metadata.Body,
            Origin = origin,
        };
        return new ArticleReadResult([article], problems);
    }
}
