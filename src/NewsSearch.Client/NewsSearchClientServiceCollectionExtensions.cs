using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsSearch.Client;
using NewsSearch.Client.Resilience;
using Polly;
using Polly.Registry;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="INewsSearchClient"/>.</summary>
public static class NewsSearchClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="INewsSearchClient"/> with settings bound from <paramref name="configuration"/>
    /// (by convention the <c>NewsSearch:Client</c> section: BaseAddress, ApiKey, AttemptTimeout, TotalTimeout, Retry:*, CircuitBreaker:*),
    /// validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding <see cref="NewsSearchClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddNewsSearchClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddNewsSearchClient(options => configuration.Bind(options));
    }

    /// <summary>Registers <see cref="INewsSearchClient"/> with settings set in code, validated when the host starts.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="NewsSearchClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    public static IHttpClientBuilder AddNewsSearchClient(this IServiceCollection services, Action<NewsSearchClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<NewsSearchClientOptions>()
            .Configure(configure)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ResiliencePipelineRegistry<string>>();
        services.TryAddSingleton<ResiliencePipelineProvider<string>>(sp => sp.GetRequiredService<ResiliencePipelineRegistry<string>>());

        // One pipeline by name for every client instance: typed clients are transient, the breaker's state must not be.
        services.TryAddKeyedSingleton(NewsSearchClientDefaults.Name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptions<NewsSearchClientOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return sp.GetRequiredService<ResiliencePipelineRegistry<string>>().GetOrAddPipeline<HttpResponseMessage>(
                NewsSearchClientDefaults.Name, builder => NewsSearchResilience.Configure(builder, options, time));
        });

        return services
            .AddHttpClient(NewsSearchClientDefaults.Name, (sp, http) =>
            {
                var address = sp.GetRequiredService<IOptions<NewsSearchClientOptions>>().Value.BaseAddress!;
                http.BaseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts govern
            })
            .AddTypedClient<INewsSearchClient>((http, sp) => new NewsSearchClient(
                http,
                sp.GetRequiredKeyedService<ResiliencePipeline<HttpResponseMessage>>(NewsSearchClientDefaults.Name),
                sp.GetRequiredService<IOptions<NewsSearchClientOptions>>(),
                sp.GetRequiredService<TimeProvider>()));
    }
}
