using System.Text;

namespace NewsSearch.Core.Search;

/// <summary>Minimal HTML escaping: only the five characters that matter, so Chinese text stays readable.</summary>
internal static class Html
{
    public static void Escape(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
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
