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
    private readonly LinkedList<(string Key, IReadOnlyList<Candidate> Matches)> _recent = [];
    private readonly Dictionary<string, LinkedListNode<(string Key, IReadOnlyList<Candidate> Matches)>> _byKey = new(StringComparer.Ordinal);
    private long _held;

    public IReadOnlyList<Candidate>? TryGet(string key)
    {
        lock (_gate)
        {
            return _byKey.TryGetValue(key, out var node) ? node.Value.Matches : null;
        }
    }

    public IReadOnlyList<Candidate> GetOrAdd(string key, Func<IReadOnlyList<Candidate>> match)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Matches;
            }
        }

        var matches = match();
        if (maxMatches == 0 || matches.Count > maxMatches / 4)
        {
            return matches; // one huge result would evict everything else
        }

        lock (_gate)
        {
            if (!_byKey.ContainsKey(key))
            {
                _byKey[key] = _recent.AddFirst((key, matches));
                _held += matches.Count;
                while (_held > maxMatches && _recent.Last is { } oldest)
                {
                    _recent.RemoveLast();
                    _byKey.Remove(oldest.Value.Key);
                    _held -= oldest.Value.Matches.Count;
                }
            }
        }

        return matches;
    }
}
