namespace NewsSearch.Core.Search.Concordance;

/// <summary>The order of concordance lines.</summary>
public enum ConcordanceSort
{
    /// <summary>Newest article first (undated last), each article's occurrences in text order.</summary>
    Date,

    /// <summary>By the text before the match read backwards from it: the character next to the match first, then the one before that.</summary>
    Left,

    /// <summary>By the text after the match, from the character next to it on.</summary>
    Right,
}
