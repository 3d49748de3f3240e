using Microsoft.Extensions.DependencyInjection;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>
/// Clients wired exactly as an application wires them, with short retry delays unless a test says
/// otherwise. The timeouts are the client's own defaults: a test that is not about timeouts must not
/// hit one because the machine is slow (tests of timeouts set theirs and run on a <see cref="TestClock"/>).
/// </summary>
public static class TestClients
{
    /// <summary>Facets JSON the fakes answer with when they succeed.</summary>
    public const string FacetsJson = """{"zone":[{"value":"sip","label":"苏州工业园区","labelEn":"Suzhou Industrial Park","parent":null,"count":3}],"country":[],"sector":[]}""";

    /// <summary>A client of <paramref name="address"/>; with <paramref name="time"/>, its timeouts, delays and breaker run on that clock.</summary>
    public static (INewsSearchClient Client, ServiceProvider Services) Create(Uri address, Action<NewsSearchClientOptions>? configure = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddNewsSearchClient(options =>
        {
            options.BaseAddress = address;
            options.ApiKey = "test-key";
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<INewsSearchClient>(), provider);
    }
}
