using Npgsql;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index.Postgres;

public sealed partial class PostgresArticleIndex
{
    /// <inheritdoc />
    public ReprintGroup? ReprintGroupOf(string id) => Read(connection =>
    {
        using var command = new NpgsqlCommand("""
            WITH g(leader) AS (SELECT coalesce(reprint_group, key) FROM article WHERE id = @id)
            SELECT g.leader, a.id, a.title, a.source, a.published, a.url
            FROM g JOIN article a ON a.key = g.leader OR a.reprint_group = g.leader
            ORDER BY a.published IS NULL, a.published, a.key
            """, connection);
        command.Parameters.AddWithValue("id", PostgresText.Safe(id)!);
        return ArticleRows.ReadGroup(command);
    });
}
