using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class MatchCacheTests
{
    private static KnownMatches Matches(int count) => new(Enumerable.Range(1, count).Select(i => new Candidate(i, i, true)).ToArray());

    [Fact]
    public void Add_ThenTryGet_GivesTheSameMatches()
    {
        var cache = new MatchCache(100);
        var matches = Matches(3);

        cache.Add("q", matches);

        Assert.Same(matches, cache.TryGet("q"));
        Assert.Null(cache.TryGet("other"));
    }

    [Fact]
    public void Add_OverCapacity_EvictsTheLeastRecentlyUsed()
    {
        var cache = new MatchCache(40);
        cache.Add("a", Matches(10));
        cache.Add("b", Matches(10));
        Assert.NotNull(cache.TryGet("a")); // a is now used more recently than b
        cache.Add("c", Matches(10));
        cache.Add("d", Matches(10));
        cache.Add("e", Matches(10));

        Assert.Null(cache.TryGet("b"));
        Assert.NotNull(cache.TryGet("a"));
        Assert.NotNull(cache.TryGet("e"));
    }

    [Fact]
    public void Add_ResultLargerThanAQuarter_IsNotKept()
    {
        var cache = new MatchCache(40);

        cache.Add("huge", Matches(11));

        Assert.Null(cache.TryGet("huge"));
    }

    [Fact]
    public void Add_SizeZero_KeepsNothing()
    {
        var cache = new MatchCache(0);

        cache.Add("q", Matches(1));

        Assert.False(cache.Enabled);
        Assert.Null(cache.TryGet("q"));
    }

    [Fact]
    public void Add_Replacing_DropsTheReplacedEntryAndItsShareOfTheBound()
    {
        var cache = new MatchCache(40);
        cache.Add("unscored", Matches(10));
        cache.Add("scored", Matches(10), replaces: "unscored");
        cache.Add("b", Matches(10));
        cache.Add("c", Matches(10));

        Assert.Null(cache.TryGet("unscored"));
        Assert.NotNull(cache.TryGet("scored")); // 30 held: nothing evicted
        Assert.NotNull(cache.TryGet("b"));
        Assert.NotNull(cache.TryGet("c"));
    }
}
