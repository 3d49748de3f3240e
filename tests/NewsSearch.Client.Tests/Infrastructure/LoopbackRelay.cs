using System.Net;
using System.Net.Sockets;

namespace NewsSearch.Client.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port of its own, bound once (port 0) for the whole test, that forwards
/// each connection to whichever service instance is current. It gives a test that restarts the service
/// one address for its clients while each instance binds a fresh port of its own choosing: re-binding
/// the port a killed instance released is a race with every other process starting a server on the
/// machine, and a loaded CI machine loses it now and then. While no instance is current, a connection
/// is closed at once, so a request fails as one to a stopped service does (with an orderly close, not
/// a reset: .NET's HttpClient reports a reset that arrives while it connects as a bare SocketException,
/// not the HttpRequestException a refused connection gives).
/// </summary>
public sealed class LoopbackRelay : IAsyncDisposable
{
    private const int BufferSize = 16 * 1024;

    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private IPEndPoint? _target;

    public LoopbackRelay()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(512);
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndPoint!).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>The stable address clients use.</summary>
    public Uri Address { get; }

    /// <summary>Where new connections go; null closes them. Connections already relayed stay with their instance.</summary>
    public IPEndPoint? Target
    {
        get => Volatile.Read(ref _target);
        set => Volatile.Write(ref _target, value);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var service = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using (client)
        {
            try
            {
                await service.ConnectAsync(Target ?? throw new SocketException((int)SocketError.ConnectionRefused), _stop.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                return;
            }

            client.NoDelay = true;
            service.NoDelay = true;
            await Task.WhenAll(PumpAsync(client, service), PumpAsync(service, client));
        }
    }

    // Copies one direction; an end is passed on, and a failure (the instance was killed) closes both directions.
    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[BufferSize];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
