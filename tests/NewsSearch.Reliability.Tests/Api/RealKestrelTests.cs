using System.Net.Sockets;
using System.Text;
using NewsSearch.Client.Tests.Infrastructure;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// Requests the in-memory test server cannot carry (it refuses a NUL in a path on the client side),
/// sent as raw bytes to the real service on loopback.
/// </summary>
public sealed class RealKestrelTests(RealKestrelTests.Service service) : IClassFixture<RealKestrelTests.Service>
{
    [Theory]
    [InlineData("/api/v1/articles/%00")] // refused by Kestrel
    [InlineData("/api/v1/articles/%25%30%30")] // an escaped escape reaches the application as the id "%00"
    [InlineData("/api/v1/articles/a%00b")]
    [InlineData("/api/v1/articles/%00%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/search?q=%00")]
    [InlineData("/api/v1/search?zone=%00&sort=%00")]
    public async Task ANulCharacterNeverCausesAServerError(string target)
    {
        var (status, head) = await RawGet(service.Api.BaseAddress, target);

        Assert.True(status is >= 200 and < 500, $"{status} for {target}: {head}");
        Assert.DoesNotContain("Exception", head, StringComparison.Ordinal);
        // Kestrel itself refuses a NUL in the path with a bare 400 before any middleware runs (no
        // body to describe); whatever reaches the application is answered as a problem document.
        var kestrelRefused = status == 400 && head.Contains("Content-Length: 0", StringComparison.OrdinalIgnoreCase);
        if (status >= 400 && !kestrelRefused)
        {
            Assert.Contains("application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<(int Status, string Response)> RawGet(Uri server, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    /// <summary>One real service process for all the cases.</summary>
    public sealed class Service : IAsyncLifetime
    {
        public ApiProcess Api { get; private set; } = null!;

        public async Task InitializeAsync() => Api = await ApiProcess.StartAsync();

        public async Task DisposeAsync() => await Api.DisposeAsync();
    }
}
