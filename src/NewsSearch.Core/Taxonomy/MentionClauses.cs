using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Taxonomy;

// MentionRule's words, folded once, and the test of one mention against its clause.
internal sealed class MentionClauses
{
    private readonly string[][] _cues;
    private readonly string[][] _passing;

    public MentionClauses(TextFolder folder)
    {
        var dimensions = Enum.GetValues<FacetDimension>();
        _cues = [.. dimensions.Select(d => Fold(folder, MentionRule.CueWords(d)))];
        _passing = [.. dimensions.Select(d => Fold(folder, MentionRule.PassingWords(d)))];
    }

    // The mention is folded[start..end); decisive aliases need no cue, but a passing clause still wins.
    public bool IsMeaningful(int dimension, ReadOnlySpan<char> folded, int start, int end, bool decisive)
    {
        var from = folded[..start].LastIndexOfAny(MentionRule.ClauseBoundaries) + 1;
        var length = folded[end..].IndexOfAny(MentionRule.ClauseBoundaries);
        var to = length < 0 ? folded.Length : end + length;
        var clause = folded[from..to];
        start -= from;
        end -= from;
        foreach (var word in _passing[dimension])
        {
            if (HoldsOutside(clause, word, start, end))
            {
                return false;
            }
        }

        if (decisive)
        {
            return true;
        }

        foreach (var word in _cues[dimension])
        {
            if (HoldsOutside(clause, word, start, end))
            {
                return true;
            }
        }

        return false;
    }

    // True when word occurs in clause without overlapping the mention itself (制造 in 智能制造 is no cue for it).
    private static bool HoldsOutside(ReadOnlySpan<char> clause, string word, int start, int end)
    {
        for (var at = clause.IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            if (at + word.Length <= start || at >= end)
            {
                return true;
            }

            var next = clause[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static string[] Fold(TextFolder folder, IReadOnlyList<string> words) =>
        [.. words.Select(folder.FoldToString).Distinct(StringComparer.Ordinal)];
}
