using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// <c>/health</c>: the process is alive. <c>/health/ready</c>: the index is open and readable, and
/// which engine holds it where, so an operator (or a test) sees the service answers from the index it was given.
/// </summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddNewsSearchHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapNewsSearchHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAlive });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReady });
        return app;
    }

    private static Task WriteAlive(HttpContext context, HealthReport report) =>
        Write(context, new { status = report.Status.ToString(), checks = Checks(report) });

    // The engine and location come from the index itself, not from the settings, so they say which engine really answers.
    private static Task WriteReady(HttpContext context, HealthReport report)
    {
        var index = context.RequestServices.GetRequiredService<IArticleIndex>();
        return Write(context, new
        {
            status = report.Status.ToString(),
            index = new { engine = index.Engine, location = index.Location, segmenter = index.Segmenter },
            checks = Checks(report),
        });
    }

    private static object Checks(HealthReport report) =>
        report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });

    private static Task Write(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, SearchJson.Indented));
    }
}

/// <summary>Ready when the index answers and its catalog loads.</summary>
internal sealed class IndexHealthCheck(SearchService search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var catalog = search.CurrentCatalog();
            return Task.FromResult(HealthCheckResult.Healthy($"{catalog.Count} articles"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the index cannot be read: " + e.Message));
        }
    }
}
