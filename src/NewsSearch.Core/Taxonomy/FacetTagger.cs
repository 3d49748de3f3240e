using System.Buffers;
using NewsSearch.Core.Analysis;

namespace NewsSearch.Core.Taxonomy;

/// <summary>
/// Tags an article with the zones, partner countries and sectors it mentions. Text and aliases are
/// folded the same way, so Traditional text matches Simplified aliases and the other way round.
/// Per dimension, matching is leftmost-longest over all aliases (苏州工业园区 counts once for SIP,
/// not again as 园区); <see cref="FacetAlias.Except"/> strings suppress a match; contextual aliases
/// count only where the value (or a child of it) is also named unambiguously; a parent is tagged
/// whenever a child is, with its children's mentions added to its own. A value is a tag when the
/// article is about it: named in the title, mentioned at least <see cref="MinimumMentions"/> times,
/// or mentioned once meaningfully as <see cref="MentionRule"/> says (a 德资 firm, a 美国 company that
/// invests, the zone where the news takes place); a passing mention (a dateline, a comparison, an
/// address abroad) is not a tag. Thread-safe.
/// </summary>
public sealed partial class FacetTagger
{
    /// <summary>Mentions that make a value a tag when the title does not name it.</summary>
    public const int MinimumMentions = 2;

    private readonly int _minimumMentions;

    private static readonly int DimensionCount = Enum.GetValues<FacetDimension>().Length;

    private readonly TextFolder _folder;
    private readonly MentionClauses _clauses;
    private readonly FacetValue[] _values;
    private readonly int[] _parents;
    private readonly int[][] _childrenFirst;
    private readonly AliasEntry[]?[] _byFirstChar = new AliasEntry[]?[char.MaxValue + 1];
    private readonly ulong[] _startsAlias = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>Compiles the aliases of <paramref name="vocabulary"/>, folded with <paramref name="folder"/>.</summary>
    /// <exception cref="FacetVocabularyException">Two values of one dimension share an alias once folded,
    /// or an except string no longer contains its alias once folded.</exception>
    /// <param name="vocabulary">The values and aliases.</param>
    /// <param name="folder">The analyzer's folder.</param>
    /// <param name="minimumMentions">Mentions needed outside the title (1 tags every mention).</param>
    public FacetTagger(FacetVocabulary vocabulary, TextFolder folder, int minimumMentions = MinimumMentions)
    {
        _folder = folder;
        _clauses = new MentionClauses(folder);
        _minimumMentions = Math.Max(1, minimumMentions);
        _values = [.. Enum.GetValues<FacetDimension>().SelectMany(vocabulary.Values)];
        _parents = [.. _values.Select(v => v.ParentId is null ? -1 : Array.FindIndex(_values, p => p.Dimension == v.Dimension && p.Id == v.ParentId))];
        _childrenFirst = BuildChildrenFirstOrder();
        BuildTable();
    }

    /// <summary>Tags one article. The title and body are matched as one text.</summary>
    public ArticleTags Tag(string title, string body)
    {
        var buffer = ArrayPool<char>.Shared.Rent(BufferLength(title, body));
        try
        {
            var length = FoldArticle(title, body, buffer);
            ReadOnlySpan<char> folded = length >= 0
                ? buffer.AsSpan(0, length)
                : _folder.FoldToString(title.Length == 0 ? body : string.Concat(title, "\n", body));
            Span<int> own = stackalloc int[_values.Length];
            Span<int> contextual = stackalloc int[_values.Length];
            Span<bool> inTitle = stackalloc bool[_values.Length];
            Span<bool> meaningful = stackalloc bool[_values.Length];
            own.Clear();
            contextual.Clear();
            inTitle.Clear();
            meaningful.Clear();
            var titleEnd = title.Length == 0 ? 0 : Math.Max(0, folded.IndexOf('\n'));
            Scan(folded, titleEnd, own, contextual, new Marks(inTitle, meaningful));
            return new ArticleTags(
                Collect(FacetDimension.Zone, own, contextual, inTitle, meaningful),
                Collect(FacetDimension.Country, own, contextual, inTitle, meaningful),
                Collect(FacetDimension.Sector, own, contextual, inTitle, meaningful));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Scan(ReadOnlySpan<char> folded, int titleEnd, Span<int> own, Span<int> contextual, Marks marks)
    {
        Span<int> next = stackalloc int[DimensionCount];
        Span<int> last = stackalloc int[DimensionCount];
        next.Clear();
        last.Clear();
        for (var i = 0; i < folded.Length; i++)
        {
            // Most characters start no alias; the 8 KB bitset answers that from L1 cache.
            var c = folded[i];
            if ((_startsAlias[c >> 6] & (1UL << c)) == 0 || _byFirstChar[c] is not { } bucket)
            {
                continue;
            }

            // The bucket is longest-first, so the first entry that matches in a free dimension is
            // that dimension's leftmost-longest match at i.
            var matched = 0;
            foreach (var entry in bucket)
            {
                var bit = 1 << entry.Dimension;
                if ((matched & bit) != 0 || next[entry.Dimension] > i || !entry.MatchesAt(folded, i))
                {
                    continue;
                }

                matched |= bit;
                last[entry.Dimension] = i;
                next[entry.Dimension] = i + entry.Text.Length;
                (entry.Contextual ? contextual : own)[entry.ValueIndex]++;
                marks.InTitle[entry.ValueIndex] |= i < titleEnd;

                // Only a value's first mention is tested against its clause: with a second one it is a tag anyway.
                var v = entry.ValueIndex;
                if (i < MentionRule.LedeLength && !entry.Contextual && own[v] == 1 && contextual[v] == 0 && !InsideLongerName(entry, i, last, next))
                {
                    marks.Meaningful[v] = _clauses.IsMeaningful(entry.Dimension, folded, i, i + entry.Text.Length, entry.Decisive);
                }
            }
        }
    }

    // A mention inside a longer name of another dimension (中新 in 中新苏州工业园区, 智能制造 in
    // 中日智能制造协同创新区) is part of that name: it still counts, but is never meaningful alone.
    private static bool InsideLongerName(AliasEntry entry, int start, ReadOnlySpan<int> last, ReadOnlySpan<int> next)
    {
        var end = start + entry.Text.Length;
        for (var d = 0; d < next.Length; d++)
        {
            if (d != entry.Dimension && last[d] <= start && next[d] >= end && next[d] - last[d] > end - start)
            {
                return true;
            }
        }

        return false;
    }

    private List<Tag> Collect(FacetDimension dimension, ReadOnlySpan<int> own, ReadOnlySpan<int> contextual, Span<bool> inTitle, Span<bool> meaningful)
    {
        Span<int> total = stackalloc int[_values.Length];
        Span<bool> present = stackalloc bool[_values.Length];
        total.Clear();
        present.Clear();
        var tags = new List<Tag>();
        foreach (var v in _childrenFirst[(int)dimension])
        {
            // Children come first, so by now present[v] and total[v] already hold what they rolled up.
            present[v] |= own[v] > 0;
            if (!present[v])
            {
                continue;
            }

            total[v] += own[v] + contextual[v];
            if (total[v] >= _minimumMentions || inTitle[v] || meaningful[v])
            {
                tags.Add(new Tag(_values[v].Id, total[v]));
            }

            if (_parents[v] >= 0)
            {
                present[_parents[v]] = true;
                total[_parents[v]] += total[v];
                inTitle[_parents[v]] |= inTitle[v];
                meaningful[_parents[v]] |= meaningful[v];
            }
        }

        tags.Sort(static (a, b) => a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions) : string.CompareOrdinal(a.Id, b.Id));
        return tags;
    }

    // Per value: named in the title; mentioned once meaningfully (MentionRule).
    private readonly ref struct Marks(Span<bool> inTitle, Span<bool> meaningful)
    {
        public Span<bool> InTitle { get; } = inTitle;

        public Span<bool> Meaningful { get; } = meaningful;
    }
}
