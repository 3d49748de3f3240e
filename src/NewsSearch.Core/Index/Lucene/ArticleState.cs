using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>What a write batch needs to know of a stored article: the parts it looks up and changes.</summary>
/// <param name="Key">The article's internal key.</param>
/// <param name="Id">Its id.</param>
/// <param name="Hash">Its content hash.</param>
/// <param name="Origin">The file (and line) it was read from, or null.</param>
/// <param name="Group">The key of its reprint group's leader; null when it leads its own group.</param>
/// <param name="Signature">Its reprint signature, or null.</param>
/// <param name="Published">Its publication date, which places its signature's bands.</param>
internal sealed record ArticleState(long Key, string Id, string Hash, string? Origin, long? Group, ReprintSignature? Signature, DateOnly? Published)
{
    /// <summary>The band keys it is found under as a candidate reprint.</summary>
    public long[] Bands => Signature?.BandKeys(ReprintPeriod.Of(Published)) ?? [];

    /// <summary>The leader of its group (itself when it leads).</summary>
    public long Leader => Group ?? Key;
}
