using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Generation;

/// <summary>
/// Makes a republished version of a generated article, as other sites do: another source, address
/// and day; often a reworded headline and the site's own furniture (原标题, 来源, 责任编辑 and
/// 相关阅读 lines); sometimes in Traditional script or without its last paragraph.
/// </summary>
internal sealed class ReprintMaker
{
    private static readonly string[] Editors = ["王静", "李明", "陈晓", "刘洋", "赵磊"];
    private static readonly string[] Headlines = ["{0}", "【{1}】{0}", "{0}（组图）", "权威发布｜{0}", "{0}——{1}报道"];

    private readonly ChineseScriptConverter _script;
    private readonly IReadOnlyList<string> _titles;
    private readonly string[] _sources;

    public ReprintMaker(ChineseScriptConverter script, IReadOnlyList<string> titles, string[] sources)
    {
        _script = script;
        _titles = titles;
        _sources = sources;
    }

    public GeneratedArticle Make(GeneratedArticle original, int seed, int index, Random random)
    {
        var a = original.Article;
        var source = _sources[random.Next(_sources.Length)];
        var paragraphs = a.Body.Split("\n\n").ToList();
        if (paragraphs.Count >= 4 && random.NextDouble() < 0.25)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        var title = a.Title;
        if (random.NextDouble() < 0.7)
        {
            title = string.Format(System.Globalization.CultureInfo.InvariantCulture, Headlines[random.Next(Headlines.Length)], a.Title, source);
            Furnish(paragraphs, a, random);
        }

        var body = string.Join("\n\n", paragraphs);
        var simplified = _script.ToTraditional(a.Title) != a.Title;
        if (simplified && random.NextDouble() < 0.5)
        {
            (title, body) = (_script.ToTraditional(title), _script.ToTraditional(body));
        }

        var article = a with
        {
            Id = $"gen-{seed}-{index:D7}",
            Url = $"https://reprint.example.net/{seed}/{index}.html",
            Title = title,
            Body = body,
            Source = source,
            Published = a.Published?.AddDays(random.Next(0, 4)),
        };
        return new GeneratedArticle(article, original.Labels, original.Story);
    }

    private void Furnish(List<string> paragraphs, Article original, Random random)
    {
        if (random.NextDouble() < 0.5)
        {
            paragraphs.Insert(0, "原标题：" + original.Title);
        }

        paragraphs.Insert(0, "来源：" + original.Source);
        paragraphs.Add("责任编辑：" + Editors[random.Next(Editors.Length)]);
        if (_titles.Count > 0 && random.NextDouble() < 0.6)
        {
            paragraphs.Add("相关阅读：");
            for (var i = 0; i < 3; i++)
            {
                paragraphs.Add(_titles[random.Next(_titles.Count)]);
            }
        }
    }
}
