using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsSearch.Core.Reprints;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Index.Lucene;

public sealed partial class LuceneArticleIndex
{
    /// <inheritdoc />
    /// <remarks>Read from doc values alone, segment by segment, never from stored fields.</remarks>
    public ArticleCatalog LoadCatalog()
    {
        using var lease = _readers.Acquire();
        var groups = new Dictionary<long, long>();
        foreach (var leaf in lease.Reader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var placed = reader.GetDocsWithField(ArticleFields.PlacementKeyValues);
            if (placed is null)
            {
                continue;
            }

            var keys = reader.GetNumericDocValues(ArticleFields.PlacementKeyValues);
            var leaders = reader.GetNumericDocValues(ArticleFields.GroupValues);
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (placed.Get(doc) && (live is null || live.Get(doc)) && leaders.Get(doc) is var leader and not 0)
                {
                    groups[keys.Get(doc)] = leader;
                }
            }
        }

        var builder = new ArticleCatalogBuilder();
        var dimensions = Enum.GetValues<FacetDimension>();
        var bytes = new BytesRef();
        foreach (var leaf in lease.Reader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var articles = reader.GetDocsWithField(ArticleFields.KeyValues);
            if (articles is null)
            {
                continue;
            }

            var keys = reader.GetNumericDocValues(ArticleFields.KeyValues);
            var days = reader.GetNumericDocValues(ArticleFields.Day);
            var sources = reader.GetSortedDocValues(ArticleFields.SourceValues);
            var tags = dimensions.Select(d => reader.GetSortedSetDocValues(ArticleFields.Dimensions[(int)d])).ToArray();
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (!articles.Get(doc) || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                var key = keys.Get(doc);
                var day = (int)days.Get(doc);
                sources.LookupOrd(sources.GetOrd(doc), bytes);
                builder.AddArticle(key, day == ArticleCatalog.NoDate ? null : DateOnly.FromDayNumber(day), bytes.Utf8ToString(),
                    groups.TryGetValue(key, out var leader) ? leader : null);
                foreach (var dimension in dimensions)
                {
                    if (tags[(int)dimension] is not { } values)
                    {
                        continue;
                    }

                    values.SetDocument(doc);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    {
                        values.LookupOrd(ord, bytes);
                        builder.AddTag(key, dimension, bytes.Utf8ToString());
                    }
                }
            }
        }

        return builder.Build(lease.Generation);
    }

    /// <inheritdoc />
    public ReprintGroup? ReprintGroupOf(string id)
    {
        using var lease = _readers.Acquire();
        var searcher = lease.Searcher;
        if (StoredLookup.One(searcher, ArticleFields.Id, id) is not { } article)
        {
            return null;
        }

        var key = ArticleFields.KeyOf(article, ArticleFields.Key);
        var placement = StoredLookup.One(searcher, ArticleFields.PlacementKey, ArticleFields.Text(key));
        var leader = placement?.Get(ArticleFields.Group) is { } group ? long.Parse(group, System.Globalization.CultureInfo.InvariantCulture) : key;
        var memberKeys = StoredLookup.All(searcher, ArticleFields.Group, ArticleFields.Text(leader))
            .Select(p => ArticleFields.KeyOf(p, ArticleFields.PlacementKey))
            .Append(leader);
        var versions = new List<(long Key, ReprintVersion Version)>();
        foreach (var member in memberKeys.Distinct())
        {
            if (StoredLookup.One(searcher, ArticleFields.Key, ArticleFields.Text(member)) is { } document)
            {
                var stored = ArticleFields.ToArticle(document);
                versions.Add((member, new ReprintVersion(stored.Id, stored.Title, stored.Source, stored.Published, stored.Url)));
            }
        }

        // Oldest first, undated last, then in the order indexed: as the other engines list them.
        var ordered = versions
            .OrderBy(v => v.Version.Published is null)
            .ThenBy(v => v.Version.Published)
            .ThenBy(v => v.Key)
            .Select(v => v.Version)
            .ToList();
        return new ReprintGroup(ReprintGroup.IdOf(leader), ordered);
    }
}
