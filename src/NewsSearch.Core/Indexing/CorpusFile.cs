namespace NewsSearch.Core.Indexing;

/// <summary>A file found under a corpus root.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="Root">The root it was found under (ids and origins are relative to it).</param>
/// <param name="RelativePath">Path relative to <paramref name="Root"/>, with '/' separators.</param>
public sealed record CorpusFile(string FullPath, string Root, string RelativePath)
{
    /// <summary>Extensions read when walking a folder; other files there are not articles (taxonomy, notes).</summary>
    public static readonly IReadOnlySet<string> ArticleExtensions =
        new HashSet<string>([".txt", ".html", ".htm", ".jsonl"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The files named by <paramref name="paths"/>: a file as given, a folder walked recursively
    /// (hidden entries skipped) in ordinal order so runs are repeatable. Paths that do not exist
    /// are returned in <paramref name="missing"/>.
    /// </summary>
    public static List<CorpusFile> Find(IEnumerable<string> paths, List<SkippedItem> missing)
    {
        var files = new List<CorpusFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                var root = Path.GetDirectoryName(full)!;
                files.Add(new CorpusFile(full, root, Path.GetFileName(full)));
            }
            else if (Directory.Exists(full))
            {
                Walk(full, full, files, missing);
            }
            else
            {
                missing.Add(new SkippedItem(path, "no such file or folder"));
            }
        }

        return files;
    }

    private static void Walk(string root, string folder, List<CorpusFile> files, List<SkippedItem> problems)
    {
        string[] entries;
        string[] folders;
        try
        {
            entries = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new SkippedItem(Relative(root, folder), "cannot read folder: " + e.Message));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var file in entries)
        {
            var name = Path.GetFileName(file);
            if (!name.StartsWith('.') && ArticleExtensions.Contains(Path.GetExtension(name)))
            {
                files.Add(new CorpusFile(file, root, Relative(root, file)));
            }
        }

        foreach (var sub in folders)
        {
            if (!Path.GetFileName(sub).StartsWith('.'))
            {
                Walk(root, sub, files, problems);
            }
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
