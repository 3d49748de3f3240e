using System.Text.RegularExpressions;

namespace NewsSearch.Core.Articles;

/// <summary>
/// Turns scraped page text into article paragraphs: strips pinyin annotations, normalises whitespace,
/// cuts the related-links tail and drops page furniture. Metadata is left for <see cref="MetadataExtractor"/>.
/// </summary>
public static partial class ArticleCleaner
{
    /// <summary>Cleans raw text into trimmed, non-empty paragraphs, one per input line.</summary>
    /// <param name="text">Decoded page text with any line endings.</param>
    public static IReadOnlyList<string> Clean(string text)
    {
        var lines = text.ReplaceLineEndings("\n")
            .Split('\n')
            .Select(NormalizeParagraph)
            .Where(line => line.Length > 0)
            .ToList();
        return CutTail(lines).Where(line => !FurnitureRules.IsFurniture(line)).ToList();
    }

    /// <summary>
    /// Removes pinyin that some sites print after characters, e.g. 服務(wù)貿(mào) becomes 服務貿:
    /// a parenthesised run of 1-7 lower-case letters with a tone mark or ü. Real brackets such as (SIRI) stay.
    /// </summary>
    /// <remarks>
    /// Also removes what a broken scrape leaves of one: the opening bracket lost or garbled to <c>?</c>
    /// (金獎?wù)J證), recognised by tone-marked letters and a closing bracket right after a Han character.
    /// </remarks>
    public static string RemovePinyinAnnotations(string text) =>
        PinyinRemnant().Replace(PinyinAnnotation().Replace(text, ""), "");

    /// <summary>Removes pinyin, collapses runs of spaces, tabs and ideographic spaces, and trims.</summary>
    public static string NormalizeParagraph(string line) =>
        HorizontalSpace().Replace(RemovePinyinAnnotations(line), " ").Trim();

    /// <summary>Joins paragraphs the way <see cref="Article.Body"/> stores them.</summary>
    public static string JoinParagraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    private static List<string> CutTail(List<string> lines)
    {
        var total = lines.Sum(line => line.Length);
        var kept = new List<string>(lines.Count);
        var offset = 0;
        foreach (var line in lines)
        {
            if (FurnitureRules.IsTailMarker(line))
            {
                // In the second half a marker starts the related-links area; in the first half it is
                // more likely a stray link above the article, so only that line goes.
                if (offset * 2 >= total)
                {
                    break;
                }
            }
            else
            {
                kept.Add(line);
            }

            offset += line.Length;
        }

        return kept;
    }

    [GeneratedRegex("[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")]
    private static partial Regex PinyinAnnotation();

    [GeneratedRegex("(?<=\\p{IsCJKUnifiedIdeographs})[?？\uFFFD]?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")]
    private static partial Regex PinyinRemnant();

    [GeneratedRegex("[ \t\u3000\u00A0]+")]
    private static partial Regex HorizontalSpace();
}
