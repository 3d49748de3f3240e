using System.Text;
using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Streams a .jsonl feed, one article per line. The record's fields are authoritative for metadata;
/// only the body is cleaned. A bad line is reported with its number and the rest are still read.
/// </summary>
internal static class JsonLinesArticleReader
{
    public static ArticleReadResult Read(string path, string origin)
    {
        var items = Stream(path, origin).ToList();
        return new ArticleReadResult(
            items.Where(i => i.Article is not null).Select(i => i.Article!).ToList(),
            items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList());
    }

    /// <summary>Reads lazily, one line at a time, so memory stays flat whatever the file's size.</summary>
    public static IEnumerable<ArticleReadItem> Stream(string path, string origin)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new ArticleReadItem(null, new ReadProblem(origin, "cannot read: " + ex.Message, Skipped: true))];
        }

        return StreamLines(stream, path, origin);
    }

    private static IEnumerable<ArticleReadItem> StreamLines(FileStream stream, string path, string origin)
    {
        using var owned = stream;
        var sawRecord = false;
        var articles = 0;
        using var lines = JsonLineSplitter.Split(stream, ArticleReadLimits.MaxJsonLineBytes).GetEnumerator();
        while (true)
        {
            ReadProblem? failure = null;
            try
            {
                if (!lines.MoveNext())
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failure = new ReadProblem(origin, "cannot read: " + ex.Message, Skipped: articles == 0);
            }

            if (failure is not null)
            {
                yield return new ArticleReadItem(null, failure);
                yield break;
            }

            var line = lines.Current;
            var lineOrigin = $"{origin}:line {line.Number}";
            if (line.Bytes is null)
            {
                sawRecord = true;
                yield return new ArticleReadItem(null, new ReadProblem(lineOrigin,
                    $"line too long (over {ArticleReadLimits.MaxJsonLineBytes / ArticleReadLimits.BytesPerMegabyte} MB)", Skipped: true));
                continue;
            }

            var text = Encoding.UTF8.GetString(line.Bytes);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            sawRecord = true;
            var problems = new List<ReadProblem>();
            var article = ReadRecord(text, origin, line.Number, problems);
            foreach (var problem in problems)
            {
                yield return new ArticleReadItem(null, problem);
            }

            if (article is not null)
            {
                articles++;
                yield return new ArticleReadItem(article, null);
            }
        }

        if (!sawRecord)
        {
            yield return new ArticleReadItem(null, new ReadProblem(origin, "empty file", Skipped: true));
        }
    }

    private static Article? ReadRecord(string text, string origin, int lineNumber, List<ReadProblem> problems)
    {
        ArticleRecord record;
        try
        {
            record = ArticleRecord.Parse(text);
        }
        catch (JsonException ex)
        {
            problems.Add(new ReadProblem($"{origin}:line {lineNumber}", "invalid JSON: " + ex.Message, Skipped: true));
            return null;
        }

        return record.ToArticle(origin, lineNumber, problems);
    }
}
