using System.Text;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Search;

/// <summary>
/// Picks the passage of an article that holds the most query words and marks them. Matching runs
/// on the folded text, marks land on the original characters: a Traditional article is quoted and
/// highlighted in Traditional for a Simplified query.
/// </summary>
public sealed class SnippetBuilder
{
    /// <summary>Passage length in characters.</summary>
    public const int PassageLength = 120;

    private const int LeadIn = 24;

    private readonly TextFolder _folder;

    /// <summary>Creates a builder that folds with <paramref name="folder"/> (the analyzer's).</summary>
    public SnippetBuilder(TextFolder folder) => _folder = folder;

    /// <summary>The best passage of <paramref name="text"/>, HTML-escaped, with &lt;mark&gt; around <paramref name="highlights"/>.</summary>
    public string Build(string text, IReadOnlyList<string> highlights) => Highlight(text, highlights, PassageLength, keepLines: false);

    /// <summary>The whole of <paramref name="text"/> HTML-escaped with every highlight marked and its line breaks kept (article pages).</summary>
    public string HighlightAll(string text, IReadOnlyList<string> highlights) => Highlight(text, highlights, int.MaxValue, keepLines: true);

    private string Highlight(string text, IReadOnlyList<string> highlights, int length, bool keepLines)
    {
        var folded = _folder.Fold(text);
        var marks = FindMarks(folded.Text, highlights);
        var (start, end) = ChooseWindow(folded.Text, marks, length);
        var builder = new StringBuilder(end - start + 32);
        if (start > 0)
        {
            builder.Append('…');
        }

        var cursor = start;
        foreach (var (markStart, markEnd) in marks)
        {
            if (markEnd <= start || markStart >= end)
            {
                continue;
            }

            var s = Math.Max(markStart, start);
            var e = Math.Min(markEnd, end);
            AppendOriginal(builder, folded, cursor, s, keepLines);
            builder.Append("<mark>");
            AppendOriginal(builder, folded, s, e, keepLines);
            builder.Append("</mark>");
            cursor = e;
        }

        AppendOriginal(builder, folded, cursor, end, keepLines);
        if (end < folded.Text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static void AppendOriginal(StringBuilder builder, FoldedText folded, int start, int end, bool keepLines)
    {
        if (end > start)
        {
            var from = folded.ToOriginal(start);
            var to = folded.ToOriginal(end);
            Html.Escape(builder, folded.Original.AsSpan(from, to - from), keepLines);
        }
    }

    // Occurrences of the highlight strings, merged where they overlap or touch, in text order.
    private static List<(int Start, int End)> FindMarks(string text, IReadOnlyList<string> highlights) => FindMarks(text, highlights, mergeTouching: true);

    /// <summary>
    /// Occurrences of <paramref name="highlights"/> (folded) in the folded <paramref name="text"/>, in text order,
    /// Latin words and numbers only whole; overlapping occurrences are merged into one (a phrase and a word
    /// inside it, or two words across a segmentation boundary), and touching ones too when <paramref name="mergeTouching"/>.
    /// </summary>
    internal static List<(int Start, int End)> FindMarks(string text, IReadOnlyList<string> highlights, bool mergeTouching)
    {
        var found = new List<(int Start, int End)>();
        foreach (var highlight in highlights)
        {
            if (highlight.Length == 0)
            {
                continue;
            }

            for (var at = text.IndexOf(highlight, StringComparison.Ordinal); at >= 0; at = text.IndexOf(highlight, at + 1, StringComparison.Ordinal))
            {
                if (IsWholeWord(text, at, highlight.Length))
                {
                    found.Add((at, at + highlight.Length));
                }
            }
        }

        found.Sort();
        var merged = new List<(int Start, int End)>(found.Count);
        foreach (var mark in found)
        {
            if (merged.Count > 0 && (mark.Start < merged[^1].End || (mergeTouching && mark.Start == merged[^1].End)))
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, mark.End));
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }

    // Latin words and numbers only match whole ("ai" is not in "said"); CJK has no such boundary.
    private static bool IsWholeWord(string text, int at, int length)
    {
        var end = at + length;
        var startsLatin = CharClass.IsWordChar(text[at]);
        var endsLatin = CharClass.IsWordChar(text[end - 1]);
        return !(startsLatin && at > 0 && CharClass.IsWordChar(text[at - 1]))
            && !(endsLatin && end < text.Length && CharClass.IsWordChar(text[end]));
    }

    private static (int Start, int End) ChooseWindow(string text, List<(int Start, int End)> marks, int length)
    {
        if (text.Length <= length)
        {
            return (0, text.Length);
        }

        if (marks.Count == 0)
        {
            return (0, length);
        }

        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < marks.Count; i++)
        {
            var windowEnd = marks[i].Start + length - LeadIn;
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var j = i; j < marks.Count && marks[j].End <= windowEnd; j++)
            {
                distinct.Add(text[marks[j].Start..marks[j].End]);
                count++;
            }

            var score = (distinct.Count * 1000) + count;
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        var start = Math.Max(0, marks[best].Start - LeadIn);
        var sentence = text.LastIndexOfAny(['。', '！', '？', '\n', '；'], marks[best].Start - 1 < 0 ? 0 : marks[best].Start - 1);
        if (sentence >= start)
        {
            start = sentence + 1;
        }

        var end = Math.Min(text.Length, start + length);
        return (start, end);
    }
}
