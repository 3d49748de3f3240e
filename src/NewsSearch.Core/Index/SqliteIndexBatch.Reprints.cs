using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index;

internal sealed partial class SqliteIndexBatch
{
    private static readonly string[] BandParameters = Enumerable.Range(0, ReprintDefaults.Bands * 4).Select(b => "$b" + b).ToArray();

    // The group of the most similar stored article of a nearby period sharing an LSH band, if
    // similar enough; else null, and the article leads its own group. Groups are never merged: an
    // article joins one.
    private long? FindReprintGroup(ReprintSignature signature, DateOnly? published)
    {
        var keys = ReprintPeriod.Neighbourhood(published).SelectMany(signature.BandKeys).ToArray();
        var parameters = BandParameters[..keys.Length];
        var candidates = Command(
            "SELECT DISTINCT a.rowid, coalesce(a.reprint_group, a.rowid), a.signature FROM reprint_band b JOIN article a ON a.rowid = b.article " +
            $"WHERE b.band IN ({string.Join(',', parameters)})",
            parameters);
        for (var b = 0; b < keys.Length; b++)
        {
            Set(candidates, parameters[b], keys[b]);
        }

        return ArticleRows.BestReprintGroup(candidates, signature);
    }

    private void WriteBands(long rowid, ReprintSignature? signature, DateOnly? published)
    {
        if (signature is null)
        {
            return;
        }

        var insert = Command("INSERT OR IGNORE INTO reprint_band(band, article) VALUES ($band, $a)", "$band", "$a");
        foreach (var key in signature.BandKeys(ReprintPeriod.Of(published)))
        {
            Set(insert, "$band", key);
            Set(insert, "$a", rowid);
            insert.ExecuteNonQuery();
        }
    }

    private void RemoveBands(long rowid)
    {
        var read = Command("SELECT signature, published FROM article WHERE rowid = $k", "$k");
        Set(read, "$k", rowid);
        ReprintSignature? signature;
        DateOnly? published;
        using (var reader = read.ExecuteReader())
        {
            if (!reader.Read() || reader.IsDBNull(0) || ReprintSignature.FromBytes((byte[])reader.GetValue(0)) is not { } stored)
            {
                return;
            }

            signature = stored;
            published = reader.IsDBNull(1) ? null : DateOnly.FromDayNumber(reader.GetInt32(1));
        }

        var delete = Command("DELETE FROM reprint_band WHERE band = $band AND article = $a", "$band", "$a");
        foreach (var key in signature.BandKeys(ReprintPeriod.Of(published)))
        {
            Set(delete, "$band", key);
            Set(delete, "$a", rowid);
            delete.ExecuteNonQuery();
        }
    }

    // Before a group's leader goes, the next-indexed member takes over, so the rest stay one group.
    private void PassOnLeadership(long leader)
    {
        var next = Command("SELECT min(rowid) FROM article WHERE reprint_group = $k", "$k");
        Set(next, "$k", leader);
        if (next.ExecuteScalar() is not long heir)
        {
            return;
        }

        var move = Command(
            "UPDATE article SET reprint_group = CASE WHEN rowid = $heir THEN NULL ELSE $heir END WHERE reprint_group = $k", "$heir", "$k");
        Set(move, "$heir", heir);
        Set(move, "$k", leader);
        move.ExecuteNonQuery();
    }
}
