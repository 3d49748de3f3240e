using Microsoft.Data.Sqlite;
using NewsSearch.Core.Articles;

namespace NewsSearch.Core.Index;

/// <summary>Reads <c>article</c> rows into <see cref="Article"/>s (tags are loaded separately).</summary>
internal static class ArticleRows
{
    public const string Select = "SELECT rowid, id, url, title, published, source, author, body, origin FROM article";

    public static List<(long Key, Article Article)> ReadAll(SqliteCommand command)
    {
        var rows = new List<(long, Article)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), new Article
            {
                Id = reader.GetString(1),
                Url = reader.IsDBNull(2) ? null : reader.GetString(2),
                Title = reader.GetString(3),
                Published = reader.IsDBNull(4) ? null : DateOnly.FromDayNumber(reader.GetInt32(4)),
                Source = reader.GetString(5),
                Author = reader.GetString(6),
                Body = reader.GetString(7),
                Origin = reader.IsDBNull(8) ? null : reader.GetString(8),
            }));
        }

        return rows;
    }
}
