namespace NewsSearch.Core.Tests.Articles;

/// <summary>
/// The whole cleaned body of each seed against a reviewed file in Expected/. After a deliberate cleaner
/// change, set NEWSSEARCH_UPDATE_EXPECTED=1 to rewrite the files (the rewritten cases fail), then review the diff line
/// by line and run again without it; tools/test.sh does not go green while the variable is set.
/// </summary>
public sealed class SeedBodySnapshotTests
{
    public static TheoryData<string> Seeds =>
    [
        "000_69931a395751e654", "001_3d349f3940e6cb6b", "002_8701b1438f67845e", "003_cff4dd02faf2c418", "004_5e5fe67579d06bab",
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_Seed_BodyMatchesReviewedExpectation(string name)
    {
        var body = SeedCorpus.ReadSingle(name).Body;
        var expectedPath = Path.Combine(SeedCorpus.ExpectedFolder, name + ".txt");
        var expected = File.ReadAllText(expectedPath).TrimEnd('\n');
        if (Environment.GetEnvironmentVariable("NEWSSEARCH_UPDATE_EXPECTED") == "1" && expected != body)
        {
            // A rewritten snapshot is not a checked one: fail so that the change is reviewed first.
            File.WriteAllText(expectedPath, body + "\n");
            Assert.Fail($"{expectedPath} rewritten (NEWSSEARCH_UPDATE_EXPECTED=1): review the diff, then run again without it");
        }

        Assert.Equal(expected, body);
    }
}
