namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// One article's rows of <c>gram_posting</c>: every gram of its title and body with the positions it
/// holds, the title's offset by <see cref="TitleOffset"/>. A run is matched by merging its grams' rows
/// article by article, the way an inverted index merges position lists, so no vector is opened.
/// </summary>
internal sealed record GramPostings(IReadOnlyList<GramPosting> Grams)
{
    /// <summary>
    /// Added to a title position: past every body position (at most 16,383, as in a vector), so a run
    /// never spans the two, and a gram is in the title when its last position is past it.
    /// </summary>
    public const int TitleOffset = 16384;

    public static GramPostings From(TsVector title, TsVector body)
    {
        var positions = new Dictionary<string, List<short>>(StringComparer.Ordinal);
        foreach (var term in body.Terms)
        {
            positions[term.Term] = [.. term.Positions.Select(p => (short)p)];
        }

        foreach (var term in title.Terms)
        {
            if (!positions.TryGetValue(term.Term, out var list))
            {
                positions[term.Term] = list = [];
            }

            list.AddRange(term.Positions.Select(p => (short)(p + TitleOffset)));
        }

        return new GramPostings([.. positions.Select(p => new GramPosting(p.Key, [.. p.Value]))]);
    }
}

/// <summary>A gram and its positions in one article: the body's, then the title's (offset).</summary>
internal sealed record GramPosting(string Gram, short[] Positions);
