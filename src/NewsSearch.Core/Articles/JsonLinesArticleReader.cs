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
        var articles = new List<Article>();
        var problems = new List<ReadProblem>();
        var sawRecord = false;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            foreach (var line in JsonLineSplitter.Split(stream, ArticleReadLimits.MaxJsonLineBytes))
            {
                var lineOrigin = $"{origin}:line {line.Number}";
                if (line.Bytes is null)
                {
                    sawRecord = true;
                    problems.Add(new ReadProblem(lineOrigin, $"line too long (over {ArticleReadLimits.MaxJsonLineBytes / ArticleReadLimits.BytesPerMegabyte} MB)", Skipped: true));
                    continue;
                }

                var text = Encoding.UTF8.GetString(line.Bytes);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                sawRecord = true;
                if (ReadRecord(text, origin, line.Number, problems) is { } article)
                {
                    articles.Add(article);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ReadProblem(origin, "cannot read: " + ex.Message, Skipped: articles.Count == 0));
        }

        if (!sawRecord && problems.Count == 0)
        {
            problems.Add(new ReadProblem(origin, "empty file", Skipped: true));
        }

        return new ArticleReadResult(articles, problems);
    }

    private static Article? ReadRecord(string text, string origin, int lineNumber, List<ReadProblem> problems)
    {
        var lineOrigin = $"{origin}:line {lineNumber}";
        JsonLinesRecord record;
        try
        {
            record = JsonLinesRecord.Parse(text);
        }
        catch (JsonException ex)
        {
            problems.Add(new ReadProblem(lineOrigin, "invalid JSON: " + ex.Message, Skipped: true));
            return null;
        }

        if (string.IsNullOrWhiteSpace(record.Body))
        {
            problems.Add(new ReadProblem(lineOrigin, "no body", Skipped: true));
            return null;
        }

        var body = ArticleCleaner.Clean(record.Body);
        if (body.Count == 0)
        {
            problems.Add(new ReadProblem(lineOrigin, "no article text after cleaning", Skipped: true));
            return null;
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(record.Published))
        {
            if (DateText.TryParse(record.Published, out var date))
            {
                published = date;
            }
            else
            {
                problems.Add(new ReadProblem(lineOrigin, $"unparseable published date '{record.Published}'", Skipped: false));
            }
        }

        return new Article
        {
            Id = ArticleId.ForJsonLine(record.Id, record.Url, origin, lineNumber),
            Url = string.IsNullOrWhiteSpace(record.Url) ? null : record.Url.Trim(),
            Title = ArticleCleaner.NormalizeParagraph(record.Title ?? ""),
            Published = published,
            Source = record.Source?.Trim() ?? "",
            Author = record.Author?.Trim() ?? "",
            Body = ArticleCleaner.JoinParagraphs(body),
            Origin = $"{origin}:{lineNumber}",
        };
    }
}
