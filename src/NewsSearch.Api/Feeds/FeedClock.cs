using NewsSearch.Core.Index;

namespace NewsSearch.Api.Feeds;

/// <summary>
/// When this service first saw the index as it is now: the Last-Modified of every feed. A feed can
/// only change when the index does, so no feed changed after that moment. Articles carry no
/// modification time and a feed's newest date says nothing of an older article that joined it,
/// so this is the only date that never answers 304 for a changed feed. After a restart the date
/// moves on and clients fetch each feed once more, which costs a download, never a missed entry.
/// </summary>
/// <remarks>
/// HTTP dates count whole seconds. A change within the second of a date already handed out is dated
/// the next second, and until the clock reaches it feeds go without Last-Modified (their ETag still
/// validates): a date in the future would be ignored by the server's own check, and the same date
/// again would answer 304 for a changed feed.
/// </remarks>
public sealed class FeedClock(IArticleIndex index, TimeProvider time)
{
    private readonly Lock _gate = new();
    private long _generation = long.MinValue;
    private DateTimeOffset _since;
    private DateTimeOffset? _handedOut;

    /// <summary>The moment the current index generation was first seen, to the second; null while that second is still to come.</summary>
    public DateTimeOffset? LastModified()
    {
        var generation = index.Generation;
        var now = time.GetUtcNow();
        var second = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        lock (_gate)
        {
            if (generation != _generation)
            {
                _since = _handedOut is { } previous && second <= previous ? previous.AddSeconds(1) : second;
                _generation = generation;
            }

            if (_since > second)
            {
                return null;
            }

            _handedOut = _since;
            return _since;
        }
    }
}
