namespace NewsSearch.Core.Search;

public sealed partial class ResultSet
{
    /// <summary>
    /// How many occurrences of <paramref name="highlights"/> each hit's body holds, in the set's order,
    /// counted by the engine from its index; null when it cannot count them exactly (read the text then).
    /// </summary>
    internal int[]? BodyOccurrences(IReadOnlyList<string> highlights)
    {
        if (_index.BodyOccurrences(highlights, _catalog) is not { } bySlot)
        {
            return null;
        }

        var counts = new int[_hits.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = bySlot[_hits[i].Slot];
        }

        return counts;
    }

    /// <summary>The articles of the hits at <paramref name="places"/> (indexes into the order, ascending), in that order: a page's, and no others.</summary>
    internal IEnumerable<Articles.Article> ArticlesAt(IReadOnlyList<int> places, CancellationToken cancellationToken = default) =>
        Read(places.Select(p => _hits[p]).ToList(), cancellationToken).Select(a => a.Article);
}
