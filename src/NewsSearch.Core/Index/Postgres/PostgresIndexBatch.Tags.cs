using Npgsql;

namespace NewsSearch.Core.Index.Postgres;

// An article's facet tags: rows of article_tag, written with the article and rewritten alone by a retag.
internal sealed partial class PostgresIndexBatch
{
    private bool RetagCore(Articles.Article article)
    {
        using (var find = Command("SELECT key FROM article WHERE id = @id", ("id", article.Id)))
        {
            if (find.ExecuteScalar() is not long key)
            {
                return false;
            }

            using var batch = new NpgsqlBatch(_connection, _transaction);
            batch.BatchCommands.Add(Statement("DELETE FROM article_tag WHERE article = @a", ("a", key)));
            AddTags(batch, key, article);
            batch.ExecuteNonQuery();
        }

        // Readers refresh their catalog on a new generation, which the commit writes.
        return true;
    }

    private static void AddTags(NpgsqlBatch batch, long key, Articles.Article article)
    {
        var tags = Enum.GetValues<Taxonomy.FacetDimension>().SelectMany(d => article.Tags.Of(d).Select(t => (Dimension: (int)d, t.Id, t.Mentions))).ToList();
        if (tags.Count == 0)
        {
            return;
        }

        batch.BatchCommands.Add(Statement(
            "INSERT INTO article_tag(article, dimension, value, mentions) SELECT @a, unnest(@d), unnest(@v), unnest(@m)",
            ("a", key), ("d", tags.Select(t => t.Dimension).ToArray()), ("v", tags.Select(t => t.Id).ToArray()), ("m", tags.Select(t => t.Mentions).ToArray())));
    }
}
