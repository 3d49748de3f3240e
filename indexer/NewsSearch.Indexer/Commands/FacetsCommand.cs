using System.CommandLine;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Indexer.Commands;

/// <summary>
/// <c>facets [zone|country|sector]</c>: the ids the filters accept, with their Chinese and English
/// names and parents, from the taxonomy (no index needed).
/// </summary>
internal static class FacetsCommand
{
    public static Command Create()
    {
        var dimension = new Argument<string?>("dimension") { Description = "zone, country or sector (default: all three)", Arity = ArgumentArity.ZeroOrOne };
        var taxonomy = CommonOptions.Taxonomy();
        var command = new Command("facets", "List the zone, country and sector ids that --zone, --country and --sector accept") { dimension, taxonomy };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(dimension);
            FacetDimension chosen = default;
            if (name is not null && !FacetVocabulary.TryParseDimension(name, out chosen))
            {
                throw new UsageException($"dimension: '{name}' is not zone, country or sector.", ExitCodes.Usage);
            }

            var path = parse.GetValue(taxonomy);
            FacetVocabulary vocabulary;
            try
            {
                vocabulary = path is null ? FacetVocabulary.Default : FacetVocabulary.Load(path);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot load taxonomy {path}: {e.Message}", ExitCodes.Usage);
            }

            foreach (var shown in name is null ? Enum.GetValues<FacetDimension>() : [chosen])
            {
                foreach (var value in vocabulary.Values(shown))
                {
                    var parent = value.ParentId is null ? "" : $"\t(in {value.ParentId})";
                    Console.Out.WriteLine($"{FacetVocabulary.DimensionName(shown)}\t{value.Id}\t{value.Chinese}\t{value.English}{parent}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
