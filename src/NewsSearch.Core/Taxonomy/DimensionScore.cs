namespace NewsSearch.Core.Taxonomy;

/// <summary>The counts of one dimension.</summary>
/// <param name="Right">Tags that were judged.</param>
/// <param name="Tagged">Tags given.</param>
/// <param name="Judged">Values judged.</param>
public sealed record DimensionScore(int Right, int Tagged, int Judged)
{
    /// <summary>Share of tags that were judged (1 when nothing was tagged).</summary>
    public double Precision => Tagged == 0 ? 1 : (double)Right / Tagged;

    /// <summary>Share of judged values that were tagged (1 when nothing was judged).</summary>
    public double Recall => Judged == 0 ? 1 : (double)Right / Judged;
}
