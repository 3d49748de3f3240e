using System.Text.Json.Serialization;

namespace NewsSearch.Client.Trends;

/// <summary>The period a trend counts by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrendInterval>))]
public enum TrendInterval
{
    /// <summary>Calendar months (periods yyyy-MM).</summary>
    Month,

    /// <summary>Calendar years (periods yyyy).</summary>
    Year,
}
