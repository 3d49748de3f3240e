using System.Globalization;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Bench;

/// <summary>Precision and recall of the facet tagger on a judged set of short articles, per dimension.</summary>
internal static class TaggingBenchmark
{
    public static int Run(string setPath, string? taxonomyPath, bool showMisses, TextWriter output)
    {
        var vocabulary = taxonomyPath is null ? FacetVocabulary.Default : FacetVocabulary.Load(taxonomyPath);
        using var analyzer = new Analyzer(WordSegmenters.Create(WordSegmenters.Icu));
        var articles = JudgedArticle.ReadAll(setPath);
        var evaluation = TaggingEvaluation.Run(new FacetTagger(vocabulary, analyzer.Folder), vocabulary, articles);

        output.WriteLine($"{articles.Count} judged articles from {setPath}");
        output.WriteLine("dimension  precision  recall  right/tagged  right/judged");
        foreach (var dimension in Enum.GetValues<FacetDimension>())
        {
            var score = evaluation.Of(dimension);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{FacetVocabulary.DimensionName(dimension),-9}  {score.Precision,9:0.000}  {score.Recall,6:0.000}  {score.Right,5}/{score.Tagged,-6}  {score.Right,5}/{score.Judged}"));
        }

        if (showMisses)
        {
            foreach (var miss in evaluation.Misses)
            {
                output.WriteLine($"{miss.ArticleId}  {FacetVocabulary.DimensionName(miss.Dimension),-7}  {(miss.Extra ? "extra " : "missed")}  {miss.ValueId}");
            }
        }

        return 0;
    }
}
