using System.Globalization;
using System.Text;

namespace NewsSearch.Core.Articles;

/// <summary>
/// What to show as an article's heading: its title when the source gave one, else a heading taken
/// from its own text (the first sentence of the body, in the article's own script), marked as
/// derived so that no client presents it as the source's title. The same article always gets the
/// same heading, whatever the query.
/// </summary>
/// <param name="Text">The title, the derived heading, or empty when the article has neither title nor text.</param>
/// <param name="Derived">True when <paramref name="Text"/> was taken from the body, not given by the source.</param>
public sealed record ArticleHeading(string Text, bool Derived)
{
    /// <summary>Most characters (text elements) of a derived heading, the ellipsis left out.</summary>
    public const int MaxLength = 40;

    /// <summary>A cut at a clause mark is kept only when it leaves at least this many characters.</summary>
    public const int MinClauseLength = 12;

    /// <summary>Appended to a heading cut short.</summary>
    public const string Ellipsis = "…";

    private const string SentenceEnds = "。！？!?";
    private const string ClauseMarks = "，,、；;：:";

    /// <summary>The heading of an article.</summary>
    public static ArticleHeading Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Of(article.Title, article.Body);
    }

    /// <summary>The title when it is not blank, else the heading derived from <paramref name="body"/>.</summary>
    public static ArticleHeading Of(string? title, string? body) =>
        string.IsNullOrWhiteSpace(title) ? FromBody(body) : new ArticleHeading(title, false);

    /// <summary>
    /// The body's first sentence, cut after its end mark (a final 。 or . dropped); when the first
    /// paragraph has none within <see cref="MaxLength"/> characters, the paragraph itself if short
    /// enough, else cut at its last clause mark or at <see cref="MaxLength"/>, with an ellipsis.
    /// </summary>
    public static ArticleHeading FromBody(string? body)
    {
        var paragraph = FirstParagraph(body ?? "");
        if (paragraph.Length == 0)
        {
            return new ArticleHeading("", false);
        }

        var elements = TextElements(paragraph);
        var limit = Math.Min(elements.Count, MaxLength);
        for (var i = 0; i < limit; i++)
        {
            if (IsSentenceEnd(elements, i))
            {
                var keep = elements[i] is "。" or "." ? i : i + 1;
                return new ArticleHeading(string.Concat(elements.Take(keep)).TrimEnd(), true);
            }
        }

        if (elements.Count <= MaxLength)
        {
            return new ArticleHeading(paragraph, true);
        }

        var cut = MaxLength;
        for (var i = MaxLength - 1; i >= MinClauseLength; i--)
        {
            if (elements[i].Length == 1 && ClauseMarks.Contains(elements[i][0], StringComparison.Ordinal))
            {
                cut = i;
                break;
            }
        }

        return new ArticleHeading(string.Concat(elements.Take(cut)).TrimEnd() + Ellipsis, true);
    }

    // A '.' ends a sentence only before a space or the end, so 3.5 and example.org do not.
    private static bool IsSentenceEnd(List<string> elements, int i) =>
        elements[i].Length == 1 && (SentenceEnds.Contains(elements[i][0], StringComparison.Ordinal)
            || (elements[i] == "." && (i + 1 == elements.Count || string.IsNullOrWhiteSpace(elements[i + 1]))));

    // The first paragraph with any run of white space made one space.
    private static string FirstParagraph(string body)
    {
        var text = body.AsSpan().Trim();
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).Trim();
        var result = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    // Text elements, so a cut never splits a surrogate pair or a base character from its marks.
    private static List<string> TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
