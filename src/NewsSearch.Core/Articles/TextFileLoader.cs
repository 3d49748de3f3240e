using System.Globalization;

namespace NewsSearch.Core.Articles;

/// <summary>Reads a whole text or HTML file and decodes it, reporting why a file cannot be used.</summary>
internal static class TextFileLoader
{
    /// <summary>Returns the decoded text, or null after adding a skip problem.</summary>
    /// <exception cref="IOException">The file cannot be read; the caller reports it.</exception>
    public static string? Load(string path, string origin, List<ReadProblem> problems)
    {
        var length = new FileInfo(path).Length;
        if (length > ArticleReadLimits.MaxWholeFileBytes)
        {
            var megabytes = (length / (double)ArticleReadLimits.BytesPerMegabyte).ToString("0.#", CultureInfo.InvariantCulture);
            return Skip(problems, origin, $"file too large ({megabytes} MB, limit {ArticleReadLimits.MaxWholeFileBytes / ArticleReadLimits.BytesPerMegabyte} MB)");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
        {
            return Skip(problems, origin, "empty file");
        }

        var utf16 = TextDecoder.HasUtf16ByteOrderMark(bytes);
        if (!utf16 && ContentSniffer.LooksBinary(bytes))
        {
            return Skip(problems, origin, "binary file");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded is null)
        {
            return Skip(problems, origin, "cannot decode as UTF-8, GB18030 or Big5");
        }

        if (utf16 && ContentSniffer.LooksBinary(decoded.Text))
        {
            return Skip(problems, origin, "binary file");
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return Skip(problems, origin, "empty file");
        }

        if (decoded.TruncatedAtEnd)
        {
            problems.Add(new ReadProblem(origin, "truncated: incomplete character at end", Skipped: false));
        }

        return decoded.Text;
    }

    private static string? Skip(List<ReadProblem> problems, string origin, string reason)
    {
        problems.Add(new ReadProblem(origin, reason, Skipped: true));
        return null;
    }
}
