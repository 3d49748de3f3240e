using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace NewsSearch.Api.Tests;

/// <summary>The engine settings are checked before the service listens, and say what is wrong.</summary>
public sealed class EngineOptionsTests
{
    [Fact]
    public void PostgresWithoutAConnectionStringStopsStartUpNamingTheSetting()
    {
        using var app = Configured(("NewsSearch:Engine", "postgres"));

        var refused = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("ConnectionString is required when Engine is postgres", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEngineStopsStartUpNamingTheChoices()
    {
        using var app = Configured(("NewsSearch:Engine", "lucene"));

        var refused = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Engine must be sqlite or postgres", refused.Message, StringComparison.Ordinal);
    }

    private static WebApplicationFactory<Program> Configured(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("NewsSearch:CorpusPath", "");
            host.UseSetting("NewsSearch:DatabasePath", Path.Combine(Path.GetTempPath(), "newssearch-options-" + Guid.NewGuid().ToString("N"), "news.db"));
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
}
