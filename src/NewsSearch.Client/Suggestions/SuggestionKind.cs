using System.Text.Json.Serialization;

namespace NewsSearch.Client.Suggestions;

/// <summary>What a suggestion completes to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SuggestionKind>))]
public enum SuggestionKind
{
    /// <summary>A word of article titles: put it in the query.</summary>
    Word,

    /// <summary>A zone: filter by <see cref="Suggestion.Value"/>.</summary>
    Zone,

    /// <summary>A partner country.</summary>
    Country,

    /// <summary>A sector.</summary>
    Sector,
}
