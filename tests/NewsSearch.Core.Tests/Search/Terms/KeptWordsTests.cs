using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Related;
using NewsSearch.Core.Search.Terms;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Tests.Search.Terms;

/// <summary>
/// The words the Lucene.Net index keeps of each article (term vectors of the word columns) are the
/// analyzer's words of its title and body, an index without them answers the same, and the
/// significant terms of a set are the same on every engine.
/// </summary>
public sealed class KeptWordsTests(KeptWordsEngines engines) : IClassFixture<KeptWordsEngines>
{
    public static TheoryData<string?, int> Sets() => new()
    {
        { "高新区", SignificantTerms.SampleSize },
        { "苏州", 40 },
        { "新加坡 OR 日本", SignificantTerms.SampleSize },
        { "区块链", SignificantTerms.SampleSize },
        { null, 25 },
    };

    [Fact]
    public void ArticleWords_TheFiveSeeds_AreTheAnalyzersWordsOfTitleAndBody()
    {
        var seeds = KeptWordsEngines.ArticlesByKey(engines.Lucene).Where(a => SeedIndexFixture.AllIds.Contains(a.Value.Id)).ToList();

        var kept = engines.Lucene.ArticleWords(seeds.Select(s => s.Key).ToList());

        Assert.Equal(SeedIndexFixture.AllIds.Order(), seeds.Select(s => s.Value.Id).Order()); // 001 is in Traditional script
        Assert.NotNull(kept);
        Assert.All(seeds, s => AssertAnalyzersWords(s.Value, kept.WordsOf(s.Key)));
    }

    [Fact]
    public void ArticleWords_GeneratedArticles_AreTheAnalyzersWordsOfTitleAndBody()
    {
        var generated = KeptWordsEngines.ArticlesByKey(engines.Lucene).Where(a => !SeedIndexFixture.AllIds.Contains(a.Value.Id)).ToList();

        var kept = engines.Lucene.ArticleWords(generated.Select(s => s.Key).ToList());

        Assert.Equal(engines.Final.Count - 5, generated.Count);
        Assert.NotNull(kept);
        Assert.All(generated, s => AssertAnalyzersWords(s.Value, kept.WordsOf(s.Key)));
    }

    [Fact]
    public void ArticleWords_OfAnIndexWrittenBeforeTermVectors_AreNullForItsOldArticlesOnly()
    {
        var articles = KeptWordsEngines.ArticlesByKey(engines.Aged);

        var kept = engines.Aged.ArticleWords(articles.Keys.ToList());

        Assert.NotNull(kept);
        Assert.Equal(engines.AgedIds.Order(), articles.Where(a => kept.Articles[a.Key] is null).Select(a => a.Value.Id).Order());
        Assert.All(articles.Where(a => !engines.AgedIds.Contains(a.Value.Id)), a => AssertAnalyzersWords(a.Value, kept.WordsOf(a.Key)));
    }

    [Fact]
    public void ArticleWords_KeysNoLongerStoredAndEnginesThatKeepNone_AreAbsentOrNull()
    {
        Assert.Empty(engines.Lucene.ArticleWords([-1, long.MaxValue])!.Articles);
        Assert.Null(engines.Postgres.ArticleWords(engines.Postgres.LoadCatalog().Keys.Take(3).ToList()));
    }

    [Fact]
    public void DocumentFrequencies_EveryWordOfTheArticles_CountsTheLiveArticlesHoldingItOnEveryEngine()
    {
        var expected = engines.Final
            .SelectMany(p => Analyzed(p.Article).Distinct())
            .GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var asked = expected.Keys.Append("从未出现的词").Append("zzzz").ToList();

        using (var directory = FSDirectory.Open(engines.Lucene.Location))
        using (var reader = DirectoryReader.Open(directory))
        {
            // Both ways of counting run: segments with deleted (rewritten) articles and segments without.
            Assert.Contains(reader.Leaves, l => l.AtomicReader.HasDeletions);
            Assert.Contains(reader.Leaves, l => !l.AtomicReader.HasDeletions && l.AtomicReader.GetTerms(ArticleFields.BodyWords) is not null);
        }

        Assert.Empty(Differences(expected, engines.Lucene.DocumentFrequencies(asked), "lucene"));
        Assert.Empty(Differences(expected, engines.Aged.DocumentFrequencies(asked), "lucene, partly without term vectors"));
        Assert.Empty(Differences(expected, engines.Postgres.DocumentFrequencies(asked), "postgres"));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Find_OnAnIndexWrittenBeforeTermVectorsAndOnPostgres_AnswersAsWithThem(string? query, int sampleSize)
    {
        var request = new SearchRequest { Query = query };

        var withVectors = Find(engines.Lucene, request, sampleSize);

        Assert.NotEmpty(withVectors.Terms);
        Assert.Equal(Summary(withVectors), Summary(Find(engines.Aged, request, sampleSize)));
        Assert.Equal(Summary(withVectors), Summary(Find(engines.Postgres, request, sampleSize)));
    }

    private static List<string> Differences(Dictionary<string, int> expected, IReadOnlyDictionary<string, int> actual, string engine) =>
        expected.Keys.Union(actual.Keys)
            .Where(w => expected.GetValueOrDefault(w) != actual.GetValueOrDefault(w))
            .Select(w => $"{w}: {actual.GetValueOrDefault(w)} articles, expected {expected.GetValueOrDefault(w)} ({engine})")
            .ToList();

    private SignificantTermsResponse Find(IArticleIndex index, SearchRequest request, int sampleSize) =>
        new SignificantTerms(new SearchService(index, engines.Analyzer, FacetVocabulary.Default), index, engines.Analyzer, sampleSize)
            .Find(request, SignificantTerms.MaxLimit);

    private static string Summary(SignificantTermsResponse response) =>
        $"{response.Query} {response.ForegroundSize}/{response.BackgroundSize} sampled={response.Sampled} read={response.SampleSize}\n" +
        string.Join('\n', response.Terms.Select(t => $"{t.Term} {t.Foreground} {t.Background} {t.Score}"));

    private IEnumerable<string> Analyzed(Article article) =>
        engines.Analyzer.Analyze(article.Title).Words.Concat(engines.Analyzer.Analyze(article.Body).Words).Select(w => w.Term);

    private void AssertAnalyzersWords(Article article, IEnumerable<string>? kept)
    {
        Assert.True(kept is not null, $"{article.Id}: no words kept");
        var expected = Analyzed(article).ToHashSet(StringComparer.Ordinal);
        var actual = kept.ToHashSet(StringComparer.Ordinal);
        Assert.True(expected.SetEquals(actual),
            $"{article.Id}: not kept [{string.Join(' ', expected.Except(actual))}], kept but not in the text [{string.Join(' ', actual.Except(expected))}]");
        Assert.Equal(
            DistinctiveWords.Set(engines.Analyzer, article.Title, article.Body).Order(StringComparer.Ordinal),
            actual.Where(DistinctiveWords.IsCandidate).Order(StringComparer.Ordinal));
    }
}
