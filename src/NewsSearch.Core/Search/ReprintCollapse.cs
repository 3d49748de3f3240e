using System.Buffers;
using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Reprint groups among the hits: how many of each group's articles matched, and the hits reduced
/// to one per group (its first in result order), keeping that order. Counts and choices are kept in
/// arrays by group number, rented for the search (dictionaries of a common word's groups ran to the
/// large-object heap on every search); dispose it to give them back.
/// </summary>
internal sealed class ReprintCollapse : IDisposable
{
    private readonly ArticleCatalog _catalog;
    private readonly int[]? _matching; // by group number; empty when the catalog has no reprints
    private bool _anyTwice;

    public ReprintCollapse(ArticleCatalog catalog, List<Candidate> hits)
    {
        _catalog = catalog;
        if (!catalog.HasReprints)
        {
            return;
        }

        _matching = ArrayPool<int>.Shared.Rent(catalog.GroupCount);
        Array.Clear(_matching, 0, catalog.GroupCount);
        foreach (var hit in hits)
        {
            if (catalog.IsReprinted(hit.Slot))
            {
                _anyTwice |= ++_matching[catalog.Groups[hit.Slot]] > 1;
            }
        }
    }

    /// <summary>Matching articles of the slot's group.</summary>
    public int Versions(int slot) =>
        _matching is not null && _catalog.IsReprinted(slot) ? Math.Max(1, _matching[_catalog.Groups[slot]]) : 1;

    /// <summary>
    /// Reduces <paramref name="hits"/> in place to one hit per group, the one first in
    /// <paramref name="order"/>, keeping their order; returns the same list.
    /// </summary>
    public List<Candidate> OnePerGroup(List<Candidate> hits, Comparison<Candidate> order)
    {
        // Nothing to collapse unless some group has two matching versions (the usual case for a
        // narrow query): then the hits stay as they are, without a pass or a copy.
        if (_matching is null || !_anyTwice)
        {
            return hits;
        }

        // Per group, the index in hits of its best version so far (+1, so that 0 means none yet).
        var best = ArrayPool<int>.Shared.Rent(_catalog.GroupCount);
        try
        {
            Array.Clear(best, 0, _catalog.GroupCount);
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                if (_catalog.IsReprinted(hit.Slot))
                {
                    var group = _catalog.Groups[hit.Slot];
                    if (best[group] == 0 || order(hit, hits[best[group] - 1]) < 0)
                    {
                        best[group] = i + 1;
                    }
                }
            }

            var kept = 0;
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                if (!_catalog.IsReprinted(hit.Slot) || best[_catalog.Groups[hit.Slot]] == i + 1)
                {
                    hits[kept++] = hit;
                }
            }

            hits.RemoveRange(kept, hits.Count - kept);
            return hits;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(best);
        }
    }

    public void Dispose()
    {
        if (_matching is not null)
        {
            ArrayPool<int>.Shared.Return(_matching);
        }
    }
}
