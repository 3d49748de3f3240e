using System.Globalization;
using Microsoft.Extensions.Options;
using NewsSearch.Core.Index;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Output caching of the read endpoints. An answer is keyed by its full URL and the index
/// generation, which moves with every commit by any writer (this service, or the indexer CLI on the
/// same file), so a cached answer is never older than the index. Researchers repeat searches (the
/// next page, a facet ticked and unticked, a shared link); those are served without touching it.
/// </summary>
public static class ReadCache
{
    /// <summary>The policy name read endpoints opt into with <c>CacheOutput(ReadCache.Policy)</c>.</summary>
    public const string Policy = "reads";

    /// <summary>Bytes of responses kept in memory at most, across all entries.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>Registers the output cache with the <see cref="Policy"/> policy.</summary>
    public static IServiceCollection AddNewsSearchReadCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
            .Configure<IOptions<NewsSearchOptions>>((cache, options) =>
            {
                cache.SizeLimit = SizeLimitBytes;
                var seconds = options.Value.CacheSeconds;
                cache.AddPolicy(Policy, policy =>
                {
                    if (seconds == 0)
                    {
                        policy.NoCache();
                        return;
                    }

                    // Query values vary the key exactly as sent (the cache does not fold their case).
                    policy.Expire(TimeSpan.FromSeconds(seconds))
                        .SetVaryByQuery("*")
                        .VaryByValue(context => new KeyValuePair<string, string>(
                            "generation", context.RequestServices.GetRequiredService<IArticleIndex>().Generation.ToString(CultureInfo.InvariantCulture)));
                });
            });
        return services;
    }
}
