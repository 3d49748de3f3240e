using System.Text.RegularExpressions;

namespace NewsSearch.Api.Articles;

/// <summary>The shape of a client-chosen article id.</summary>
public static partial class ArticleIds
{
    public const int MaxLength = 128;

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]{1,128}$")]
    private static partial Regex Pattern();
}
