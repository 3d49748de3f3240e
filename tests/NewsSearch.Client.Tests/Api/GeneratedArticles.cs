using NewsSearch.Client.Articles;

namespace NewsSearch.Client.Tests.Api;

/// <summary>Simple Chinese articles, unique by their number, that the service's cleaning leaves exactly as sent.</summary>
public static class GeneratedArticles
{
    public static ArticleInput Create(int number) => new(
        Id: $"gen-{number:D5}",
        Url: $"https://news.example.cn/client-test/{number}",
        Title: $"苏州工业园区第{number}号发展简报",
        Published: new DateOnly(2020 + number % 5, 1 + number % 12, 1 + number % 28),
        Source: "测试日报",
        Author: "记者 张三",
        Body: $"苏州工业园区发布第{number}号发展简报，介绍园区企业的最新进展。\n\n本期编号为{number}，内容涉及产业创新与对外合作。");

    public static IEnumerable<ArticleInput> Range(int count) => Enumerable.Range(1, count).Select(Create);
}
