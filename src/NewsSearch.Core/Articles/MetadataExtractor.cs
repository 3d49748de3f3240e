using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Finds title, publication date, source and author in paragraphs produced by <see cref="ArticleCleaner"/>,
/// and removes the lines it used from the body. Nothing is invented: what is not found stays empty or null.
/// </summary>
public static partial class MetadataExtractor
{
    /// <summary>Lines longer than this are body text, not headings.</summary>
    public const int MaxHeadingLength = 40;

    /// <summary>Heading lines shorter than this are page banners such as 苏州, not headlines.</summary>
    public const int MinTitleLength = 4;

    /// <summary>Extracts metadata from cleaned paragraphs.</summary>
    /// <param name="paragraphs">Output of <see cref="ArticleCleaner.Clean"/>.</param>
    /// <param name="knownTitle">A title known from elsewhere (an HTML page's og:title); a heading equal to it is removed from the body.</param>
    public static ArticleMetadata Extract(IReadOnlyList<string> paragraphs, string? knownTitle = null)
    {
        var header = ArticleHeader.Read(paragraphs);
        var title = knownTitle ?? header.Headings.Where(h => h.Length >= MinTitleLength).MaxBy(h => h.Length) ?? "";
        var authors = new List<string>(header.Authors);
        var metadataLines = new List<string>(header.MetadataLines);

        var body = new List<string>();
        // Kickers and section banners stay above the text; the headline and page banners do not.
        body.AddRange(header.Lines
            .Where(l => !l.IsHeading || (l.Line != title && l.Line.Length >= MinTitleLength))
            .Select(l => l.Line));
        foreach (var line in paragraphs.Skip(header.Length))
        {
            if (Bylines.TryParseLine(line, out var names))
            {
                authors.AddRange(names);
            }
            else if (line.Length < FurnitureRules.MaxFurnitureLength && SourceLine().IsMatch(line))
            {
                metadataLines.Add(line);
            }
            else
            {
                body.Add(line);
            }
        }

        if (body.Count > 0)
        {
            body[^1] = Bylines.StripTrailingSignature(body[^1], out var signed);
            authors.AddRange(signed);
            if (body[^1].Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }
        }

        var published = FindPublished(header, metadataLines, body);
        var source = metadataLines.Select(line => SourceLine().Match(line)).FirstOrDefault(m => m.Success)?.Groups["source"].Value.Trim() ?? "";
        return new ArticleMetadata(title, published, source, string.Join("、", authors.Distinct()), body);
    }

    private static DateOnly? FindPublished(ArticleHeader header, List<string> metadataLines, List<string> body)
    {
        foreach (var line in metadataLines)
        {
            if (DateText.TryFind(line, out var stated))
            {
                return stated;
            }
        }

        // Only the opening paragraph: dates deeper in an article are events, not its publication.
        if (header.FirstBodyParagraph is { } first && DateText.TryFindChinese(first, out var opening))
        {
            return opening;
        }

        var years = body.SelectMany(DateText.YearsMentioned).ToList();
        foreach (var line in metadataLines)
        {
            if (DateText.TryInferFromWeekday(line, years, out var inferred))
            {
                return inferred;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[•·\s]*(?:来源|來源)\s*[:：]\s*(?<source>.+?)\s*(?:[|｜]|\s(?:发布时间|發布時間|发布日期|時間|时间|日期)|\z)")]
    internal static partial Regex SourceLine();
}
