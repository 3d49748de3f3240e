using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// One index file mapped read-only into memory, with the address of its first byte. Index files are
/// written once and never changed, so every input and clone over it reads the same bytes without a
/// lock. The mapping is released when the input that opened it is disposed (Lucene's contract: a
/// clone is not used after its original is closed, which the reader leases guarantee), or by the
/// finalizer if that never happens.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;
    private readonly SafeMemoryMappedViewHandle? _handle;
    private int _released;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        _handle = view?.SafeMemoryMappedViewHandle;
        Start = start;
        Length = length;
    }

    ~MappedFile() => Release();

    /// <summary>The first byte (null for an empty file).</summary>
    public byte* Start { get; }

    /// <summary>The file's length in bytes.</summary>
    public long Length { get; }

    /// <summary>False once released: reading then would touch memory that is no longer mapped.</summary>
    public bool IsOpen => Volatile.Read(ref _released) == 0;

    /// <summary>Maps <paramref name="path"/>; an empty file is not mapped (the system refuses to).</summary>
    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = stream.Length;
        if (length == 0)
        {
            return new MappedFile(null, null, 0);
        }

        // The view keeps the mapping alive once the file and the mapping object are closed.
        using var mapping = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = mapping.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, length);
    }

    /// <summary>Unmaps the file; later calls do nothing.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0 || _handle is null)
        {
            return;
        }

        _handle.ReleasePointer();
        _view!.Dispose();
        GC.SuppressFinalize(this);
    }
}
