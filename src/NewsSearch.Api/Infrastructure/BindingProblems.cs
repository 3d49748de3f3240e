using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSearch.Api.Infrastructure;

/// <summary>
/// Turns the framework's parameter-binding failures ("Failed to bind parameter "Nullable&lt;int&gt;
/// PageSize" from "abc"") into the same shape as every other 400: the parameter as the API spells
/// it, the reason in words, under <c>errors</c>. C# type names mean nothing to a client.
/// </summary>
public static partial class BindingProblems
{
    /// <summary>The errors map for a binding failure, or null when the exception is another bad request.</summary>
    public static Dictionary<string, string[]>? ErrorsOf(BadHttpRequestException exception)
    {
        if (FailedToBind().Match(exception.Message) is { Success: true } failed)
        {
            var name = ApiName(failed.Groups["name"].Value);
            return new() { [name] = [$"'{failed.Groups["value"].Value}' is not {Expected(failed.Groups["type"].Value)}."] };
        }

        if (Missing().Match(exception.Message) is { Success: true } missing)
        {
            return new() { [ApiName(missing.Groups["name"].Value)] = ["The parameter is required."] };
        }

        return null;
    }

    // Parameters are declared in C# style (PageSize) and bound case-insensitively; the API spells them camelCase.
    private static string ApiName(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Expected(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>') switch
    {
        "DateOnly" => "a date (yyyy-MM-dd)",
        "int" or "Int32" => string.Create(CultureInfo.InvariantCulture, $"a whole number up to {int.MaxValue}"),
        "long" or "Int64" => "a whole number",
        "bool" or "Boolean" => "true or false",
        "double" or "Double" or "decimal" or "Decimal" => "a number",
        _ => "a valid value",
    };

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex FailedToBind();

    [GeneratedRegex("""^Required parameter "(?<type>\S+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex Missing();
}
