namespace NewsSearch.Core.Search.Concordance;

/// <summary>Every line of a concordance in order, read as <see cref="Lines"/> is enumerated.</summary>
public sealed class ConcordanceLines
{
    internal ConcordanceLines(string query) => Query = query;

    /// <summary>The query as understood.</summary>
    public string Query { get; }

    /// <summary>The lines, in the requested order; enumerate once.</summary>
    public IEnumerable<ConcordanceLine> Lines { get; internal set; } = [];

    /// <summary>Articles that held at least one occurrence, counted as <see cref="Lines"/> is enumerated (final once it is done).</summary>
    public int Articles { get; internal set; }
}
