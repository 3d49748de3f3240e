namespace NewsSearch.Core.Taxonomy;

/// <summary>
/// The facet vocabulary (<c>corpus/taxonomy.json</c>): the zones, partner countries and sectors an
/// article can be tagged with, and the aliases that name them. Immutable and thread-safe.
/// </summary>
public sealed class FacetVocabulary
{
    private static readonly FacetDimension[] Dimensions = Enum.GetValues<FacetDimension>();

    private static readonly Lazy<FacetVocabulary> BuiltIn = new(() =>
    {
        // corpus/taxonomy.json is compiled in, so every tool agrees on the vocabulary without a path.
        using var stream = typeof(FacetVocabulary).Assembly.GetManifestResourceStream("NewsSearch.taxonomy.json")
            ?? throw new InvalidOperationException("The built-in taxonomy resource is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<FacetDimension, FacetValue[]> _values;
    private readonly Dictionary<(FacetDimension, string), FacetValue> _byId = [];

    /// <summary>Builds a vocabulary, checking ids are unique per dimension and parents exist without cycles.</summary>
    /// <exception cref="FacetVocabularyException">A duplicate id, an unknown parent or a parent cycle.</exception>
    public FacetVocabulary(IEnumerable<FacetValue> values)
    {
        var all = values.ToArray();
        foreach (var value in all)
        {
            if (!_byId.TryAdd((value.Dimension, value.Id), value))
            {
                throw new FacetVocabularyException($"{DimensionName(value.Dimension)} value '{value.Id}': duplicate id.");
            }
        }

        foreach (var value in all)
        {
            CheckAncestry(value);
        }

        _values = Dimensions.ToDictionary(d => d, d => all.Where(v => v.Dimension == d).ToArray());
    }

    /// <summary>The vocabulary in <c>corpus/taxonomy.json</c> at build time.</summary>
    public static FacetVocabulary Default => BuiltIn.Value;

    /// <summary>Reads and parses the vocabulary file at <paramref name="path"/>.</summary>
    /// <exception cref="FacetVocabularyException">The file is malformed; the message names the value and field.</exception>
    public static FacetVocabulary Load(string path)
    {
        var json = File.ReadAllText(path);
        try
        {
            return Parse(json);
        }
        catch (FacetVocabularyException e)
        {
            throw new FacetVocabularyException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses the vocabulary from its JSON text.</summary>
    /// <exception cref="FacetVocabularyException">The JSON is malformed; the message names the value and field.</exception>
    public static FacetVocabulary Parse(string json) => new(FacetVocabularyReader.Read(json));

    /// <summary>The value with <paramref name="id"/> in <paramref name="dimension"/>, or null.</summary>
    public FacetValue? Find(FacetDimension dimension, string id) => _byId.GetValueOrDefault((dimension, id));

    /// <summary>The values of <paramref name="dimension"/> in file order.</summary>
    public IReadOnlyList<FacetValue> Values(FacetDimension dimension) => _values[dimension];

    /// <summary>Parses a dimension name as used in URLs and the CLI: <c>zone</c>, <c>country</c> or <c>sector</c>
    /// (plural and any case accepted).</summary>
    public static bool TryParseDimension(string? name, out FacetDimension dimension)
    {
        foreach (var candidate in Dimensions)
        {
            if (string.Equals(name, DimensionName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, FacetVocabularyReader.SectionName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                dimension = candidate;
                return true;
            }
        }

        dimension = default;
        return false;
    }

    /// <summary>The singular lower-case name of <paramref name="dimension"/> (<c>zone</c>, <c>country</c>, <c>sector</c>).</summary>
    public static string DimensionName(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Zone => "zone",
        FacetDimension.Country => "country",
        FacetDimension.Sector => "sector",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private void CheckAncestry(FacetValue value)
    {
        var seen = new HashSet<string> { value.Id };
        for (var current = value; current.ParentId is { } parentId;)
        {
            if (!_byId.TryGetValue((value.Dimension, parentId), out var parent))
            {
                throw new FacetVocabularyException(
                    $"{DimensionName(current.Dimension)} value '{current.Id}': field 'parent' names unknown id '{parentId}'.");
            }

            if (!seen.Add(parent.Id))
            {
                throw new FacetVocabularyException(
                    $"{DimensionName(value.Dimension)} value '{value.Id}': field 'parent' makes a cycle through '{parent.Id}'.");
            }

            current = parent;
        }
    }
}
