using System.Text.Json;

namespace NewsSearch.Indexer.Tests;

/// <summary>What one run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Lines => Split(Stdout);

    public IReadOnlyList<string> ErrorLines => Split(Stderr);

    /// <summary>Stdout without the periodic progress lines, which depend on timing.</summary>
    public IReadOnlyList<string> Report => Lines.Where(l => !l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();

    /// <summary>The counts line of <c>index</c>.</summary>
    public string Summary => Assert.Single(Lines, l => l.StartsWith("added ", StringComparison.Ordinal));

    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";

    private static List<string> Split(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
}
