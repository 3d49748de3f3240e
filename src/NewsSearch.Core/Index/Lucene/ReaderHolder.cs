using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// Holds the current point-in-time reader, in the manner of Lucene's SearcherManager: a search
/// leases it and releases it when done, and the reader is swapped for a newer one as soon as a
/// commit (by this process or another) is on disk. The check is a listing of the directory, which
/// costs microseconds, so it is made on every lease and no commit is seen late.
/// </summary>
internal sealed class ReaderHolder : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Lock _gate = new();
    private DirectoryReader _reader;
    private IndexSearcher _searcher;

    public ReaderHolder(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = NewSearcher(_reader);
    }

    /// <summary>The same BM25 at index time (norms) and at search time.</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>The newest committed reader, held until the lease is disposed.</summary>
    public Lease Acquire()
    {
        lock (_gate)
        {
            RefreshIfStale();
            _reader.IncRef();
            return new Lease(_reader, _searcher);
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
        old.DecRef();
    }

    private static IndexSearcher NewSearcher(DirectoryReader reader) => new(reader) { Similarity = Similarity };

    /// <summary>A reader in use: it stays open (even once replaced) until disposed.</summary>
    public readonly struct Lease(DirectoryReader reader, IndexSearcher searcher) : IDisposable
    {
        public DirectoryReader Reader { get; } = reader;

        public IndexSearcher Searcher { get; } = searcher;

        /// <summary>Our own commit counter, from the reader's commit.</summary>
        public long Generation => CommitData.Generation(Reader.IndexCommit.UserData);

        public void Dispose() => Reader.DecRef();
    }
}
