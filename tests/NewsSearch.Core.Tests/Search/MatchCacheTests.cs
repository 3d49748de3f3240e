using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class MatchCacheTests
{
    private static IReadOnlyList<Candidate> Matches(int count) => Enumerable.Range(1, count).Select(i => new Candidate(i, i, true)).ToList();

    [Fact]
    public void GetOrAdd_SameKey_RunsTheEngineOnce()
    {
        var cache = new MatchCache(100);
        var runs = 0;

        cache.GetOrAdd("q", () => { runs++; return Matches(3); });
        var again = cache.GetOrAdd("q", () => { runs++; return Matches(3); });

        Assert.Equal(1, runs);
        Assert.Equal(3, again.Count);
    }

    [Fact]
    public void GetOrAdd_OverCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new MatchCache(40);
        cache.GetOrAdd("a", () => Matches(10));
        cache.GetOrAdd("b", () => Matches(10));
        cache.GetOrAdd("a", () => Matches(10));
        cache.GetOrAdd("c", () => Matches(10));
        cache.GetOrAdd("d", () => Matches(10));
        cache.GetOrAdd("e", () => Matches(10));

        Assert.Null(cache.TryGet("b"));
        Assert.NotNull(cache.TryGet("a"));
        Assert.NotNull(cache.TryGet("e"));
    }

    [Fact]
    public void GetOrAdd_ResultLargerThanAQuarter_IsNotKept()
    {
        var cache = new MatchCache(40);

        cache.GetOrAdd("huge", () => Matches(11));

        Assert.Null(cache.TryGet("huge"));
    }

    [Fact]
    public void GetOrAdd_SizeZero_KeepsNothing()
    {
        var cache = new MatchCache(0);

        cache.GetOrAdd("q", () => Matches(1));

        Assert.Null(cache.TryGet("q"));
    }
}
