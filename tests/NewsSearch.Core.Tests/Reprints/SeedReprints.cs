using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Tests.Articles;
using NewsSearch.Core.Tests.Search;

namespace NewsSearch.Core.Tests.Reprints;

/// <summary>Republished versions of the real seed articles, as other sites make them.</summary>
internal static class SeedReprints
{
    public static Article Seed(string id) => SeedCorpus.ReadSingle(id);

    public static IEnumerable<Article> AllSeeds() => SeedIndexFixture.AllIds.Select(Seed);

    /// <summary>The whole article converted to Traditional script, on another site.</summary>
    public static Article Traditional(Article original, ChineseScriptConverter script, string id) => original with
    {
        Id = id,
        Title = script.ToTraditional(original.Title),
        Body = script.ToTraditional(original.Body),
        Source = "聯合早報",
        Url = $"https://tw.example.org/{id}.html",
        Origin = null,
    };

    /// <summary>
    /// Another site's copy: a new headline, its own furniture (来源 and 原标题 lines kept by the
    /// cleaner, 责任编辑 and 相关阅读 removed by it) and the body cleaned as the indexer cleans it.
    /// </summary>
    public static Article Refurnished(Article original, string id)
    {
        var page = $"来源：{original.Source}\n原标题：{original.Title}\n{original.Body}\n责任编辑：王静\n相关阅读：\n苏州工业园区新闻一\n相城区新闻二";
        return original with
        {
            Id = id,
            Title = "转载｜" + original.Title + "（组图）",
            Body = ArticleCleaner.JoinParagraphs(ArticleCleaner.Clean(page)),
            Source = "人民网",
            Url = $"https://people.example.org/{id}.html",
            Published = original.Published?.AddDays(1),
            Origin = null,
        };
    }
}
