using System.Text;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>
/// Builds realistic synthetic articles from the real corpus's sentences: each article plants one
/// or two zones, maybe a partner country and one or two sectors by choosing sentences that carry
/// them, then fills to about 1,900 characters with sentences that mention nothing else. Dates spread over
/// 2015-2025; a share is rendered in Traditional script. With <see cref="ReprintShare"/>, a share of
/// the stories is republished one to four times right after the original (see <see cref="ReprintMaker"/>).
/// The same seed gives the same corpus.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Characters of body text aimed at.</summary>
    public const int TargetLength = 1_900;

    private static readonly string[] Sources = ["国际商报", "苏州日报", "新华日报", "中国日报网", "人民网", "苏州高新区", "江苏经济报", "财经快报网", "联合早报", "姑苏晚报"];
    private static readonly string[] Authors = ["", "", "孟旭", "夏燕燕", "吴婧茸", "孙宝", "张灿", "齐郁", "单陈晨"];
    private static readonly DateOnly FirstDay = new(2015, 1, 1);
    private static readonly int Days = new DateOnly(2025, 12, 31).DayNumber - FirstDay.DayNumber + 1;

    private readonly SentencePool _pool;
    private readonly ChineseScriptConverter _script;
    private readonly (FacetDimension Dimension, string Id)[][] _tagsByDimension;
    private readonly ReprintMaker _reprints;

    /// <summary>Creates a generator over a sentence pool.</summary>
    public CorpusGenerator(SentencePool pool, ChineseScriptConverter script)
    {
        _pool = pool;
        _script = script;
        _tagsByDimension = Enum.GetValues<FacetDimension>()
            .Select(d => pool.ByTag.Keys.Where(k => k.Dimension == d).OrderBy(k => k.Id, StringComparer.Ordinal).ToArray())
            .ToArray();
        _reprints = new ReprintMaker(script, pool.Titles, Sources);
    }

    /// <summary>Share of articles rendered in Traditional script.</summary>
    public double TraditionalShare { get; init; } = 0.15;

    /// <summary>Share of stories republished (1 to 4 more versions each); 0, the default, makes no reprints.</summary>
    public double ReprintShare { get; init; }

    /// <summary>
    /// Generates <paramref name="count"/> articles. Without reprints article i depends only on
    /// (seed, i); with them, the same seed and share still give the same corpus.
    /// </summary>
    public IEnumerable<GeneratedArticle> Generate(int count, int seed)
    {
        var i = 0;
        while (i < count)
        {
            var original = GenerateOne(seed, i);
            if (ReprintShare <= 0)
            {
                yield return original;
                i++;
                continue;
            }

            original = original with { Story = original.Article.Id };
            yield return original;
            var random = new Random(ArticleSeed(~seed, i));
            i++;
            if (random.NextDouble() >= ReprintShare)
            {
                continue;
            }

            for (var copies = random.Next(1, 5); copies > 0 && i < count; copies--, i++)
            {
                yield return _reprints.Make(original, seed, i, random);
            }
        }
    }

    private GeneratedArticle GenerateOne(int seed, int index)
    {
        var random = new Random(ArticleSeed(seed, index));
        var chosen = new List<int>();
        Plant(random, FacetDimension.Zone, random.Next(1, 3), chosen);
        if (random.NextDouble() < 0.6)
        {
            Plant(random, FacetDimension.Country, 1, chosen);
        }

        Plant(random, FacetDimension.Sector, random.Next(1, 3), chosen);
        // Filler mentions nothing beyond what was planted, so the planted values stay the article's
        // tags; when such sentences run out, they may repeat (as boilerplate does in real feeds).
        var planted = chosen.SelectMany(i => _pool.Sentences[i].Mentions.Keys).ToHashSet();
        var fillers = Enumerable.Range(0, _pool.Sentences.Count)
            .Where(i => !chosen.Contains(i) && _pool.Sentences[i].Mentions.Keys.All(planted.Contains))
            .ToList();
        var length = chosen.Sum(i => _pool.Sentences[i].Text.Length);
        var target = TargetLength + random.Next(-200, 201);
        var filler = new List<int>();
        var fresh = new List<int>(fillers);
        while (length < target && fillers.Count > 0)
        {
            var pool = fresh.Count > 0 ? fresh : fillers;
            var at = random.Next(pool.Count);
            var next = pool[at];
            if (pool == fresh)
            {
                fresh.RemoveAt(at);
            }

            filler.Add(next);
            length += _pool.Sentences[next].Text.Length;
        }

        // The planted sentences lead; filler is spread among the rest.
        var order = chosen.Take(1).Concat(chosen.Skip(1).Concat(filler).OrderBy(_ => random.Next())).ToList();
        var labels = Labels(order);
        var body = Paragraphs(order, random);
        var title = Title(_pool.Sentences[order[0]].Text);
        var traditional = random.NextDouble() < TraditionalShare;
        var article = new Article
        {
            Id = $"gen-{seed}-{index:D7}",
            Url = $"https://news.example.org/{seed}/{index}.html",
            Title = traditional ? _script.ToTraditional(title) : title,
            Published = FirstDay.AddDays(random.Next(Days)),
            Source = Sources[random.Next(Sources.Length)],
            Author = Authors[random.Next(Authors.Length)],
            Body = traditional ? _script.ToTraditional(body) : body,
        };
        return new GeneratedArticle(article, labels);
    }

    // HashCode is randomised per process; a fixed mix (SplitMix64) keeps files identical across runs.
    private static int ArticleSeed(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    // Plants a value with sentences enough to reach the tagger's minimum mentions.
    private void Plant(Random random, FacetDimension dimension, int how, List<int> chosen)
    {
        var candidates = _tagsByDimension[(int)dimension];
        for (var n = 0; n < how && candidates.Length > 0; n++)
        {
            var value = candidates[random.Next(candidates.Length)];
            var sentences = _pool.ByTag[value];
            var mentions = 0;
            for (var attempt = 0; attempt < 8 && mentions < FacetTagger.MinimumMentions; attempt++)
            {
                var pick = sentences[random.Next(sentences.Length)];
                if (!chosen.Contains(pick))
                {
                    chosen.Add(pick);
                    mentions += _pool.Sentences[pick].Mentions[value];
                }
            }
        }
    }

    // The values the chosen sentences mention often enough to be tags.
    private ArticleTags Labels(List<int> sentences)
    {
        var totals = new Dictionary<(FacetDimension Dimension, string Id), int>();
        foreach (var (key, count) in sentences.SelectMany(i => _pool.Sentences[i].Mentions))
        {
            totals[key] = totals.GetValueOrDefault(key) + count;
        }

        List<Tag> Of(FacetDimension d) => totals
            .Where(t => t.Key.Dimension == d && t.Value >= FacetTagger.MinimumMentions)
            .Select(t => new Tag(t.Key.Id, t.Value))
            .OrderByDescending(t => t.Mentions).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        return new ArticleTags(Of(FacetDimension.Zone), Of(FacetDimension.Country), Of(FacetDimension.Sector));
    }

    private string Paragraphs(List<int> sentences, Random random)
    {
        var builder = new StringBuilder(TargetLength + 400);
        var inParagraph = 0;
        var paragraphLength = random.Next(2, 5);
        foreach (var index in sentences)
        {
            if (inParagraph == paragraphLength)
            {
                builder.Append("\n\n");
                inParagraph = 0;
                paragraphLength = random.Next(2, 5);
            }

            builder.Append(_pool.Sentences[index].Text);
            inParagraph++;
        }

        return builder.ToString();
    }

    // A headline from the lead sentence: its first clause, without the closing punctuation.
    private static string Title(string lead)
    {
        var end = lead.Length > 8 ? lead.IndexOfAny(['，', ',', '；', '。', '！', '？'], 6) : -1;
        var clause = (end > 0 ? lead[..end] : lead).Trim('“', '”', '"', ' ', '。');
        return clause.Length > 30 ? clause[..30] : clause;
    }
}
