namespace NewsSearch.Core.Index.Postgres;

/// <summary>
/// One article's rows of <c>gram_posting</c>: every gram of its body with the positions it holds.
/// A run is matched by merging its grams' rows article by article, the way an inverted index merges
/// position lists, so no vector is opened.
/// </summary>
internal sealed record GramPostings(IReadOnlyList<GramPosting> Grams)
{
    public static GramPostings From(TsVector body) =>
        new([.. body.Terms.Select(t => new GramPosting(t.Term, [.. t.Positions.Select(p => (short)p)]))]);
}

/// <summary>A gram and its positions in one article's body (at most 16,383, as in a vector).</summary>
internal sealed record GramPosting(string Gram, short[] Positions);
