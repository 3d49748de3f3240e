using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using NewsSearch.Core.Search;

namespace NewsSearch.Api.Feeds;

/// <summary>
/// Writes a search's newest hits as an Atom 1.0 feed (RFC 4287). Ids are URNs that depend only on
/// what they name: an entry's on its article id, so the same article is the same entry in every
/// feed and on every host; the feed's on its canonical query string. Dates are the articles'
/// publication days at midnight China Standard Time (+08:00), the time zone of the papers.
/// </summary>
public static class AtomFeed
{
    /// <summary>Entries in a feed at most: the newest dated hits.</summary>
    public const int MaxEntries = 50;

    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The media type of the feed.</summary>
    public const string ContentType = "application/atom+xml; charset=utf-8";

    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The updated date of a feed without entries (Atom needs one).</summary>
    public static readonly DateTimeOffset EmptyFeedUpdated = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The id of an article's entry.</summary>
    public static string EntryId(string articleId) => "urn:newssearch:article:" + articleId;

    /// <summary>The id of the feed of a canonical query string: a hash, since a query can hold any text.</summary>
    public static string FeedId(string canonicalQuery) =>
        "urn:newssearch:feed:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalQuery)).AsSpan(0, 16));

    /// <summary>The time stamp of a publication day.</summary>
    public static DateTimeOffset Stamp(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaStandardTime);

    /// <summary>The feed as UTF-8 bytes (no byte order mark).</summary>
    /// <param name="hits">Dated hits, newest first.</param>
    /// <param name="links">Where the feed, its search page and each article page are.</param>
    /// <param name="title">The feed's title.</param>
    public static byte[] Write(IReadOnlyList<SearchHit> hits, FeedLinks links, string title)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("id", Namespace, FeedId(links.CanonicalQuery));
            Text(xml, "title", title);
            xml.WriteElementString("updated", Namespace, Date(hits.Count > 0 ? Stamp(hits[0].Published!.Value) : EmptyFeedUpdated));
            Link(xml, "self", AtomFeedMediaType, links.Self);
            Link(xml, "alternate", "text/html", links.SearchPage);
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "NewsSearch");
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Namespace);
            xml.WriteString("NewsSearch");
            xml.WriteEndElement();
            foreach (var hit in hits)
            {
                Entry(xml, hit, links.ArticlePage(hit.Id));
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private const string AtomFeedMediaType = "application/atom+xml";

    private static void Entry(XmlWriter xml, SearchHit hit, string articlePage)
    {
        var stamp = Date(Stamp(hit.Published!.Value));
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, EntryId(hit.Id));
        Text(xml, "title", hit.Heading);
        xml.WriteElementString("updated", Namespace, stamp);
        xml.WriteElementString("published", Namespace, stamp);
        Link(xml, "alternate", "text/html", articlePage);
        if (hit.Source.Length > 0)
        {
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, hit.Source);
            xml.WriteEndElement();
        }

        // The snippet is already HTML-escaped with <mark> around the query's words: Atom's html text construct carries it as is.
        xml.WriteStartElement("summary", Namespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(hit.Snippet);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
