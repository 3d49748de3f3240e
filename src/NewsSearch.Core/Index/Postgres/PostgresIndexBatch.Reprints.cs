using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Postgres;

internal sealed partial class PostgresIndexBatch
{
    // As in the Lucene.Net engine: the group of the most similar stored article of a nearby period that
    // shares an LSH band, if similar enough; else null, and the article leads its own group.
    private long? FindReprintGroup(ReprintSignature signature, DateOnly? published)
    {
        var keys = ReprintPeriod.Neighbourhood(published).SelectMany(signature.BandKeys).ToArray();
        using var candidates = Command(
            "SELECT DISTINCT a.key, coalesce(a.reprint_group, a.key), a.signature FROM reprint_band b JOIN article a ON a.key = b.article " +
            "WHERE b.band = ANY(@bands)",
            ("bands", keys));
        return ArticleRows.BestReprintGroup(candidates, signature);
    }

    private static void AddBands(Npgsql.NpgsqlBatch batch, long key, ReprintSignature? signature, DateOnly? published)
    {
        if (signature is not null)
        {
            batch.BatchCommands.Add(Statement(
                "INSERT INTO reprint_band(band, article) SELECT unnest(@bands), @a ON CONFLICT DO NOTHING",
                ("bands", signature.BandKeys(ReprintPeriod.Of(published))), ("a", key)));
        }
    }

    private void RemoveBands(long key)
    {
        using var delete = Command("DELETE FROM reprint_band WHERE article = @a", ("a", key));
        delete.ExecuteNonQuery();
    }

    // Before a group's leader goes, the next-indexed member takes over, so the rest stay one group.
    private void PassOnLeadership(long leader)
    {
        using var next = Command("SELECT min(key) FROM article WHERE reprint_group = @k", ("k", leader));
        if (next.ExecuteScalar() is not long heir)
        {
            return;
        }

        using var move = Command(
            "UPDATE article SET reprint_group = CASE WHEN key = @heir THEN NULL ELSE @heir END WHERE reprint_group = @k",
            ("heir", heir), ("k", leader));
        move.ExecuteNonQuery();
    }
}
