using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Terms;

namespace NewsSearch.Core.Tests.Search.Terms;

/// <summary><see cref="SignificantTerms"/> over the five seeds: JLH scores, what is left out, and sampling.</summary>
public class SignificantTermsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData(2, 2, 2, 5, 1.5)]       // (1 - 0.4) × 1 / 0.4
    [InlineData(2, 2, 3, 5, 2.0 / 3)]   // (1 - 0.6) × 1 / 0.6
    [InlineData(1, 2, 3, 5, 0)]         // 50% of the set, 60% of the index: not over-represented
    [InlineData(0, 0, 3, 5, 0)]
    public void Score_ForegroundAndBackgroundShares_IsJlh(int foreground, int foregroundSize, int background, int backgroundSize, double expected)
    {
        Assert.Equal(expected, SignificantTerms.Score(foreground, foregroundSize, background, backgroundSize), 9);
    }

    [Fact]
    public void Find_ASearch_GivesWordsHeldByTheSetAndRareInTheIndex()
    {
        var terms = new SignificantTerms(seeds.Service, seeds.Index, seeds.Analyzer).Find(new SearchRequest { Query = "苏州高新区" }, 5);

        Assert.Equal(("苏州高新区", 2, 5, false, 2), (terms.Query, terms.ForegroundSize, terms.BackgroundSize, terms.Sampled, terms.SampleSize));
        // 002 and 003 both hold these words and no other article does: all score (1 - 2/5) × 1 / (2/5); ties by code point.
        Assert.Equal([("包容", 2, 2, 1.5), ("各类", 2, 2, 1.5), ("器械", 2, 2, 1.5), ("工程", 2, 2, 1.5), ("引入", 2, 2, 1.5)],
            terms.Terms.Select(t => (t.Term, t.Foreground, t.Background, t.Score)));
    }

    [Fact]
    public void Find_AnySearch_LeavesOutSingleCharactersNumbersStopWordsAndTheQuerysWords()
    {
        var terms = new SignificantTerms(seeds.Service, seeds.Index, seeds.Analyzer).Find(new SearchRequest { Query = "新加坡 OR 日本" }, SignificantTerms.MaxLimit);

        Assert.NotEmpty(terms.Terms);
        Assert.DoesNotContain(terms.Terms, t => t.Term.Length < 2 || t.Term.Any(char.IsDigit));
        Assert.DoesNotContain(terms.Terms, t => t.Term is "新加坡" or "日本" or "我们" or "记者" or "进行");
        Assert.All(terms.Terms, t => Assert.Equal(Math.Round(SignificantTerms.Score(t.Foreground, terms.SampleSize, t.Background, terms.BackgroundSize), 6), t.Score));
        Assert.All(terms.Terms, t => Assert.True(t.Foreground >= SignificantTerms.MinForegroundArticles));
    }

    [Fact]
    public void Find_EveryArticle_FindsNothingSignificant()
    {
        var terms = new SignificantTerms(seeds.Service, seeds.Index, seeds.Analyzer).Find(new SearchRequest(), 20);

        Assert.Equal(5, terms.ForegroundSize);
        Assert.Empty(terms.Terms); // the set is the index: no word is more common in it
    }

    [Fact]
    public void Find_ASetLargerThanTheSample_ReadsAnEvenlySpreadSampleAndSaysSo()
    {
        // Newest first the five are 001, 003, 002, 000, 004: a sample of two takes the 1st and the 3rd.
        var terms = new SignificantTerms(seeds.Service, seeds.Index, seeds.Analyzer, sampleSize: 2).Find(new SearchRequest(), 50);

        Assert.Equal((5, true, 2), (terms.ForegroundSize, terms.Sampled, terms.SampleSize));
        var sample = new[] { SeedIndexFixture.SipTraditional, SeedIndexFixture.Snd2021June }
            .Select(id => seeds.Analyzer.Folder.FoldToString(seeds.Index.Find(id)!.Title + "\n" + seeds.Index.Find(id)!.Body)).ToList();
        Assert.NotEmpty(terms.Terms);
        Assert.All(terms.Terms, t => Assert.True(sample.All(text => text.Contains(t.Term, StringComparison.Ordinal)), t.Term));
        Assert.All(terms.Terms, t => Assert.Equal(2, t.Foreground));
    }
}
