using System.Data.Common;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index;

/// <summary>
/// Reads PostgreSQL's query results into domain objects: the engine's key column first, then the
/// columns in the order below.
/// </summary>
internal static class ArticleRows
{
    /// <summary>The article columns <see cref="ReadAll"/> expects, after the engine's key column.</summary>
    public const string Columns = "id, url, title, published, source, author, body, origin FROM article";

    public static List<(long Key, Article Article)> ReadAll(DbCommand command)
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

    /// <summary>Rows of (path, hash, article count, indexed at) of <c>source_file</c>, by path.</summary>
    public static Dictionary<string, SourceFileRecord> ReadSourceFiles(DbCommand command)
    {
        var files = new Dictionary<string, SourceFileRecord>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = reader.GetString(0);
            files[path] = new SourceFileRecord(path, reader.GetString(1), reader.GetInt32(2),
                DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture));
        }

        return files;
    }

    /// <summary>Rows of (id, content hash), by id.</summary>
    public static Dictionary<string, string> ReadContentHashes(DbCommand command)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>Rows of (article key, dimension, value, mentions), ordered by article, into each article's tags.</summary>
    public static Dictionary<long, ArticleTags> ReadTags(DbCommand command)
    {
        var lists = new Dictionary<long, List<Tag>[]>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var key = reader.GetInt64(0);
                if (!lists.TryGetValue(key, out var dimensions))
                {
                    lists[key] = dimensions = [[], [], []];
                }

                dimensions[reader.GetInt32(1)].Add(new Tag(reader.GetString(2), reader.GetInt32(3)));
            }
        }

        return lists.ToDictionary(l => l.Key, l => new ArticleTags(l.Value[0], l.Value[1], l.Value[2]));
    }

    /// <summary>Rows of (leader key, id, title, source, published, url) into the group, or null when there are none.</summary>
    public static ReprintGroup? ReadGroup(DbCommand command)
    {
        string? group = null;
        var versions = new List<ReprintVersion>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            group = ReprintGroup.IdOf(reader.GetInt64(0));
            versions.Add(new ReprintVersion(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : DateOnly.FromDayNumber(reader.GetInt32(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return group is null ? null : new ReprintGroup(group, versions);
    }

    /// <summary>
    /// Rows of (key, group leader, signature) of candidate reprints: the group of the most similar
    /// one, if similar enough, ties to the earliest group; else null.
    /// </summary>
    public static long? BestReprintGroup(DbCommand command, ReprintSignature signature)
    {
        long? best = null;
        var bestSimilarity = 0.0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (ReprintSignature.FromBytes((byte[])reader.GetValue(2)) is not { } other)
            {
                continue;
            }

            var similarity = signature.Similarity(other);
            var group = reader.GetInt64(1);
            if (similarity >= ReprintDefaults.SimilarityThreshold
                && (similarity > bestSimilarity || (similarity == bestSimilarity && group < best)))
            {
                (best, bestSimilarity) = (group, similarity);
            }
        }

        return best;
    }
}
