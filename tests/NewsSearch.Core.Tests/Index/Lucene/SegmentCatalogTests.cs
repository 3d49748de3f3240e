using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Index.Lucene;
using NewsSearch.Core.Taxonomy;
using NewsSearch.Core.Tests.Analysis;
using NewsSearch.Core.Tests.Articles;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// The catalog of each new reader joins columns read once per segment with that reader's deletions:
/// after every commit of adds, updates, deletes and reprint groups changing leaders (and the merges
/// they cause), it must say what the index stores, article by article.
/// </summary>
public sealed class SegmentCatalogTests(AnalyzerFixture analysis) : IClassFixture<AnalyzerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newssearch-segments-").FullName;
    private readonly ArticlePreparer _preparer = new(analysis.Analyzer, new FacetTagger(FacetVocabulary.Default, analysis.Analyzer.Folder));

    [Fact]
    public void LoadCatalog_AfterEachOfManyCommits_AgreesWithTheStoredArticlesAndWithAFreshRead()
    {
        var generated = SeedCorpus.Generated(analysis.Analyzer, 160, seed: 5, reprintShare: 0.3);
        var random = new Random(11);
        var live = new Dictionary<string, Article>(StringComparer.Ordinal);
        using var index = LuceneArticleIndex.Open(_folder);
        for (var round = 0; round < 16; round++)
        {
            using (var batch = index.BeginBatch())
            {
                foreach (var article in generated.Skip(round * 10).Take(10))
                {
                    batch.Upsert(_preparer.Prepare(article));
                    live[article.Id] = article;
                }

                foreach (var id in Pick(live.Keys, random, round == 0 ? 0 : 2))
                {
                    // Another body (other tags), source and date under the same id.
                    var other = generated[random.Next(generated.Count)];
                    var updated = live[id] with { Body = other.Body, Source = "来源" + round, Published = other.Published };
                    batch.Upsert(_preparer.Prepare(updated));
                    live[id] = updated;
                }

                foreach (var id in Pick(live.Keys, random, round < 2 ? 0 : 3))
                {
                    Assert.True(batch.Delete(id));
                    live.Remove(id);
                }

                batch.Commit();
            }

            var catalog = index.LoadCatalog();
            AssertAgrees(index, catalog, live);
            using var fresh = LuceneArticleIndex.Open(_folder);
            AssertSame(fresh.LoadCatalog(), catalog);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string> Pick(IEnumerable<string> ids, Random random, int count) =>
        ids.Order(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(count).ToList();

    private static void AssertAgrees(LuceneArticleIndex index, ArticleCatalog catalog, Dictionary<string, Article> live)
    {
        var stored = index.Fetch(catalog.Keys, withOrigin: false);
        var ids = catalog.Keys.Select(k => stored[k].Id).ToList();
        Assert.Equal(live.Keys.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        for (var slot = 0; slot < catalog.Count; slot++)
        {
            var article = live[ids[slot]];
            Assert.Equal(article.Published?.DayNumber ?? ArticleCatalog.NoDate, catalog.Days[slot]);
            Assert.Equal(article.Source, catalog.Sources[slot] < 0 ? "" : catalog.SourceNames[catalog.Sources[slot]]);
            foreach (var dimension in Enum.GetValues<FacetDimension>())
            {
                var stamped = stored[catalog.Keys[slot]].Tags.Of(dimension).Select(t => t.Id).Order(StringComparer.Ordinal);
                var mask = catalog.Masks[(int)dimension][slot];
                var held = Enumerable.Range(0, 64).Where(bit => (mask >> bit & 1) != 0).Select(bit => catalog.ValueNames[(int)dimension][bit]);
                Assert.Equal(stamped, held.Order(StringComparer.Ordinal));
            }

            var group = index.ReprintGroupOf(ids[slot])!.Versions.Select(v => v.Id).Order(StringComparer.Ordinal);
            var together = Enumerable.Range(0, catalog.Count).Where(s => catalog.Groups[s] == catalog.Groups[slot]).Select(s => ids[s]);
            Assert.Equal(group, together.Order(StringComparer.Ordinal));
        }

        var newestFirst = catalog.NewestFirst.Select(s => (catalog.Days[s], catalog.Keys[s])).ToList();
        Assert.Equal(newestFirst.OrderByDescending(x => x.Item1).ThenByDescending(x => x.Item2), newestFirst);
        Assert.Equal(catalog.Count, catalog.NewestFirst.Distinct().Count());
    }

    private static void AssertSame(ArticleCatalog expected, ArticleCatalog actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.Equal(expected.Days, actual.Days);
        Assert.Equal(expected.Sources, actual.Sources);
        Assert.Equal(expected.SourceNames, actual.SourceNames);
        Assert.Equal(expected.Masks, actual.Masks);
        Assert.Equal(expected.ValueNames, actual.ValueNames);
        Assert.Equal(expected.Groups, actual.Groups);
        Assert.Equal(expected.GroupLeaders, actual.GroupLeaders);
        Assert.Equal(expected.NewestFirst, actual.NewestFirst);
    }
}
