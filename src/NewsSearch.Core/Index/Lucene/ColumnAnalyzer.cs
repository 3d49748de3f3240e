using Lucene.Net.Analysis;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The Lucene analyzer of every text field: the columns already hold our analyzer's terms
/// (<see cref="Analysis.Analyzer.IndexTerms"/>), so this only tokenizes them. Word segmentation
/// happens before, in our analyzer, where another segmenter can take ICU's place. The shingle
/// columns read a word column again and give its adjacent words two and three at a time
/// (<see cref="ShingleTokenizer"/>).
/// </summary>
internal sealed class ColumnAnalyzer() : global::Lucene.Net.Analysis.Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    // Per field: the default strategy would hand a shingle column the tokenizer made for a word column.
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        fieldName is ArticleFields.TitleShingles or ArticleFields.BodyShingles
            ? new(new ShingleTokenizer(reader))
            : new(new ColumnTokenizer(reader));
}
