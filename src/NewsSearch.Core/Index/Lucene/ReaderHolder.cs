using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Holds the current point-in-time reader, in the manner of Lucene's SearcherManager: a search
/// leases it and releases it when done, and the reader is swapped for a newer one as soon as a
/// commit (by this process or another) is on disk. A commit adds a file, which changes the
/// directory's modification time: a lease reads that time (one stat) and lists the directory only
/// when it moved or is too recent to be trusted (two changes within a clock tick share a time), and
/// at least once a second. A commit of this process refreshes at once.
/// </summary>
internal sealed class ReaderHolder : IDisposable
{
    private static readonly TimeSpan Relist = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);

    private readonly LuceneDirectory _directory;
    private readonly string? _path;
    private readonly Lock _gate = new();
    private DateTime _listedStamp;
    private long _listedAt;
    private DirectoryReader _reader;
    private IndexSearcher _searcher;
    private TermContexts _terms;

    public ReaderHolder(LuceneDirectory directory)
    {
        _directory = directory;
        _path = (directory as FSDirectory)?.Directory.FullName;
        _reader = DirectoryReader.Open(directory);
        _searcher = NewSearcher(_reader);
        _terms = new TermContexts(_reader.Context);
    }

    /// <summary>The same BM25 at index time (norms) and at search time.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The newest committed reader, held until the lease is disposed.</summary>
    public Lease Acquire()
    {
        lock (_gate)
        {
            if (DirectoryMayHaveChanged())
            {
                RefreshIfStale();
            }

            _reader.IncRef();
            return new Lease(_reader, _searcher, _terms);
        }
    }

    /// <summary>Opens the newest commit now (after a commit by this process).</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            RefreshIfStale();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _reader.DecRef();
        }
    }

    private bool DirectoryMayHaveChanged()
    {
        if (_path is null)
        {
            return true;
        }

        var stamp = System.IO.Directory.GetLastWriteTimeUtc(_path);
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (stamp == _listedStamp && System.Diagnostics.Stopwatch.GetElapsedTime(_listedAt, now) < Relist)
        {
            return false;
        }

        // A time within a clock tick of now may yet be shared by a change still to come: not trusted.
        var settled = DateTime.UtcNow - stamp > Settle;
        (_listedStamp, _listedAt) = (settled ? stamp : default, now);
        return true;
    }

    private void RefreshIfStale()
    {
        if (SegmentInfos.GetLastCommitGeneration(_directory) == _reader.IndexCommit.Generation)
        {
            return;
        }

        // A commit that changed no documents (an empty batch still counts a generation) is not a
        // change to OpenIfChanged, which compares document versions: such a commit is opened afresh.
        var newer = DirectoryReader.OpenIfChanged(_reader) ?? DirectoryReader.Open(_directory);
        var old = _reader;
        _reader = newer;
        _searcher = NewSearcher(newer);
        _terms = new TermContexts(newer.Context);
        old.DecRef();
    }

    private static IndexSearcher NewSearcher(DirectoryReader reader) => new(reader) { Similarity = Similarity };

    /// <summary>A reader in use: it stays open (even once replaced) until disposed.</summary>
    public readonly struct Lease(DirectoryReader reader, IndexSearcher searcher, TermContexts terms) : IDisposable
    {
        public DirectoryReader Reader { get; } = reader;

        public IndexSearcher Searcher { get; } = searcher;

        /// <summary>The reader's terms as searches have looked them up.</summary>
        public TermContexts Terms { get; } = terms;

        /// <summary>Our own commit counter, from the reader's commit.</summary>
        public long Generation => CommitData.Generation(Reader.IndexCommit.UserData);

        public void Dispose() => Reader.DecRef();
    }
}
