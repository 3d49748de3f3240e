using System.Diagnostics;
using NewsSearch.Tests.Shared;

namespace NewsSearch.Reliability.Tests.Indexing;

/// <summary>
/// A tmpfs of a few megabytes mounted on a fresh folder, so an index on it fills the disk; unmounted
/// on dispose. Mounting needs root: elsewhere the test is skipped with the reason, never passed, and
/// as root a mount that fails fails the test, so the disk-full path cannot go untested unnoticed.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder) => Folder = folder;

    public string Folder { get; }

    public static SmallDisk Mount(string folder, int megabytes)
    {
        Directory.CreateDirectory(folder);
        var mounted = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", folder);
        Skip.If(!mounted && !Environment.IsPrivilegedProcess, $"cannot mount a {megabytes} MB tmpfs without root; the disk-full path was not tested");
        Assert.True(mounted, $"mount -t tmpfs failed on {folder} although this process runs as root");
        return new SmallDisk(folder);
    }

    /// <summary>Fills <paramref name="megabytes"/> of the disk with a file that <see cref="FreeFiller"/> deletes again.</summary>
    public void Fill(int megabytes) => File.WriteAllBytes(Path.Combine(Folder, "filler"), new byte[megabytes << 20]);

    public void FreeFiller() => File.Delete(Path.Combine(Folder, "filler"));

    public void Dispose()
    {
        if (!Run("umount", Folder))
        {
            Run("umount", "-l", Folder);
        }
    }

    private static bool Run(string file, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            Bounded.WaitForExit(process, TimeSpan.FromSeconds(10), $"{file} {string.Join(' ', args)}");
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
