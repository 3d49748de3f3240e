namespace NewsSearch.Core.Search;

/// <summary>
/// A node of an analyzed query. Leaves carry the analyzer's terms, so an engine can translate the
/// tree without knowing the analyzer: words match its word index, grams its bigram index.
/// </summary>
public abstract record QueryNode;

/// <summary>Which text a leaf searches.</summary>
public enum QueryField
{
    /// <summary>Title and body.</summary>
    All,

    /// <summary>The title only (<c>title:</c>).</summary>
    Title,

    /// <summary>The source name only (<c>source:</c>).</summary>
    Source,
}

/// <summary>
/// One word: matches where the document has it as a word, or has its characters in sequence
/// (its bigrams), so a different segmentation of the document never loses the match.
/// </summary>
/// <param name="Field">Where to search.</param>
/// <param name="Word">The folded word.</param>
/// <param name="Grams">The word's bigrams in order (or the word itself for Latin words and numbers).</param>
/// <param name="Prefix">True when the last gram (or the word) is a prefix: <c>word*</c>, or a lone CJK character.</param>
public sealed record WordClause(QueryField Field, string Word, IReadOnlyList<string> Grams, bool Prefix) : QueryNode;

/// <summary>A contiguous phrase: its grams in sequence; its words in sequence count as a whole-word match.</summary>
/// <param name="Field">Where to search.</param>
/// <param name="Words">The phrase's words in order.</param>
/// <param name="Grams">The phrase's grams in order.</param>
/// <param name="Prefix">True when the last gram is a prefix (the phrase ends with a lone CJK character or <c>*</c>).</param>
/// <param name="WordPositions">Each word's position relative to the first, as the index counts them (one more across a break in a Han run); null: consecutive.</param>
public sealed record PhraseClause(QueryField Field, IReadOnlyList<string> Words, IReadOnlyList<string> Grams, bool Prefix, IReadOnlyList<int>? WordPositions = null) : QueryNode
{
    /// <summary>The position of word <paramref name="index"/> relative to the first.</summary>
    public int PositionOf(int index) => WordPositions is { } positions ? positions[index] - positions[0] : index;

    /// <summary>True when a break in a Han run leaves a position out between two of the words.</summary>
    public bool HasBreak() => Words.Count > 0 && PositionOf(Words.Count - 1) != Words.Count - 1;
}

/// <summary>Every clause must match.</summary>
/// <param name="Clauses">Two or more clauses.</param>
public sealed record AllClause(IReadOnlyList<QueryNode> Clauses) : QueryNode;

/// <summary>At least one clause must match.</summary>
/// <param name="Clauses">Two or more clauses.</param>
public sealed record AnyClause(IReadOnlyList<QueryNode> Clauses) : QueryNode;

/// <summary>The clause must not match. Only appears inside <see cref="AllClause"/> or as the whole query.</summary>
/// <param name="Clause">The excluded clause.</param>
public sealed record NotClause(QueryNode Clause) : QueryNode;
