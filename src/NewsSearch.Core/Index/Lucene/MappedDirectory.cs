using Lucene.Net.Store;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The index directory on disk, read through memory maps with cheap clones
/// (<see cref="MappedIndexInput"/>) and written as <see cref="FSDirectory"/> does.
/// </summary>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return Map(name);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(Map(name));
    }

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
