using System.CommandLine;

namespace NewsSearch.Indexer.Commands;

/// <summary><c>generate --count N --seed S --out file.jsonl</c>: a deterministic synthetic corpus for scale tests.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Generate a synthetic corpus (not yet available)");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("error: generate is not implemented yet");
            return ExitCodes.Failed;
        });
        return command;
    }
}
