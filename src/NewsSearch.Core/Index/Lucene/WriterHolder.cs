using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The directory's <see cref="IndexWriter"/>, kept open from one batch to the next while writes keep
/// coming and closed once idle, so that other processes can take the lock between bursts. Opening a
/// writer per batch made every commit wait for the merges it had started (the indexer commits every
/// two seconds); a kept writer merges in the background.
/// </summary>
internal sealed class WriterHolder : IDisposable
{
    /// <summary>How long an idle writer keeps the directory's lock.</summary>
    public static readonly TimeSpan IdleRelease = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Func<IndexWriter> _open;
    private readonly Timer _release;
    private IndexWriter? _writer;
    private bool _inUse;
    private bool _disposed;

    /// <summary>
    /// How every writer of the index is set up. Segments are written as plain files, not packed into
    /// a compound file: packing copies every flushed segment once more, and the index has few
    /// segments at a time. The RAM buffer is larger than a commit's worth of articles, so segments
    /// are cut by commits, not by memory.
    /// </summary>
    public static IndexWriterConfig Config(OpenMode mode) => new(LuceneVersion.LUCENE_48, new ColumnAnalyzer())
    {
        OpenMode = mode,
        Similarity = ReaderHolder.Similarity,
        RAMBufferSizeMB = 64,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };

    public WriterHolder(Func<IndexWriter> open)
    {
        _open = open;
        _release = new Timer(_ => ReleaseIfIdle(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>The writer for one batch; opened (taking the lock) when none is kept.</summary>
    public IndexWriter Take()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _release.Change(Timeout.Infinite, Timeout.Infinite);
            _writer ??= _open();
            _inUse = true;
            return _writer;
        }
    }

    /// <summary>The batch committed: keep the writer for the next one a while.</summary>
    public void Committed()
    {
        lock (_gate)
        {
            _inUse = false;
            _release.Change(IdleRelease, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>The batch is abandoned: roll its writes back, which also closes the writer.</summary>
    public void RollBack()
    {
        lock (_gate)
        {
            _inUse = false;
            var writer = _writer;
            _writer = null;
            writer?.Rollback();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _release.Dispose();
            // Closing a writer commits what it holds: a batch still open is rolled back instead, so
            // disposal never makes half a batch visible.
            if (_inUse)
            {
                _writer?.Rollback();
            }
            else
            {
                Close(_writer);
            }

            _writer = null;
        }
    }

    private void ReleaseIfIdle()
    {
        lock (_gate)
        {
            if (_inUse || _writer is null)
            {
                return;
            }

            // Lets running merges finish: they hold the lock a little longer, but their work is kept.
            Close(_writer);
            _writer = null;
        }
    }

    // A close that cannot write (a full disk) keeps the last commit: nothing uncommitted is lost,
    // since a batch commits before the writer goes idle, and this runs on a timer, where a throw would end the process.
    // The rollback itself fails when the directory is gone (deleted under a kept writer): nothing is left to keep then.
    private static void Close(IndexWriter? writer)
    {
        try
        {
            writer?.Dispose();
        }
        catch (Exception e) when (e is IOException or MergePolicy.MergeException)
        {
            try
            {
                writer?.Rollback();
            }
            catch (IOException)
            {
            }
        }
    }
}
