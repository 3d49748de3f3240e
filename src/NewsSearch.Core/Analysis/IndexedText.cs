namespace NewsSearch.Core.Analysis;

/// <summary>A text's terms as an index stores them.</summary>
/// <param name="Words">Dictionary words, space-separated, in order.</param>
/// <param name="Grams">CJK bigrams (each run's last character alone) and non-CJK words, space-separated, in order.</param>
public sealed record IndexedText(string Words, string Grams)
{
    /// <summary>No terms.</summary>
    public static IndexedText Empty { get; } = new("", "");
}
