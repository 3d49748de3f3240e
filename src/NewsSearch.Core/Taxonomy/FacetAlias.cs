namespace NewsSearch.Core.Taxonomy;

/// <summary>One way an article can name a facet value.</summary>
/// <param name="Text">The alias as written in the vocabulary (Simplified or Traditional; folded before matching).</param>
/// <param name="Contextual">
/// True when the alias is ambiguous on its own (园区, 高新区, 新方): it counts only in an article where the
/// value is also named by a non-contextual alias.
/// </param>
/// <param name="Except">Longer strings containing the alias in which it must not count (中新 in 其中新).</param>
/// <param name="Decisive">
/// True when the alias is itself a meaningful mention (德资, 日企, 台商: the investor's nationality):
/// one mention of it outside a passing clause makes the value a tag (see <see cref="MentionRule"/>).
/// </param>
public sealed record FacetAlias(string Text, bool Contextual, IReadOnlyList<string> Except, bool Decisive = false)
{
    /// <summary>A plain alias: not contextual, no exceptions.</summary>
    public FacetAlias(string text)
        : this(text, false, [])
    {
    }
}
