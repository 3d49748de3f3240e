using System.Net;
using System.Text;
using NewsSearch.Client.Articles;
using NewsSearch.Client.Concordance;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Api;

public sealed class ConcordanceRoundTripTests
{
    private static readonly ArticleInput[] Articles =
    [
        new("tw-1", null, "新加坡企業落戶蘇州", new DateOnly(2024, 5, 1), "聯合早報", "", "又一批新加坡企業落戶蘇州工業園區。新加坡投資者看好園區。"),
        new("cn-1", null, "园区与新加坡签约", new DateOnly(2023, 4, 12), "苏州日报", "", "苏州工业园区与新加坡企业签署协议。"),
        new("jp-1", null, "相城区与日本合作", new DateOnly(2024, 6, 3), "相城日报", "", "相城区与日本企业举行交流会。"),
    ];

    [Fact]
    public async Task ConcordancePagesAndFilesRoundTripInTheArticlesOwnScript()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress, o => o.ApiKey = ApiProcess.ApiKey);
        await using var _ = services;
        await client.UpsertArticlesAsync(Articles);
        var query = new SearchQuery { Text = "新加坡", Sort = SearchSort.Oldest, PageSize = 1 };

        var page = await client.GetConcordanceAsync(query, new ConcordanceOptions { Width = 5 });

        Assert.Equal(("新加坡", 3, 2, 1, 50, 5, ConcordanceSort.Date), (page.Query, page.Total, page.Articles, page.Page, page.PageSize, page.Width, page.Sort));
        Assert.Equal(
            [("tw-1", "又一批", "新加坡", "企業落戶蘇"), ("tw-1", "工業園區。", "新加坡", "投資者看好"), ("cn-1", "工业园区与", "新加坡", "企业签署协")],
            page.Lines.Select(l => (l.Id, l.Left, l.Match, l.Right)));
        Assert.Equal(("新加坡企業落戶蘇州", new DateOnly(2024, 5, 1), "新加坡企業落戶蘇州", false),
            (page.Lines[0].Title, page.Lines[0].Published, page.Lines[0].Heading, page.Lines[0].HeadingDerived));

        // By the text after the match, folded: 企业签 (签 U+7B7E) before 企业落 (落 U+843D), whatever the script shown.
        var right = await client.GetConcordanceAsync(query, new ConcordanceOptions { Width = 5, Sort = ConcordanceSort.Right, Page = 2, PageSize = 2 });
        Assert.Equal(ConcordanceSort.Right, right.Sort);
        Assert.Equal([("tw-1", "投資者看好")], right.Lines.Select(l => (l.Id, l.Right)));

        string csv;
        await using (var stream = await client.ExportConcordanceAsync(query, ExportFormat.Csv, new ConcordanceOptions { Width = 5, Sort = ConcordanceSort.Right, PageSize = 1 }))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            csv = await reader.ReadToEndAsync().Within(TimeSpan.FromSeconds(10), "the concordance file");
        }

        Assert.Equal(
            "id,title,published,left,match,right,heading,headingDerived\r\n" +
            "cn-1,园区与新加坡签约,2023-04-12,工业园区与,新加坡,企业签署协,园区与新加坡签约,false\r\n" +
            "tw-1,新加坡企業落戶蘇州,2024-05-01,又一批,新加坡,企業落戶蘇,新加坡企業落戶蘇州,false\r\n" +
            "tw-1,新加坡企業落戶蘇州,2024-05-01,工業園區。,新加坡,投資者看好,新加坡企業落戶蘇州,false\r\n",
            csv);
    }

    [Fact]
    public async Task InvalidConcordanceRequestsArriveAsProblemsNamingTheParameter()
    {
        await using var api = await ApiProcess.StartAsync();
        var (client, services) = TestClients.Create(api.BaseAddress);
        await using var _ = services;

        var width = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.GetConcordanceAsync(new SearchQuery { Text = "苏州" }, new ConcordanceOptions { Width = 4 }));
        var words = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.ExportConcordanceAsync(new SearchQuery()));

        Assert.Equal(HttpStatusCode.BadRequest, width.StatusCode);
        Assert.Equal(["width"], width.Problem!.Errors!.Keys);
        Assert.Equal(["q"], words.Problem!.Errors!.Keys);
    }
}
