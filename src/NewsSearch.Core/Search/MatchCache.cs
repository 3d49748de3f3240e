namespace NewsSearch.Core.Search;

/// <summary>
/// The engine's matches for recent queries, as catalog slots, keyed by the analyzed query and the
/// catalog's generation. Ticking a facet, changing the dates or turning a page runs the same text
/// query again: those requests reuse the matches and only filter, count and order them anew.
/// Bounded by the total number of matches held (least recently used first out); a write makes
/// every entry stale.
/// </summary>
internal sealed class MatchCache(int maxMatches)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, KnownMatches Matches)> _recent = [];
    private readonly Dictionary<string, LinkedListNode<(string Key, KnownMatches Matches)>> _byKey = new(StringComparer.Ordinal);
    private long _held;

    /// <summary>False when the cache holds nothing (size 0), so callers need not gather matches for it.</summary>
    public bool Enabled => maxMatches > 0;

    /// <summary>The matches kept for <paramref name="key"/>, now the most recently used; null when none are.</summary>
    public KnownMatches? TryGet(string key)
    {
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Matches;
        }
    }

    /// <summary>
    /// Keeps <paramref name="matches"/> for <paramref name="key"/>, evicting the least recently used
    /// beyond the bound, and the entry under <paramref name="replaces"/> if any (matches that
    /// these serve as well).
    /// </summary>
    public void Add(string key, KnownMatches matches, string? replaces = null)
    {
        if (maxMatches == 0 || matches.All.Length > maxMatches / 4)
        {
            return; // one huge result would evict everything else
        }

        lock (_gate)
        {
            if (replaces is not null && _byKey.Remove(replaces, out var replaced))
            {
                _recent.Remove(replaced);
                _held -= replaced.Value.Matches.All.Length;
            }

            if (!_byKey.ContainsKey(key))
            {
                _byKey[key] = _recent.AddFirst((key, matches));
                _held += matches.All.Length;
                while (_held > maxMatches && _recent.Last is { } oldest)
                {
                    _recent.RemoveLast();
                    _byKey.Remove(oldest.Value.Key);
                    _held -= oldest.Value.Matches.All.Length;
                }
            }
        }
    }
}
