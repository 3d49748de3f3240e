using System.Text.Json;

namespace NewsSearch.Reliability.Tests;

/// <summary>Articles stitched from the seed corpus's sentences, as JSON objects the API and the JSON Lines reader accept.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] Sentences = TestPaths.SeedFiles
        .SelectMany(File.ReadAllLines)
        .Select(l => l.Trim())
        .Where(l => l.Length > 30)
        .ToArray();

    public static IEnumerable<string> Json(string prefix, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(4, 12)).Select(_ => Sentences[random.Next(Sentences.Length)]));
            yield return JsonSerializer.Serialize(new
            {
                id = $"{prefix}-{i:00000}",
                title = Sentences[random.Next(Sentences.Length)][..12] + " " + i,
                published = new DateOnly(2015, 1, 1).AddDays(random.Next(3000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                source = random.Next(2) == 0 ? "国际商报" : "苏州日报",
                author = "记者 " + i,
                body = body + "\n\n编号 " + prefix + i,
            });
        }
    }

    public static string Batch(string prefix, int count, int seed) => "[" + string.Join(',', Json(prefix, count, seed)) + "]";
}
