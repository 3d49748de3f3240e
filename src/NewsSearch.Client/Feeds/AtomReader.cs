using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace NewsSearch.Client.Feeds;

/// <summary>Reads the service's Atom feed (only the elements it writes).</summary>
internal static class AtomReader
{
    private const string EntryIdPrefix = "urn:newssearch:article:";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static SearchFeed Read(string xml, string? etag, DateTimeOffset? lastModified, string operation)
    {
        try
        {
            // The service's feed has no DTD; refusing one keeps a hostile proxy's entity expansion out.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var feed = XDocument.Load(reader).Root;
            if (feed is null || feed.Name != Atom + "feed")
            {
                throw new InvalidDataException($"NewsSearch {operation} answered with a document that is not an Atom feed.");
            }

            var entries = feed.Elements(Atom + "entry").Select(e => new FeedEntry(
                Text(e, "id")[(Text(e, "id").StartsWith(EntryIdPrefix, StringComparison.Ordinal) ? EntryIdPrefix.Length : 0)..],
                Text(e, "title"),
                new Uri((string?)e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href") ?? "", UriKind.RelativeOrAbsolute),
                Date(e.Element(Atom + "published")?.Value ?? Text(e, "updated")),
                e.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? "",
                e.Element(Atom + "summary")?.Value ?? "")).ToList();
            return new SearchFeed(Text(feed, "id"), Text(feed, "title"), Date(Text(feed, "updated")), entries, etag, lastModified, xml);
        }
        catch (Exception e) when (e is XmlException or FormatException or UriFormatException)
        {
            throw new InvalidDataException($"NewsSearch {operation} answered with a feed this client cannot read: {e.Message}", e);
        }
    }

    private static string Text(XElement element, string name) =>
        element.Element(Atom + name)?.Value ?? throw new FormatException($"<{element.Name.LocalName}> has no <{name}>.");

    private static DateTimeOffset Date(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.None);
}
