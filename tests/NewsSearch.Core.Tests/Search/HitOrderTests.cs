using NewsSearch.Core.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class HitOrderTests
{
    [Theory]
    [InlineData(1000, 20)]
    [InlineData(1000, 1)]
    [InlineData(50, 20)]
    [InlineData(0, 20)]
    public void Top_AnyInput_EqualsTheStartOfAFullSort(int count, int take)
    {
        var random = new Random(count + take);
        var hits = Enumerable.Range(0, count).Select(i => new Candidate(i, random.Next(50), random.Next(2) == 0)).ToList();
        Comparison<Candidate> order = (a, b) => a.OnWords != b.OnWords ? b.OnWords.CompareTo(a.OnWords)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Slot.CompareTo(b.Slot);
        var expected = hits.OrderBy(h => h, Comparer<Candidate>.Create(order)).Take(take).ToList();

        var top = HitOrder.Top([.. hits], take, order);

        Assert.Equal(expected, top);
    }
}
