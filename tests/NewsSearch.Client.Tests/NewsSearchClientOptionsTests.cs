using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsSearch.Client.Tests;

public sealed class NewsSearchClientOptionsTests
{
    private static OptionsValidationException Invalid(Action<NewsSearchClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddNewsSearchClient(configure);
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<INewsSearchClient>());
    }

    [Fact]
    public void Validate_MissingBaseAddress_NamesIt() =>
        Assert.Contains("BaseAddress", Invalid(_ => { }).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_RelativeBaseAddress_IsRejected() =>
        Assert.Contains("absolute http or https", Invalid(o => o.BaseAddress = new Uri("api/", UriKind.Relative)).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_NestedRetrySettings_AreChecked() =>
        Assert.Contains("Retry.MaxRetryAttempts", Invalid(o =>
        {
            o.BaseAddress = new Uri("http://localhost/");
            o.Retry.MaxRetryAttempts = -1;
        }).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_BreakShorterThanPollyAllows_IsRejected() =>
        Assert.Contains("BreakDuration", Invalid(o =>
        {
            o.BaseAddress = new Uri("http://localhost/");
            o.CircuitBreaker.BreakDuration = TimeSpan.FromMilliseconds(10);
        }).Message, StringComparison.Ordinal);

    [Fact]
    public void Validate_TotalTimeoutShorterThanAnAttempt_IsRejected() =>
        Assert.Contains("TotalTimeout", Invalid(o =>
        {
            o.BaseAddress = new Uri("http://localhost/");
            o.TotalTimeout = TimeSpan.FromSeconds(1);
        }).Message, StringComparison.Ordinal);

    [Fact]
    public void Bind_FromConfiguration_ReadsNestedSections()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["NewsSearch:Client:BaseAddress"] = "http://127.0.0.1:5000",
                ["NewsSearch:Client:ApiKey"] = "k",
                ["NewsSearch:Client:AttemptTimeout"] = "00:00:05",
                ["NewsSearch:Client:Retry:MaxRetryAttempts"] = "7",
                ["NewsSearch:Client:CircuitBreaker:BreakDuration"] = "00:00:02",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddNewsSearchClient(configuration.GetSection(NewsSearchClientDefaults.SectionName));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NewsSearchClientOptions>>().Value;

        Assert.Equal(new Uri("http://127.0.0.1:5000"), options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(7, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.CircuitBreaker.BreakDuration);
        Assert.NotNull(provider.GetRequiredService<INewsSearchClient>());
    }
}
