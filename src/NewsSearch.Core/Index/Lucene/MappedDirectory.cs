using Lucene.Net.Store;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The index directory on disk, read through memory maps with cheap clones
/// (<see cref="MappedIndexInput"/>) and written as <see cref="FSDirectory"/> does. Merges read their
/// segments through ordinary buffered file reads instead (<see cref="NIOFSDirectory"/>): a merge reads
/// every byte of the segments it joins once, and through a map each of those pages counts in the
/// process's resident memory until the merged segments are closed, so a merge of large segments
/// added their whole size to the indexer's peak (340 MB in the middle of a 100,000-article run, measured). Read
/// with buffered reads the same pages stay in the system's file cache without being the process's.
/// </summary>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    private readonly NIOFSDirectory _streamed = new(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory());

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return IsMerge(context) ? _streamed.OpenInput(name, context) : Map(name);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return IsMerge(context) ? _streamed.CreateSlicer(name, context) : new Slicer(Map(name));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _streamed.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;

    private MappedIndexInput Map(string name)
    {
        var path = Path.Combine(Directory.FullName, name);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", MappedFile.Open(path));
    }

    private sealed class Slicer(MappedIndexInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            whole.Slice($"{whole} [slice={sliceDescription}]", offset, length);

        [Obsolete("Lucene.Net marks it obsolete; only old (3.x) compound files use it.")]
        public override IndexInput OpenFullSlice() => whole.Slice($"{whole} [full]", 0, whole.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                whole.Dispose();
            }
        }
    }
}
