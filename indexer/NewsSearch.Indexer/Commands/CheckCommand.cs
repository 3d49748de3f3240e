using System.CommandLine;
using NewsSearch.Core.Index;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>check [--db] [--engine]</c>: the engine's own consistency check (for Lucene.Net its CheckIndex
/// over the last commit, which verifies every file's checksum) plus ours (one placement per article,
/// no id stored twice). Exit 0 and the article count when healthy; exit 5 and each problem when not.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var engine = CommonOptions.Engine();
        var command = new Command("check", "Check the index for damage; exit code 5 when damaged") { database, engine };
        command.SetAction(parse =>
        {
            var location = parse.GetValue(database)!;
            if (parse.GetValue(engine) == ArticleIndexes.Lucene && !Directory.Exists(location))
            {
                throw new UsageException($"no index directory at {location}", ExitCodes.NotFound);
            }

            IReadOnlyList<string> problems;
            int articles;
            try
            {
                using var index = ArticleIndexes.Open(parse.GetValue(engine)!, location);
                problems = index.CheckIntegrity();
                articles = problems.Count == 0 ? index.LoadCatalog().Count : 0;
            }
            catch (IOException e)
            {
                // A file the last commit needs is unreadable or fails its checksum before any check can run.
                problems = ["the index cannot be opened: " + e.Message];
                articles = 0;
            }

            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"error: the {parse.GetValue(engine)} index at {location} is damaged:");
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine("  " + problem);
                }

                Console.Error.WriteLine("Rebuild it from the corpus: indexer index <corpus> --engine " + parse.GetValue(engine) + " --db " + location + " --rebuild");
                return ExitCodes.Damaged;
            }

            Console.Out.WriteLine($"ok: {articles} articles, the {parse.GetValue(engine)} index at {location} passed its checks");
            return ExitCodes.Success;
        });
        return command;
    }
}
