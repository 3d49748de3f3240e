namespace NewsSearch.Core.Reprints;

/// <summary>The parameters of reprint detection; changing any of them means rebuilding the index.</summary>
public static class ReprintDefaults
{
    /// <summary>
    /// Characters (letters and digits) per shingle. Long shingles span sentence boundaries, so they
    /// capture the order of sentences: stories built from the same stock sentences in another order
    /// share few of them, while a reprint keeps its original's order (see docs/benchmarks.md).
    /// </summary>
    public const int ShingleLength = 24;

    /// <summary>MinHash functions per signature.</summary>
    public const int HashCount = 64;

    /// <summary>LSH bands; <see cref="Bands"/> × <see cref="RowsPerBand"/> = <see cref="HashCount"/>.</summary>
    public const int Bands = 16;

    /// <summary>Minima per LSH band.</summary>
    public const int RowsPerBand = 4;

    /// <summary>Estimated Jaccard similarity from which two bodies are the same story.</summary>
    public const double SimilarityThreshold = 0.6;

    /// <summary>Days per publication period; reprints are looked for in an article's period and its neighbours (<see cref="ReprintPeriod"/>).</summary>
    public const int PeriodDays = 30;

    /// <summary>Bodies with fewer shingles than this get no signature: too short to tell a reprint from a coincidence.</summary>
    public const int MinimumShingles = 40;
}
