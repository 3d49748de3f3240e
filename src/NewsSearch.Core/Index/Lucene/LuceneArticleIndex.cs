using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The Lucene.Net engine: an index directory holding every article (stored fields, doc values and
/// the analyzer's word and gram columns), its placement (origin, reprint group) and the record of
/// indexed source files, so one commit makes them visible together. Searches read a point-in-time
/// reader that follows each commit; one writer at a time holds the directory's lock.
/// </summary>
public sealed partial class LuceneArticleIndex : IArticleIndex
{
    /// <summary>How long a second writer waits for the first to finish before giving up.</summary>
    public static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(10);

    // How long a first commit still being written by another writer may stay unreadable (a damaged one is then reported).
    private static readonly TimeSpan FirstCommitWait = TimeSpan.FromSeconds(10);

    // Writers of this process queue here first: Lucene's lock polls once a second, too slow for
    // requests of one service; the directory lock still keeps other processes out.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriterGates = new(StringComparer.Ordinal);

    private readonly LuceneDirectory _directory;
    private readonly ReaderHolder _readers;
    private readonly SemaphoreSlim _writerGate;
    private readonly WriterHolder _writers;
    private readonly string? _requestedSegmenter;

    private LuceneArticleIndex(string path, LuceneDirectory directory, string? segmenter)
    {
        Location = path;
        _requestedSegmenter = segmenter;
        _directory = directory;
        _readers = new ReaderHolder(directory);
        _writerGate = WriterGates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        _writers = new WriterHolder(() => OpenWriter(directory, OpenMode.APPEND, path));
    }

    /// <inheritdoc />
    public string Engine => ArticleIndexes.Lucene;

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    /// <remarks>The one the newest commit records; a new, empty index takes the one it was opened with, else SmartCn.</remarks>
    public string Segmenter
    {
        get
        {
            using var lease = _readers.Acquire();
            return CommitData.Segmenter(lease.Reader.IndexCommit.UserData) ?? _requestedSegmenter ?? WordSegmenters.SmartCn;
        }
    }

    /// <inheritdoc />
    public long Generation
    {
        get
        {
            using var lease = _readers.Acquire();
            return lease.Generation;
        }
    }

    /// <summary>
    /// Opens the index in the directory <paramref name="path"/>, creating it when missing. With
    /// <paramref name="rebuild"/> everything in the directory is deleted first. Throws
    /// <see cref="IndexVersionException"/> for a directory holding something else or an index of
    /// another layout version. <paramref name="segmenter"/> is the word segmenter the caller's writes
    /// are analyzed with (null: whichever the index records); writes with another one than the index
    /// records are refused (<see cref="SegmenterMismatchException"/>).
    /// </summary>
    public static LuceneArticleIndex Open(string path, bool rebuild = false, string? segmenter = null)
    {
        var full = Path.GetFullPath(path);
        if (rebuild && System.IO.Directory.Exists(full))
        {
            System.IO.Directory.Delete(full, recursive: true);
        }

        System.IO.Directory.CreateDirectory(full);
        var directory = new MappedDirectory(full);
        try
        {
            EnsureIndex(full, directory);
            return new LuceneArticleIndex(full, directory, segmenter);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IIndexBatch BeginBatch()
    {
        if (!_writerGate.Wait(WriterWait))
        {
            throw Busy(null);
        }

        try
        {
            var writer = _writers.Take();
            // The batch reads the commit it starts from, the newest: no other writer can commit now.
            _readers.Refresh();
            var lease = _readers.Acquire();
            var recorded = CommitData.Segmenter(lease.Reader.IndexCommit.UserData);
            if (recorded is not null && _requestedSegmenter is not null && recorded != _requestedSegmenter)
            {
                lease.Dispose();
                _writers.RollBack();
                throw new SegmenterMismatchException(Engine, Location, recorded, _requestedSegmenter);
            }

            return new LuceneIndexBatch(writer, lease, recorded ?? _requestedSegmenter ?? WordSegmenters.SmartCn, Location, committed =>
            {
                if (committed)
                {
                    _writers.Committed();
                    _readers.Refresh();
                }
                else
                {
                    _writers.RollBack();
                }

                _writerGate.Release();
            });
        }
        catch
        {
            _writerGate.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public Article? Find(string id)
    {
        using var lease = _readers.Acquire();
        var document = StoredLookup.One(lease.Searcher, ArticleFields.Id, id);
        return document is null ? null : WithOrigin(lease.Searcher, ArticleFields.ToArticle(document), ArticleFields.KeyOf(document, ArticleFields.Key));
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<long, Article> Fetch(IReadOnlyList<long> keys, bool withOrigin = true)
    {
        var articles = new Dictionary<long, Article>(keys.Count);
        using var lease = _readers.Acquire();
        var view = _view is { } current && ReferenceEquals(current.Reader, lease.Reader) ? current : null;
        foreach (var key in keys)
        {
            if (view is not null)
            {
                // The reader's view knows where each live article and its placement are: no term lookups.
                if (StoredLookup.ArticleAt(lease.Searcher, view, key, withOrigin) is { } article)
                {
                    articles[key] = article;
                }
            }
            else if (StoredLookup.One(lease.Searcher, ArticleFields.Key, ArticleFields.Text(key)) is { } document)
            {
                articles[key] = WithOrigin(lease.Searcher, ArticleFields.ToArticle(document), key);
            }
        }

        return articles;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ContentHashes(IReadOnlyCollection<string> ids)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var lease = _readers.Acquire();
        foreach (var id in ids)
        {
            if (StoredLookup.One(lease.Searcher, ArticleFields.Id, id) is { } document)
            {
                hashes[id] = document.Get(ArticleFields.Hash);
            }
        }

        return hashes;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, SourceFileRecord> SourceFiles()
    {
        using var lease = _readers.Acquire();
        return StoredLookup.All(lease.Searcher, ArticleFields.Type, ArticleFields.FileType)
            .Select(ArticleFields.ToSourceFile)
            .ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writers.Dispose();
        _readers.Dispose();
        _directory.Dispose();
    }

    private static Article WithOrigin(IndexSearcher searcher, Article article, long key) =>
        article with { Origin = StoredLookup.One(searcher, ArticleFields.PlacementKey, ArticleFields.Text(key))?.Get(ArticleFields.Origin) };

    private static void EnsureIndex(string path, LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            // Files and still no index: foreign ones, unless another opener's first commit appeared
            // between the two looks (its segments_1 is the file seen), so look again.
            if (directory.ListAll().Any(f => f != IndexWriter.WRITE_LOCK_NAME) && !DirectoryReader.IndexExists(directory))
            {
                throw new IndexVersionException(
                    $"{path} holds files but no NewsSearch index; choose another directory or start it afresh with --rebuild.");
            }

            // Two processes may create it at once: the second waits for the lock, then finds the index.
            using var writer = OpenWriter(directory, OpenMode.CREATE_OR_APPEND, path);
            if (!DirectoryReader.IndexExists(directory))
            {
                writer.SetCommitData(CommitData.Initial());
                writer.Commit();
            }
        }

        var version = CommitData.Schema(LatestCommitData(directory));
        if (version != CommitData.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new IndexVersionException(
                $"{path} has index layout version {version ?? "unknown"}, but this build reads version {CommitData.SchemaVersion}. " +
                $"Rebuild it: indexer index <corpus> --engine lucene --db {path} --rebuild");
        }
    }

    /// <summary>
    /// The user data of the newest readable commit. Lucene 4.8 writes segments_N in place: a reader
    /// falls back to the commit before one still being written, but the first commit of a new index
    /// (created by another process or thread a moment ago) has none, so it is read again, boundedly.
    /// </summary>
    private static IDictionary<string, string> LatestCommitData(LuceneDirectory directory)
    {
        var deadline = DateTime.UtcNow + FirstCommitWait;
        while (true)
        {
            try
            {
                var infos = new SegmentInfos();
                infos.Read(directory);
                return infos.UserData;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    private static IndexWriter OpenWriter(LuceneDirectory directory, OpenMode mode, string path)
    {
        var config = WriterHolder.Config(mode);
        config.WriteLockTimeout = (long)WriterWait.TotalMilliseconds;
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            throw Busy(e, path);
        }
    }

    private IndexUnavailableException Busy(Exception? inner) => Busy(inner, Location);

    private static IndexUnavailableException Busy(Exception? inner, string path)
    {
        var message = $"Another writer has held the index at {path} for over {WriterWait.TotalSeconds:0} s; try again when it has finished.";
        return inner is null ? new IndexUnavailableException(message) : new IndexUnavailableException(message, inner);
    }
}
