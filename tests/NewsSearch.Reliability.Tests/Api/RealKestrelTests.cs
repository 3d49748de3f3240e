using System.Net.Sockets;
using System.Text;
using NewsSearch.Client.Tests.Infrastructure;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Api;

/// <summary>
/// Requests the in-memory test server cannot carry (it refuses a NUL in a path on the client side),
/// sent as raw bytes to the real service on loopback.
/// </summary>
public sealed class RealKestrelTests(RealKestrelTests.Service service) : IClassFixture<RealKestrelTests.Service>
{
    // Kestrel itself refuses a NUL in the path with a bare 400 (no content type, no body) before any
    // middleware runs; whatever reaches the application is answered as JSON or a problem document.
    [Theory]
    [InlineData("/api/v1/articles/%00", 400, null)]
    [InlineData("/api/v1/articles/%25%30%30", 404, "application/problem+json")] // an escaped escape reaches the application as the id "%00"
    [InlineData("/api/v1/articles/a%00b", 400, null)]
    [InlineData("/api/v1/articles/%00%2F..%2F..%2Fetc%2Fpasswd", 400, null)]
    [InlineData("/api/v1/search?q=%00", 200, "application/json; charset=utf-8")] // nothing to search: browses
    [InlineData("/api/v1/search?zone=%00&sort=%00", 400, "application/problem+json")] // no such zone or sort
    public async Task ANulCharacterNeverCausesAServerError(string target, int expectedStatus, string? contentType)
    {
        var (status, head) = await RawGet(service.Api.BaseAddress, target).Within(TimeSpan.FromSeconds(30), $"GET {target} over a raw socket");

        Assert.True(status == expectedStatus, $"{status} for {target}: {head}");
        Assert.DoesNotContain("Exception", head, StringComparison.Ordinal);
        if (contentType is null)
        {
            Assert.Contains("\r\nContent-Length: 0\r\n", head, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Content-Type:", head, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Contains($"\r\nContent-Type: {contentType}\r\n", head, StringComparison.OrdinalIgnoreCase);
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
