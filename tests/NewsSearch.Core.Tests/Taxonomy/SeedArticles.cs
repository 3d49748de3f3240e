using System.Text.RegularExpressions;

namespace NewsSearch.Core.Tests.Taxonomy;

/// <summary>
/// The five real articles with their page furniture stripped by hand-picked rules, so the tagger
/// tests do not depend on the cleaner being written in parallel.
/// </summary>
internal static partial class SeedArticles
{
    public static string CorpusDirectory { get; } = FindCorpus();

    public static string TaxonomyPath => Path.Combine(CorpusDirectory, "taxonomy.json");

    public static (string Title, string Body) Load(string number)
    {
        var path = Directory.GetFiles(CorpusDirectory, number + "_*.txt").Single();
        var lines = File.ReadAllLines(path).ToList();
        switch (number)
        {
            case "000":
                lines = lines.Skip(1).TakeWhile(l => l != "上一篇新闻").ToList();
                return TitleAndBody(lines);
            case "001":
                var text = Pinyin().Replace(string.Join('\n', lines.Skip(1)), "");
                return ("", text);
            case "002":
                lines = lines.Where(l => !l.StartsWith("来源:", StringComparison.Ordinal)).ToList();
                return TitleAndBody(lines.Take(lines.FindLastIndex(l => l.Length > 0)).ToList());
            case "003":
                lines = lines.Where(l => !l.StartsWith("来源:", StringComparison.Ordinal))
                    .TakeWhile(l => !l.StartsWith("关键词:", StringComparison.Ordinal)).ToList();
                return TitleAndBody(lines);
            case "004":
                const string title = "相城经开区打造现代化一流国家级经开区";
                lines = lines.TakeWhile(l => !l.StartsWith("本版撰稿", StringComparison.Ordinal)).ToList();
                lines.Remove(title);
                return (title, string.Join('\n', lines));
            default:
                throw new ArgumentOutOfRangeException(nameof(number));
        }
    }

    private static (string Title, string Body) TitleAndBody(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        return (lines[first].Trim(), string.Join('\n', lines.Skip(first + 1)));
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "taxonomy.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("corpus/taxonomy.json not found above " + AppContext.BaseDirectory);
    }

    // Ruby-style readings in the Traditional article: 服務(wù), 貿(mào).
    [GeneratedRegex(@"\([a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*\)")]
    private static partial Regex Pinyin();
}
