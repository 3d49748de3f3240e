namespace NewsSearch.Core.Analysis;

/// <summary>
/// The one analyzer for documents and queries: fold (NFKC, lower case, Traditional to Simplified),
/// segment into dictionary words (ICU word break or SmartCn, see <see cref="WordSegmenters"/>), and add overlapping CJK bigrams so that a query matches
/// even where it and the document were segmented differently. Thread-safe.
/// </summary>
public sealed class Analyzer : IDisposable
{
    private readonly IWordSegmenter _segmenter;
    private readonly ChineseScriptConverter _script = new();

    /// <summary>Creates the analyzer with ICU word break; loads libicu on first use.</summary>
    public Analyzer()
        : this(new IcuWordSegmenter())
    {
    }

    /// <summary>Creates the analyzer with <paramref name="segmenter"/>, which it owns from now on.</summary>
    public Analyzer(IWordSegmenter segmenter)
    {
        _segmenter = segmenter;
        Folder = new TextFolder(_script);
    }

    /// <summary>The name of the word segmenter, as in <see cref="WordSegmenters"/>; an index records it.</summary>
    public string Segmenter => _segmenter.Name;

    /// <summary>ICU's script conversion, shared with the folder.</summary>
    public ChineseScriptConverter Script => _script;

    /// <summary>The folding step alone, for callers that match folded strings (tagger, snippets).</summary>
    public TextFolder Folder { get; }

    /// <summary>Analyzes <paramref name="text"/> into words and grams with offsets into it (queries, highlighting).</summary>
    public AnalyzedText Analyze(string text)
    {
        var folded = Folder.Fold(text);
        var sink = new TokenSink(folded);
        TermWalker.Walk(folded.Text, _segmenter.Segment(folded.Text), sink);
        return new AnalyzedText(folded, sink.Words, sink.Grams, sink.WordPositions);
    }

    /// <summary>
    /// The index columns of <paramref name="text"/>: its words and its grams, each space-separated.
    /// The same terms as <see cref="Analyze"/>, built without token objects or offsets.
    /// </summary>
    public IndexedText IndexTerms(string text)
    {
        if (text.Length == 0)
        {
            return IndexedText.Empty;
        }

        var folded = Folder.FoldToString(text);
        var sink = new ColumnSink(folded.Length);
        TermWalker.Walk(folded, _segmenter.Segment(folded), sink);
        return new IndexedText(sink.Words.ToString(), sink.Grams.ToString());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _segmenter.Dispose();
        _script.Dispose();
    }
}
