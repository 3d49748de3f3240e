using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>A real Kestrel server on a free loopback port that answers every request with a handler and counts what it saw.</summary>
public sealed class FakeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Starts a server; the handler gets the request's number, from 1.</summary>
    public static async Task<FakeServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeServer(app);
        app.Run(context => handler(context, Interlocked.Increment(ref server._requests)));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    /// <summary>Answers with a status and an optional JSON body.</summary>
    public static Task Respond(HttpContext context, int status, string? json = null, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        if (json is null)
        {
            return Task.CompletedTask;
        }

        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
