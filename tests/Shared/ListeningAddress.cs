using System.Text.RegularExpressions;

namespace NewsSearch.Tests.Shared;

/// <summary>
/// Where a service started with <c>--urls http://127.0.0.1:0</c> is listening: the port it bound
/// itself, read from ASP.NET Core's "Now listening on:" start-up line. A port picked by the test and
/// released for the service to bind can be taken by another process in between; port 0 cannot.
/// </summary>
public static partial class ListeningAddress
{
    /// <summary>The URL to pass to <c>--urls</c>.</summary>
    public const string AnyFreePort = "http://127.0.0.1:0";

    /// <summary>The environment variable that keeps the start-up line when other logging is turned down.</summary>
    public const string LifetimeLogLevel = "Logging__LogLevel__Microsoft.Hosting.Lifetime";

    /// <summary>The address (with a trailing slash) if <paramref name="line"/> is the start-up line, else null.</summary>
    public static Uri? Parse(string? line) =>
        line is not null && StartUpLine().Match(line) is { Success: true } match ? new Uri(match.Groups["url"].Value.TrimEnd('/') + "/") : null;

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex StartUpLine();
}
