using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index;

public sealed partial class SqliteArticleIndex
{
    /// <inheritdoc />
    public ReprintGroup? ReprintGroupOf(string id)
    {
        using var connection = OpenConnection();
        using var snapshot = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.CommandText = """
            WITH g(leader) AS (SELECT coalesce(reprint_group, rowid) FROM article WHERE id = $id)
            SELECT g.leader, a.id, a.title, a.source, a.published, a.url
            FROM g JOIN article a ON a.rowid = g.leader OR a.reprint_group = g.leader
            ORDER BY a.published IS NULL, a.published, a.rowid
            """;
        command.Parameters.AddWithValue("$id", id);
        return ArticleRows.ReadGroup(command);
    }
}
