using System.Text.Json;

namespace NewsSearch.Core.Articles;

/// <summary>
/// An article as submitted: a JSON Lines record or an HTTP POST body. Only these fields are read;
/// others are ignored. Its fields are authoritative for metadata; only the body is cleaned.
/// </summary>
/// <param name="Id">Stable id (letters, digits, <c>_.:-</c>, up to 128), or null to derive one from the URL.</param>
/// <param name="Url">Where the article was published.</param>
/// <param name="Title">Headline.</param>
/// <param name="Published">Date: ISO 8601, <c>2021-06-07 16:05:02</c> or <c>2022年11月6日</c>.</param>
/// <param name="Source">Publishing outlet.</param>
/// <param name="Author">Reporters or writers.</param>
/// <param name="Body">The article text (required); page furniture and pinyin annotations are removed.</param>
public sealed record ArticleRecord(string? Id, string? Url, string? Title, string? Published, string? Source, string? Author, string? Body)
{
    /// <summary>Parses one JSON object.</summary>
    /// <exception cref="JsonException">The text is not a JSON object.</exception>
    public static ArticleRecord Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromElement(document.RootElement);
    }

    /// <summary>Reads the fields of a JSON object.</summary>
    /// <exception cref="JsonException">The element is not an object.</exception>
    public static ArticleRecord FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an object, found {root.ValueKind}");
        }

        return new ArticleRecord(
            Text(root, "id"), Text(root, "url"), Text(root, "title"), Text(root, "published"),
            Text(root, "source"), Text(root, "author"), Text(root, "body"));
    }

    /// <summary>
    /// The cleaned article, or null with the reason in <paramref name="problems"/>.
    /// <paramref name="origin"/> and <paramref name="number"/> name it in problems and derive its id
    /// when it has neither id nor URL.
    /// </summary>
    public Article? ToArticle(string origin, int number, List<ReadProblem> problems)
    {
        var where = $"{origin}:line {number}";
        if (string.IsNullOrWhiteSpace(Body))
        {
            problems.Add(new ReadProblem(where, "no body", Skipped: true));
            return null;
        }

        var body = ArticleCleaner.Clean(Body);
        if (body.Count == 0)
        {
            problems.Add(new ReadProblem(where, "no article text after cleaning", Skipped: true));
            return null;
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(Published))
        {
            if (DateText.TryParse(Published, out var date))
            {
                published = date;
            }
            else
            {
                problems.Add(new ReadProblem(where, $"unparseable published date '{Published}'", Skipped: false));
            }
        }

        return new Article
        {
            Id = ArticleId.ForJsonLine(Id, Url, origin, number),
            Url = string.IsNullOrWhiteSpace(Url) ? null : Url.Trim(),
            Title = ArticleCleaner.NormalizeParagraph(Title ?? ""),
            Published = published,
            Source = Source?.Trim() ?? "",
            Author = Author?.Trim() ?? "",
            Body = ArticleCleaner.JoinParagraphs(body),
            Origin = $"{origin}:{number}",
        };
    }

    /// <summary>A string field, or a number for ids; anything else counts as missing.</summary>
    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
