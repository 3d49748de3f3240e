using System.CommandLine;
using NewsSearch.Bench;

var root = new RootCommand("NewsSearch benchmarks");

var stagesInput = new Option<string>("--input") { Required = true, Description = "A generated JSON Lines corpus" };
var stagesLimit = new Option<int>("--limit") { DefaultValueFactory = _ => 5000 };
var stages = new Command("stages", "Time each indexing stage alone") { stagesInput, stagesLimit };
stages.SetAction(p => StageProfile.Run(p.GetValue(stagesInput)!, p.GetValue(stagesLimit), Console.Out));
root.Subcommands.Add(stages);

return await root.Parse(args).InvokeAsync();
