using Microsoft.Extensions.DependencyInjection;
using NewsSearch.Client;

namespace NewsSearch.Indexer.Remote;

/// <summary>The service client for <c>index --to</c>, with the client's default resilience.</summary>
internal static class RemoteClient
{
    public static ServiceProvider Create(string url, string? apiKey)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--to must be an http or https URL, not '{url}'", ExitCodes.Usage);
        }

        if (string.IsNullOrEmpty(apiKey))
        {
            throw new UsageException("--to needs --api-key (or NEWSSEARCH_API_KEY): the service accepts writes only with its key", ExitCodes.Usage);
        }

        var services = new ServiceCollection();
        services.AddNewsSearchClient(options =>
        {
            options.BaseAddress = address;
            options.ApiKey = apiKey;
        });
        return services.BuildServiceProvider();
    }
}
