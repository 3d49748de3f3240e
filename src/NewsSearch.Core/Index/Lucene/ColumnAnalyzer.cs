using Lucene.Net.Analysis;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The Lucene analyzer of every text field: the columns already hold our analyzer's terms
/// (<see cref="Analysis.Analyzer.IndexTerms"/>), so this only tokenizes them. Word segmentation
/// happens before, in our analyzer, where another segmenter can take ICU's place.
/// </summary>
internal sealed class ColumnAnalyzer : global::Lucene.Net.Analysis.Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ColumnTokenizer(reader));
}
