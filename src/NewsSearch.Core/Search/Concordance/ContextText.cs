using System.Text;

namespace NewsSearch.Core.Search.Concordance;

/// <summary>
/// The characters on either side of a match, counted in characters as a reader counts them (a
/// character outside the Basic Multilingual Plane, such as a rare Han character, is one, never cut
/// in half); line breaks and tabs become spaces so that a line of a concordance stays one line.
/// </summary>
internal static class ContextText
{
    public static string Before(string text, int at, int width)
    {
        var start = at;
        for (var n = 0; n < width && start > 0; n++)
        {
            start -= start >= 2 && char.IsSurrogatePair(text[start - 2], text[start - 1]) ? 2 : 1;
        }

        return Plain(text[start..at]);
    }

    public static string After(string text, int at, int width)
    {
        var end = at;
        for (var n = 0; n < width && end < text.Length; n++)
        {
            end += end + 1 < text.Length && char.IsSurrogatePair(text[end], text[end + 1]) ? 2 : 1;
        }

        return Plain(text[at..end]);
    }

    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n', '\t') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        builder.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
        return builder.ToString();
    }
}
