using NewsSearch.Core.Index;

namespace NewsSearch.Core.Search;

/// <summary>
/// Reprint groups among the hits: how many of each group's articles matched, and the hits reduced
/// to one per group (its first in result order), keeping that order.
/// </summary>
internal sealed class ReprintCollapse
{
    private readonly ArticleCatalog _catalog;
    private readonly Dictionary<int, int> _matching = [];

    public ReprintCollapse(ArticleCatalog catalog, List<Candidate> hits)
    {
        _catalog = catalog;
        if (!catalog.HasReprints)
        {
            return;
        }

        foreach (var hit in hits)
        {
            if (catalog.IsReprinted(hit.Slot))
            {
                var group = catalog.Groups[hit.Slot];
                _matching[group] = _matching.GetValueOrDefault(group) + 1;
            }
        }
    }

    /// <summary>Matching articles of the slot's group.</summary>
    public int Versions(int slot) => _matching.GetValueOrDefault(_catalog.Groups[slot], 1);

    /// <summary>One hit per group: the one first in <paramref name="order"/>; the result keeps the hits' order.</summary>
    public List<Candidate> OnePerGroup(List<Candidate> hits, Comparison<Candidate> order)
    {
        // Nothing to collapse unless some group has two matching versions (the usual case for a
        // narrow query): then the hits stay as they are, without a pass or a copy.
        if (!_matching.Values.Any(count => count > 1))
        {
            return hits;
        }

        var best = new Dictionary<int, Candidate>(_matching.Count);
        foreach (var hit in hits)
        {
            if (_catalog.IsReprinted(hit.Slot))
            {
                var group = _catalog.Groups[hit.Slot];
                if (!best.TryGetValue(group, out var kept) || order(hit, kept) < 0)
                {
                    best[group] = hit;
                }
            }
        }

        return hits.FindAll(h => !_catalog.IsReprinted(h.Slot) || best[_catalog.Groups[h.Slot]].Slot == h.Slot);
    }
}
