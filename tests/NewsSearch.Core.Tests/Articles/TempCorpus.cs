using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Tests.Articles;

/// <summary>A throw-away corpus folder for reader tests that need files on disk.</summary>
internal sealed class TempCorpus : IDisposable
{
    static TempCorpus() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public string Root { get; } = Directory.CreateTempSubdirectory("newssearch-articles-").FullName;

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string relativePath, string text, Encoding encoding) =>
        Write(relativePath, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public ArticleReadResult Read(string relativePath) =>
        new ArticleFileReader().Read(Path.Combine(Root, relativePath), Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
