using System.Text;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Core.Search.Suggestions;

/// <summary>
/// Every name of every facet value (Chinese label, English label, non-contextual aliases in both
/// scripts), folded once, for prefix completion. Contextual aliases (园区, 高新区) are left out:
/// alone they do not name the value.
/// </summary>
internal sealed class FacetNames
{
    private readonly List<(FacetValue Value, Name[] Names)> _values = [];

    public FacetNames(FacetVocabulary vocabulary, TextFolder folder)
    {
        foreach (var dimension in Enum.GetValues<FacetDimension>())
        {
            foreach (var value in vocabulary.Values(dimension))
            {
                var names = new[] { value.Chinese, value.English }
                    .Concat(value.Aliases.Where(a => !a.Contextual).Select(a => a.Text))
                    .Select(text => new Name(text, folder.FoldToString(text), Literal(text)))
                    .ToArray();
                _values.Add((value, names));
            }
        }
    }

    /// <summary>NFKC and lower case without the script folding, to tell which script a name is typed in.</summary>
    public static string Literal(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>The values with a name starting with the prefix, each with the name to show.</summary>
    public IEnumerable<(FacetValue Value, string Text)> Matching(string folded, string literal)
    {
        foreach (var (value, names) in _values)
        {
            if (names.Any(n => n.Folded.StartsWith(folded, StringComparison.Ordinal)))
            {
                yield return (value, Display(value, names, literal));
            }
        }
    }

    // The first name written as typed (so 蘇州 shows 蘇州工業園區); a Latin alias (sip, aiot) is
    // shown after the English label, which says what it stands for; otherwise the label in the
    // typed prefix's language.
    private static string Display(FacetValue value, Name[] names, string literal)
    {
        var typed = names.FirstOrDefault(n => n.Literal.StartsWith(literal, StringComparison.Ordinal));
        if (typed is not null)
        {
            return typed.Text.Any(CharClass.IsHan) || typed.Text == value.English ? typed.Text : $"{value.English} ({typed.Text})";
        }

        return literal.Any(CharClass.IsHan) ? value.Chinese : value.English;
    }

    private sealed record Name(string Text, string Folded, string Literal);
}
