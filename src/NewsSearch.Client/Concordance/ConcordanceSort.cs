using System.Text.Json.Serialization;

namespace NewsSearch.Client.Concordance;

/// <summary>The order of concordance lines.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConcordanceSort>))]
public enum ConcordanceSort
{
    /// <summary>Newest article first (undated last), each article's occurrences in text order.</summary>
    Date,

    /// <summary>By the text before the match, read backwards from it.</summary>
    Left,

    /// <summary>By the text after the match.</summary>
    Right,
}
