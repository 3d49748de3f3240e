namespace NewsSearch.Core.Search.Suggestions;

/// <summary>What a suggestion completes to.</summary>
public enum SuggestionKind
{
    /// <summary>A word found in article titles: put it in the query.</summary>
    Word,

    /// <summary>A zone: filter by it.</summary>
    Zone,

    /// <summary>A partner country: filter by it.</summary>
    Country,

    /// <summary>A sector: filter by it.</summary>
    Sector,
}
