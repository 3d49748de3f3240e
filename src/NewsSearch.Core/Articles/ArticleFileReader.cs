namespace NewsSearch.Core.Articles;

/// <summary>
/// Entry point for turning corpus files into cleaned articles. Dispatches on the extension
/// (.txt, .html/.htm, .jsonl) and reports every problem in the result instead of throwing.
/// </summary>
public sealed class ArticleFileReader
{
    /// <summary>Reads the articles in one file.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="corpusRoot">The corpus folder; origins and path-based ids are relative to it.</param>
    /// <returns>The articles read and the problems met; a file that cannot be used yields a skip problem.</returns>
    public ArticleReadResult Read(string path, string corpusRoot)
    {
        var origin = RelativeOrigin(path, corpusRoot);
        try
        {
            if (Directory.Exists(path))
            {
                return ArticleReadResult.Skip(origin, "cannot read: is a directory");
            }

            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".txt" => PlainTextArticleReader.Read(path, origin),
                ".html" or ".htm" => HtmlArticleReader.Read(path, origin),
                ".jsonl" => JsonLinesArticleReader.Read(path, origin),
                var other => ArticleReadResult.Skip(origin, $"unsupported file type '{other}'"),
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // ArgumentException and NotSupportedException are what the file APIs throw for malformed paths.
            return ArticleReadResult.Skip(origin, "cannot read: " + ex.Message);
        }
    }

    /// <summary>
    /// Reads the articles in one file lazily: JSON Lines feeds are streamed line by line, so a
    /// feed of a million articles never sits in memory. Other formats are read whole (they are
    /// capped at 8 MB).
    /// </summary>
    public IEnumerable<ArticleReadItem> ReadItems(string path, string corpusRoot)
    {
        if (string.Equals(Path.GetExtension(path), ".jsonl", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            return JsonLinesArticleReader.Stream(path, RelativeOrigin(path, corpusRoot));
        }

        var result = Read(path, corpusRoot);
        return result.Problems.Select(p => new ArticleReadItem(null, p)).Concat(result.Articles.Select(a => new ArticleReadItem(a, null)));
    }

    private static string RelativeOrigin(string path, string corpusRoot)
    {
        try
        {
            return Path.GetRelativePath(Path.GetFullPath(corpusRoot), Path.GetFullPath(path)).Replace('\\', '/');
        }
        catch (ArgumentException)
        {
            return path.Replace('\\', '/');
        }
    }
}
