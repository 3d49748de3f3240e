using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsSearch.Core.Taxonomy;

// Reads taxonomy.json by hand rather than by deserializing, so every error can name the value and
// the field at fault, and unknown fields (a misspelt "contextual") are rejected instead of ignored.
internal static partial class FacetVocabularyReader
{
    private static readonly string[] ValueFields = ["id", "zh", "en", "parent", "aliases"];
    private static readonly string[] AliasFields = ["text", "contextual", "except", "decisive"];

    public static string SectionName(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => "zones",
        FacetDimension.Country => "countries",
        FacetDimension.Sector => "sectors",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    public static List<FacetValue> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new FacetVocabularyException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FacetVocabularyException("the root must be an object with 'zones', 'countries' and 'sectors'.");
            }

            var values = new List<FacetValue>();
            foreach (var dimension in Enum.GetValues<FacetDimension>())
            {
                var section = SectionName(dimension);
                if (!root.TryGetProperty(section, out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw new FacetVocabularyException($"'{section}' is missing or not an array.");
                }

                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    values.Add(ReadValue(element, dimension, $"{section}[{index++}]"));
                }
            }

            return values;
        }
    }

    private static FacetValue ReadValue(JsonElement element, FacetDimension dimension, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FacetVocabularyException($"{where}: a value must be an object.");
        }

        var id = RequiredString(element, "id", where);
        where = $"{where} ('{id}')";
        if (!IdPattern().IsMatch(id))
        {
            throw new FacetVocabularyException($"{where}: field 'id' must be lower-case letters, digits and hyphens.");
        }

        RejectUnknownFields(element, ValueFields, where);
        var aliases = new List<FacetAlias>();
        if (element.TryGetProperty("aliases", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new FacetVocabularyException($"{where}: field 'aliases' must be an array.");
            }

            var index = 0;
            foreach (var alias in list.EnumerateArray())
            {
                aliases.Add(ReadAlias(alias, $"{where}: aliases[{index++}]"));
            }
        }

        return new FacetValue(
            id,
            dimension,
            RequiredString(element, "zh", where),
            RequiredString(element, "en", where),
            OptionalString(element, "parent", where),
            aliases);
    }

    private static FacetAlias ReadAlias(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new FacetAlias(NonEmpty(element.GetString(), where));
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FacetVocabularyException($"{where}: an alias must be a string or an object with 'text'.");
        }

        RejectUnknownFields(element, AliasFields, where);
        var text = RequiredString(element, "text", where);
        where = $"{where} ('{text}')";
        var contextual = Flag(element, "contextual", where);
        var decisive = Flag(element, "decisive", where);
        if (contextual && decisive)
        {
            throw new FacetVocabularyException($"{where}: an alias cannot be both 'contextual' and 'decisive'.");
        }

        var except = new List<string>();
        if (element.TryGetProperty("except", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                throw new FacetVocabularyException($"{where}: field 'except' must be an array of strings.");
            }

            foreach (var item in list.EnumerateArray())
            {
                var longer = item.ValueKind == JsonValueKind.String ? NonEmpty(item.GetString(), where) : "";
                if (!longer.Contains(text, StringComparison.Ordinal) || longer.Length == text.Length)
                {
                    throw new FacetVocabularyException(
                        $"{where}: field 'except' entry '{item}' must be a longer string that contains the alias.");
                }

                except.Add(longer);
            }
        }

        return new FacetAlias(text, contextual, except, decisive);
    }

    private static bool Flag(JsonElement element, string field, string where) =>
        !element.TryGetProperty(field, out var flag) ? false : flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FacetVocabularyException($"{where}: field '{field}' must be true or false."),
        };

    private static string RequiredString(JsonElement element, string field, string where) =>
        OptionalString(element, field, where)
        ?? throw new FacetVocabularyException($"{where}: field '{field}' is missing.");

    private static string? OptionalString(JsonElement element, string field, string where)
    {
        if (!element.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return property.ValueKind == JsonValueKind.String
            ? NonEmpty(property.GetString(), $"{where}: field '{field}'")
            : throw new FacetVocabularyException($"{where}: field '{field}' must be a string.");
    }

    private static string NonEmpty(string? text, string where) =>
        string.IsNullOrWhiteSpace(text) ? throw new FacetVocabularyException($"{where}: must not be empty.") : text;

    private static void RejectUnknownFields(JsonElement element, string[] known, string where)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FacetVocabularyException($"{where}: unknown field '{property.Name}'.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
