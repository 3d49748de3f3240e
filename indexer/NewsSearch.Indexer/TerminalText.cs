using System.Net;

namespace NewsSearch.Indexer;

/// <summary>Turns the API's HTML snippets into terminal text: ANSI emphasis on a terminal, 【】 when redirected.</summary>
internal sealed class TerminalText(bool ansi)
{
    public string Bold(string text) => ansi ? $"\u001b[1m{text}\u001b[0m" : text;

    public string Snippet(string html)
    {
        var (open, close) = ansi ? ("\u001b[1;33m", "\u001b[0m") : ("【", "】");
        return WebUtility.HtmlDecode(html.Replace("<mark>", open, StringComparison.Ordinal).Replace("</mark>", close, StringComparison.Ordinal));
    }
}
