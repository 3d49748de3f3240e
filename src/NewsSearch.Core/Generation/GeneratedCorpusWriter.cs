using System.Text.Encodings.Web;
using System.Text.Json;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Generation;

/// <summary>
/// Writes generated articles as JSON Lines in the indexer's input format, plus a <c>labels</c> field
/// it ignores: the planted values per dimension and, with reprints, <c>story</c> (the true reprint group).
/// </summary>
public static class GeneratedCorpusWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every article to <paramref name="output"/>; returns how many.</summary>
    public static int Write(Stream output, IEnumerable<GeneratedArticle> articles)
    {
        var count = 0;
        using var buffer = new MemoryStream();
        foreach (var generated in articles)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                var a = generated.Article;
                json.WriteStartObject();
                json.WriteString("id", a.Id);
                json.WriteString("url", a.Url);
                json.WriteString("title", a.Title);
                json.WriteString("published", a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("source", a.Source);
                json.WriteString("author", a.Author);
                json.WriteString("body", a.Body);
                json.WriteStartObject("labels");
                foreach (var dimension in Enum.GetValues<FacetDimension>())
                {
                    json.WriteStartArray(FacetVocabulary.DimensionName(dimension));
                    foreach (var tag in generated.Labels.Of(dimension))
                    {
                        json.WriteStringValue(tag.Id);
                    }

                    json.WriteEndArray();
                }

                if (generated.Story is { } story)
                {
                    json.WriteString("story", story);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            buffer.Position = 0;
            buffer.CopyTo(output);
            count++;
        }

        return count;
    }
}
