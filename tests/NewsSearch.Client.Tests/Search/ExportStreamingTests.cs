using System.Text;
using Microsoft.AspNetCore.Http;
using NewsSearch.Client.Errors;
using NewsSearch.Client.Search;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Client.Tests.Search;

public sealed class ExportStreamingTests
{
    [Fact]
    public async Task ExportAsync_ServerStillWriting_ReturnsAStreamOfTheBytesSoFar()
    {
        var rest = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            await context.Response.WriteAsync("id,title\r\n");
            await context.Response.Body.FlushAsync();
            await rest.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await context.Response.WriteAsync("a-1,标题\r\n");
        });
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        await using var stream = await client.ExportAsync(new SearchQuery { Text = "苏州" });
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // The client's timeouts end once the headers are in; reading the body has limits of its own.
        var header = await reader.ReadLineAsync().Within(TimeSpan.FromSeconds(10), "the export's header line");
        rest.SetResult();
        var row = await reader.ReadLineAsync().Within(TimeSpan.FromSeconds(10), "the export's first row");

        Assert.Equal("id,title", header);
        Assert.Equal("a-1,标题", row);
    }

    [Fact]
    public async Task ExportAsync_UnavailableThenServing_IsRetried()
    {
        await using var server = await FakeServer.StartAsync((context, n) =>
            n == 1 ? FakeServer.Respond(context, 503) : FakeServer.Respond(context, 200, "{\"id\":\"a-1\"}\n", "application/x-ndjson"));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        await using var stream = await client.ExportAsync(new SearchQuery(), ExportFormat.JsonLines);
        using var reader = new StreamReader(stream);

        Assert.Equal("{\"id\":\"a-1\"}\n", await reader.ReadToEndAsync().Within(TimeSpan.FromSeconds(10), "the export's body"));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task ExportAsync_BadRequest_ThrowsWithTheProblemNamingTheParameter()
    {
        await using var server = await FakeServer.StartAsync((context, _) => FakeServer.Respond(context, 400,
            """{"title":"The export request is not valid","status":400,"errors":{"zone":["Unknown zone 'x'."]}}""", "application/problem+json"));
        var (client, services) = TestClients.Create(server.BaseAddress);
        await using var _ = services;

        var error = await Assert.ThrowsAsync<NewsSearchApiException>(() => client.ExportAsync(new SearchQuery { Zones = ["x"] }));

        Assert.Equal(400, (int)error.StatusCode);
        Assert.Equal(["Unknown zone 'x'."], error.Problem!.Errors!["zone"]);
        Assert.Equal(1, server.Requests);
    }
}
