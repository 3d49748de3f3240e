using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Infrastructure;

/// <summary><c>/health</c>: the process is alive. <c>/health/ready</c>: the index is open and readable.</summary>
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
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = Write });
        return app;
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
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
