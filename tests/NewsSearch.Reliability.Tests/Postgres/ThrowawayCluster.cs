using System.Diagnostics;
using NewsSearch.Tests.Shared;
using Npgsql;

namespace NewsSearch.Reliability.Tests.Postgres;

/// <summary>
/// A PostgreSQL primary and streaming standby of this test class alone, so its nodes can be stopped
/// and started without disturbing other tests. tools/postgres.sh picks the ports (<c>auto</c>) and
/// they are read back: fixed ports collided with any other run of these tests on the machine, and a
/// port picked here could be taken before the node binds it or while a drill has the node stopped.
/// </summary>
public sealed class ThrowawayCluster : IAsyncLifetime
{
    /// <summary>The application name of connections made through <see cref="ConnectionString"/>.</summary>
    public const string ApplicationName = "newssearch-failover";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"newssearch-failover-{Environment.ProcessId}");

    /// <summary>Both hosts, primary first; the host state is rechecked every second so a restarted node is used again at once.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The primary alone, for checks that must see what was written.</summary>
    public string PrimaryConnectionString { get; private set; } = "";

    /// <summary>The standby alone.</summary>
    public string ReplicaConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Script("destroy", _folder);
        await Script("start", _folder, "auto");
        var hosts = new NpgsqlConnectionStringBuilder((await Script("url", _folder)).Trim()).Host!.Split(',');
        var (primary, replica) = (hosts[0], hosts[1]);
        const string common = "Database=newssearch;Username=newssearch;Host Recheck Seconds=1;Timeout=5";
        const string unpooled = ";Pooling=false"; // the checks' own connections must not outlive a node restart
        ConnectionString = $"Host={primary},{replica};{common};Application Name={ApplicationName}";
        PrimaryConnectionString = $"Host={primary};{common}{unpooled}";
        ReplicaConnectionString = $"Host={replica};{common}{unpooled}";
    }

    public Task StopAsync(string node) => Script("stop-node", _folder, node);

    public Task StartAsync(string node) => Script("start-node", _folder, node);

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task WaitForReplayAsync()
    {
        string target;
        await using (var primary = new NpgsqlConnection(PrimaryConnectionString))
        {
            await primary.OpenAsync();
            await using var lsn = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
            target = (string)(await lsn.ExecuteScalarAsync())!;
        }

        var clock = Stopwatch.StartNew();
        await using var replica = new NpgsqlConnection(ReplicaConnectionString);
        await replica.OpenAsync();
        await using var caughtUp = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn() >= @target::pg_lsn", replica);
        caughtUp.Parameters.AddWithValue("target", target);
        while (!(bool)(await caughtUp.ExecuteScalarAsync())!)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("the standby did not catch up within 30 s");
            }

            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Script("destroy", _folder);
    }

    private static async Task<string> Script(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(TestPaths.RepositoryRoot, "tools", "postgres.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var what = $"tools/postgres.sh {string.Join(' ', arguments)}";
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await Bounded.WaitForExitAsync(process, TimeSpan.FromSeconds(120), what);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({process.ExitCode}): {await errors.Within(TimeSpan.FromSeconds(10), $"the errors of {what}")}{await output.Within(TimeSpan.FromSeconds(10), $"the output of {what}")}");
        }

        return await output;
    }
}
