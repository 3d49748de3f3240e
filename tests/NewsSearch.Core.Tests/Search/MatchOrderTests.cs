using NewsSearch.Core.Index;
using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Search;

/// <summary>
/// The kept matches' orders, sorted by numbers, must be exactly the result orders of
/// <see cref="HitOrder.For"/>, including every tie: equal scores, equal days, undated articles,
/// keys out of slot order, and matches holding only some of the catalog's articles.
/// </summary>
public sealed class MatchOrderTests
{
    public static TheoryData<SearchSort, int, int> Cases()
    {
        var cases = new TheoryData<SearchSort, int, int>();
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                cases.Add(sort, seed, 2000); // many matches, ties on every key
                cases.Add(sort, seed, 7); // a few
            }

            cases.Add(sort, 4, 0);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Positions_AnyMatches_AreTheResultOrder(SearchSort sort, int seed, int matchCount)
    {
        var random = new Random(seed);
        var catalog = Catalog(random, articles: Math.Max(matchCount * 2, 10));
        var slots = Enumerable.Range(0, catalog.Count).OrderBy(_ => random.Next()).Take(matchCount);
        var matches = slots.Select(slot => new Candidate(slot, random.Next(4) / 2.0, random.Next(3) != 0)).ToArray();
        var order = HitOrder.For(sort, catalog);
        var expected = Enumerable.Range(0, matches.Length)
            .OrderBy(p => matches[p], Comparer<Candidate>.Create(order))
            .ToArray();

        var positions = MatchOrder.Positions(matches, sort, catalog);

        Assert.Equal(expected, positions);
    }

    [Theory]
    [InlineData(SearchSort.Relevance, 0)]
    [InlineData(SearchSort.Relevance, 1)]
    [InlineData(SearchSort.Relevance, 37)]
    [InlineData(SearchSort.Relevance, 1999)]
    [InlineData(SearchSort.Newest, 5)]
    [InlineData(SearchSort.Newest, 2000)]
    [InlineData(SearchSort.Oldest, 64)]
    [InlineData(SearchSort.Oldest, 5000)]
    public void Positions_OnlyTheFirst_AreTheStartOfTheWholeOrder(SearchSort sort, int count)
    {
        var random = new Random(count + 7);
        var catalog = Catalog(random, articles: 4000);
        var matches = Enumerable.Range(0, catalog.Count).Where(_ => random.Next(2) == 0)
            .Select(slot => new Candidate(slot, random.Next(5) / 4.0, random.Next(3) != 0)).ToArray();
        var whole = MatchOrder.Positions(matches, sort, catalog);

        var first = MatchOrder.Positions(matches, sort, catalog, count);

        Assert.Equal(whole.Take(count), first);
    }

    [Fact]
    public void InOrder_ReadPastTheFirstSelected_GoesOnInTheWholeOrder()
    {
        var random = new Random(5);
        var catalog = Catalog(random, articles: 300);
        var matches = Enumerable.Range(0, catalog.Count).Where(s => s % 3 != 0)
            .Select(slot => new Candidate(slot, random.Next(3), random.Next(2) == 0)).ToArray();
        var known = new KnownMatches(matches, firstCount: 10);

        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            var whole = MatchOrder.Positions(matches, sort, catalog);
            Assert.Equal(whole.Take(7), known.InOrder(sort, catalog).Take(7)); // within the first selected
            Assert.Equal(whole, known.InOrder(sort, catalog)); // past them: the whole order, sorted now
            Assert.Equal(whole.Take(12), known.InOrder(sort, catalog).Take(12)); // then read from it
        }
    }

    [Fact]
    public void Positions_Oldest_KeepsUndatedLastAndEarlierIndexedFirst()
    {
        // Slots 0-3: keys 40, 10, 30, 20; slots 1 and 3 undated, slots 0 and 2 on one day.
        var day = new DateOnly(2024, 5, 1).DayNumber;
        var catalog = Catalog([40, 10, 30, 20], [day, ArticleCatalog.NoDate, day, ArticleCatalog.NoDate]);
        var matches = Enumerable.Range(0, 4).Select(slot => new Candidate(slot, 0, true)).ToArray();

        Assert.Equal([2, 0, 1, 3], MatchOrder.Positions(matches, SearchSort.Oldest, catalog));
        Assert.Equal([0, 2, 3, 1], MatchOrder.Positions(matches, SearchSort.Newest, catalog));
    }

    // Articles on a few days (some undated), with keys shuffled so that slot order is not key order.
    private static ArticleCatalog Catalog(Random random, int articles)
    {
        var keys = Enumerable.Range(1, articles).Select(k => (long)k * 3).OrderBy(_ => random.Next()).ToArray();
        var first = new DateOnly(2020, 1, 1).DayNumber;
        var days = keys.Select(_ => random.Next(6) == 0 ? ArticleCatalog.NoDate : first + random.Next(articles / 4 + 1)).ToArray();
        return Catalog(keys, days);
    }

    private static ArticleCatalog Catalog(long[] keys, int[] days) => new(
        generation: 1, keys, days, sources: new int[keys.Length].Select(_ => -1).ToArray(),
        masks: [new ulong[keys.Length]], valueNames: [[]], sourceNames: [], groupLeaders: keys);
}
