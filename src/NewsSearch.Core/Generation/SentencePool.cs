using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>
/// The sentences of the real corpus, folded to Simplified script and tagged one by one, so a
/// generator can plant known zones, countries and sectors by choosing sentences that carry them.
/// </summary>
public sealed class SentencePool
{
    private const int MinimumSentenceLength = 8;

    private SentencePool(List<PooledSentence> sentences, List<string> titles)
    {
        Sentences = sentences;
        Titles = titles;
        ByTag = sentences
            .SelectMany((s, i) => s.Mentions.Keys.Select(t => (t, i)))
            .GroupBy(x => x.t)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
    }

    /// <summary>Every sentence, in corpus order.</summary>
    public IReadOnlyList<PooledSentence> Sentences { get; }

    /// <summary>The real articles' titles (Simplified).</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Sentence indexes by the tag they carry.</summary>
    public IReadOnlyDictionary<(FacetDimension Dimension, string Id), int[]> ByTag { get; }

    /// <summary>Splits, folds and tags the bodies of <paramref name="articles"/> (tag every mention: minimumMentions 1).</summary>
    public static SentencePool Build(IEnumerable<Article> articles, FacetTagger tagger, ChineseScriptConverter script)
    {
        var sentences = new List<PooledSentence>();
        var titles = new List<string>();
        foreach (var article in articles)
        {
            if (article.Title.Length > 0)
            {
                titles.Add(script.ToSimplified(article.Title));
            }

            foreach (var sentence in Split(article.Body))
            {
                var simplified = script.ToSimplified(sentence);
                var tags = tagger.Tag("", simplified);
                var mentions = Enum.GetValues<FacetDimension>()
                    .SelectMany(d => tags.Of(d).Select(t => (Key: (d, t.Id), t.Mentions)))
                    .ToDictionary(x => x.Key, x => x.Mentions);
                sentences.Add(new PooledSentence(simplified, mentions));
            }
        }

        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("The corpus has no sentences to generate from.");
        }

        return new SentencePool(sentences, titles);
    }

    /// <summary>Splits text into sentences ending in 。！？ (with any closing quote), dropping fragments.</summary>
    public static IEnumerable<string> Split(string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] is not ('。' or '！' or '？' or '!' or '?'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < paragraph.Length && paragraph[end] is '”' or '’' or '"' or '」')
                {
                    end++;
                }

                var sentence = paragraph[start..end].Trim();
                if (sentence.Length >= MinimumSentenceLength)
                {
                    yield return sentence;
                }

                start = end;
                i = end - 1;
            }
        }
    }
}
