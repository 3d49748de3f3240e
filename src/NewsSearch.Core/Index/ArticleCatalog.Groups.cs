namespace NewsSearch.Core.Index;

public sealed partial class ArticleCatalog
{
    // Asked for every matching article when collapsing: one small array read instead of two.
    private readonly bool[] _reprinted;

    /// <summary>Reprint group of each slot, numbered 0 to <see cref="GroupCount"/> - 1.</summary>
    public int[] Groups { get; }

    /// <summary>Per group number, the engine key of the group's leader (its earliest-indexed member).</summary>
    public long[] GroupLeaders { get; }

    /// <summary>Per group number, how many articles the group has.</summary>
    public int[] GroupSizes { get; }

    /// <summary>Number of reprint groups (equal to <see cref="Count"/> when there are no reprints).</summary>
    public int GroupCount => GroupLeaders.Length;

    /// <summary>True when at least one group has more than one article.</summary>
    public bool HasReprints => GroupCount < Count;

    /// <summary>The id of the slot's reprint group, as clients see it.</summary>
    public string GroupIdOf(int slot) => Reprints.ReprintGroup.IdOf(GroupLeaders[Groups[slot]]);

    /// <summary>True when the article in <paramref name="slot"/> has reprints (or is one).</summary>
    public bool IsReprinted(int slot) => _reprinted[slot];

    // Groups numbered in the order their first member's slot comes. Most articles lead their own
    // group, so a leader is found by its slot (the key → slot map is built already) and numbered in
    // an array; a leader missing from the catalog gets a number of its own all the same.
    private (int[] Groups, long[] Leaders, int[] Sizes) NumberGroups(long[] keys, long[] leaderOfSlot)
    {
        var numberOfLeaderSlot = new int[leaderOfSlot.Length];
        Array.Fill(numberOfLeaderSlot, -1);
        Dictionary<long, int>? absent = null;
        var groups = new int[leaderOfSlot.Length];
        var leaders = new List<long>();
        var sizes = new List<int>();
        for (var slot = 0; slot < leaderOfSlot.Length; slot++)
        {
            var leader = leaderOfSlot[slot];
            var leaderSlot = leader == keys[slot] ? slot : SlotOf(leader);
            int group;
            if (leaderSlot >= 0 ? (group = numberOfLeaderSlot[leaderSlot]) < 0 : !(absent ??= []).TryGetValue(leader, out group))
            {
                group = leaders.Count;
                leaders.Add(leader);
                sizes.Add(0);
                if (leaderSlot >= 0)
                {
                    numberOfLeaderSlot[leaderSlot] = group;
                }
                else
                {
                    absent![leader] = group;
                }
            }

            groups[slot] = group;
            sizes[group]++;
        }

        return (groups, [.. leaders], [.. sizes]);
    }
}
