using System.Text.Json;

namespace NewsSearch.Tests.Shared;

/// <summary>
/// Checks which index a running service answers from, as its <c>/health/ready</c> names it. A fixture
/// that starts the service on an engine checks this once, so a service wired to another engine or
/// index fails every test of the fixture with this message instead of passing them on the wrong one.
/// </summary>
public static class ServedIndex
{
    /// <summary>Throws unless the service names <paramref name="engine"/> and <paramref name="location"/> as its index.</summary>
    public static async Task AssertAsync(HttpClient client, string engine, string location)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        string? servedEngine = null;
        string? servedLocation = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.TryGetProperty("index", out var index))
            {
                servedEngine = index.GetProperty("engine").GetString();
                servedLocation = index.GetProperty("location").GetString();
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Reported below with the body as it came.
        }

        if (servedEngine != engine || servedLocation != location)
        {
            throw new InvalidOperationException(
                $"The service was configured on the {engine} index at {location}, but /health/ready says it answers from " +
                (servedEngine is null ? $"no index it names ({(int)response.StatusCode}: {text})" : $"the {servedEngine} index at {servedLocation}") +
                "; no test of this fixture would be testing what it says.");
        }
    }
}
