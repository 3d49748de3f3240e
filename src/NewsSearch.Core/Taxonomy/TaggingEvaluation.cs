namespace NewsSearch.Core.Taxonomy;

/// <summary>
/// Precision and recall of a <see cref="FacetTagger"/> against <see cref="JudgedArticle"/>s, per
/// dimension, counted over (article, value) pairs. Judged values imply their parents, as the facets
/// do (a tag on auto parts is also one on automotive), so both sides are compared with ancestors added.
/// </summary>
public sealed class TaggingEvaluation
{
    private readonly Dictionary<FacetDimension, DimensionScore> _scores;

    private TaggingEvaluation(Dictionary<FacetDimension, DimensionScore> scores, IReadOnlyList<TaggingMiss> misses)
    {
        _scores = scores;
        Misses = misses;
    }

    /// <summary>Every value tagged but not judged (<see cref="TaggingMiss.Extra"/>) or judged but not tagged.</summary>
    public IReadOnlyList<TaggingMiss> Misses { get; }

    /// <summary>The score of one dimension.</summary>
    public DimensionScore Of(FacetDimension dimension) => _scores[dimension];

    /// <summary>Tags every article and compares the tags with the judged values.</summary>
    /// <exception cref="ArgumentException">A judged id is not in <paramref name="vocabulary"/>.</exception>
    public static TaggingEvaluation Run(FacetTagger tagger, FacetVocabulary vocabulary, IEnumerable<JudgedArticle> articles)
    {
        var counts = Enum.GetValues<FacetDimension>().ToDictionary(d => d, _ => (Right: 0, Tagged: 0, Judged: 0));
        var misses = new List<TaggingMiss>();
        foreach (var article in articles)
        {
            var tags = tagger.Tag(article.Title, article.Body);
            foreach (var dimension in Enum.GetValues<FacetDimension>())
            {
                var judged = WithAncestors(vocabulary, dimension, article.Of(dimension), article.Id);
                var tagged = tags.Of(dimension).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
                var (right, taggedCount, judgedCount) = counts[dimension];
                counts[dimension] = (right + tagged.Count(judged.Contains), taggedCount + tagged.Count, judgedCount + judged.Count);
                misses.AddRange(tagged.Except(judged).Order(StringComparer.Ordinal).Select(id => new TaggingMiss(article.Id, dimension, id, true)));
                misses.AddRange(judged.Except(tagged).Order(StringComparer.Ordinal).Select(id => new TaggingMiss(article.Id, dimension, id, false)));
            }
        }

        return new TaggingEvaluation(counts.ToDictionary(c => c.Key, c => new DimensionScore(c.Value.Right, c.Value.Tagged, c.Value.Judged)), misses);
    }

    private static HashSet<string> WithAncestors(FacetVocabulary vocabulary, FacetDimension dimension, IEnumerable<string> ids, string article)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            for (var value = vocabulary.Find(dimension, id)
                    ?? throw new ArgumentException($"article {article}: '{id}' is no {FacetVocabulary.DimensionName(dimension)} of the taxonomy.");
                value is not null;
                value = value.ParentId is { } parent ? vocabulary.Find(dimension, parent) : null)
            {
                all.Add(value.Id);
            }
        }

        return all;
    }
}
