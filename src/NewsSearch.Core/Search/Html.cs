using System.Text;

namespace NewsSearch.Core.Search;

/// <summary>Minimal HTML escaping: only the five characters that matter, so Chinese text stays readable.</summary>
internal static class Html
{
    /// <summary>Escapes <paramref name="text"/>; line breaks become spaces unless <paramref name="keepLines"/>.</summary>
    public static void Escape(StringBuilder builder, ReadOnlySpan<char> text, bool keepLines = false)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n' when keepLines: builder.Append('\n'); break;
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r' or '\n' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
    }
}
