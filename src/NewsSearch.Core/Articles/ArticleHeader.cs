namespace NewsSearch.Core.Articles;

/// <summary>
/// The lines above the first body paragraph: headings (headline, kicker, banner), metadata lines
/// (来源, 发布时间, a date line) and bylines.
/// </summary>
internal sealed class ArticleHeader
{
    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';'];
    private static readonly string[] MetadataPrefixes = ["来源", "來源", "发布时间", "發布時間", "发布日期", "發布日期", "时间", "時間", "日期"];
    private static readonly string[] Bullets = ["•", "·", "●", "▪", "■", "◆", "►", "▶"];

    /// <summary>Header lines that may stay in the body, in order, flagged when they are headings.</summary>
    public List<(string Line, bool IsHeading)> Lines { get; } = [];

    public List<string> MetadataLines { get; } = [];

    public List<string> Authors { get; } = [];

    /// <summary>How many paragraphs the header spans.</summary>
    public int Length { get; private set; }

    /// <summary>The paragraph that ended the header, if any.</summary>
    public string? FirstBodyParagraph { get; private set; }

    public IEnumerable<string> Headings => Lines.Where(l => l.IsHeading).Select(l => l.Line);

    public static ArticleHeader Read(IReadOnlyList<string> paragraphs)
    {
        var header = new ArticleHeader();
        foreach (var line in paragraphs)
        {
            if (IsMetadata(line))
            {
                header.MetadataLines.Add(line);
            }
            else if (Bylines.TryParseLine(line, out var names))
            {
                header.Authors.AddRange(names);
            }
            else if (IsBullet(line))
            {
                header.Lines.Add((line, false));
            }
            else if (line.Length <= MetadataExtractor.MaxHeadingLength && !SentenceEnds.Contains(line[^1]))
            {
                header.Lines.Add((line, true));
            }
            else
            {
                header.FirstBodyParagraph = line;
                break;
            }

            header.Length++;
        }

        return header;
    }

    private static bool IsMetadata(string line)
    {
        if (line.Length >= FurnitureRules.MaxFurnitureLength)
        {
            return false;
        }

        var stripped = line.TrimStart([.. string.Concat(Bullets), ' ']);
        return MetadataPrefixes.Any(prefix => IsLabelled(stripped, prefix)) || DateText.IsDateLine(stripped);
    }

    private static bool IsLabelled(string line, string label)
    {
        if (!line.StartsWith(label, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = line.AsSpan(label.Length).TrimStart();
        return rest.Length > 0 && rest[0] is ':' or '：';
    }

    private static bool IsBullet(string line) => Bullets.Any(b => line.StartsWith(b, StringComparison.Ordinal));
}
