using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>
/// The articles as a write batch sees them: the last commit (which cannot change while the batch
/// holds the write lock) overlaid with the batch's own writes. Lucene's writer cannot be read until
/// it flushes, and flushing for every read would make a segment per article, so the batch keeps
/// what it wrote here, indexed by every term it looks articles up by.
/// </summary>
internal sealed class BatchArticles
{
    private static readonly HashSet<string> PlacementIdField = new(StringComparer.Ordinal) { ArticleFields.PlacementId };

    private readonly IndexSearcher _committed;
    // An id the batch has touched maps to its state now, or to null once removed.
    private readonly Dictionary<string, ArticleState?> _changed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<long, HashSet<string>> _byBand = [];
    private readonly Dictionary<long, HashSet<string>> _byGroup = [];
    private readonly Dictionary<string, HashSet<string>> _byFile = new(StringComparer.Ordinal);
    private readonly HashSet<long> _touchedKeys = [];
    private readonly CommittedTerms _terms;
    private readonly ReprintCandidates _candidates;

    public BatchArticles(IndexSearcher committed)
    {
        _committed = committed;
        _terms = new CommittedTerms(committed.IndexReader);
        _candidates = new ReprintCandidates(committed, _terms);
    }

    public ArticleState? Get(string id) => _changed.TryGetValue(id, out var state) ? state : CommittedState(id);

    public void Put(ArticleState state)
    {
        Unindex(state.Id);
        _changed[state.Id] = state;
        _touchedKeys.Add(state.Key);
        Add(_byHash, state.Hash, state.Id);
        foreach (var band in state.Bands)
        {
            Add(_byBand, band, state.Id);
        }

        if (state.Group is { } group)
        {
            Add(_byGroup, group, state.Id);
        }

        if (ArticleFields.OriginFileOf(state.Origin) is { } file)
        {
            Add(_byFile, file, state.Id);
        }
    }

    public void Remove(ArticleState state)
    {
        Unindex(state.Id);
        _changed[state.Id] = null;
        _touchedKeys.Add(state.Key);
    }

    public IEnumerable<string> IdsWithHash(string hash) =>
        Committed(ArticleFields.Hash, hash, ArticleFields.Id).Concat(Changed(_byHash, hash).Select(s => s.Id));

    /// <summary>(key, group leader, signature) of every article under any of the bands, each once.</summary>
    public Dictionary<long, (long Leader, Reprints.ReprintSignature Signature)> WithBands(IReadOnlyCollection<long> bands)
    {
        // A committed article the batch has touched is known by its state here, or is gone.
        var found = _candidates.Find(bands);
        found.Keys.Where(_touchedKeys.Contains).ToList().ForEach(k => found.Remove(k));
        foreach (var band in bands)
        {
            foreach (var state in Changed(_byBand, band))
            {
                found[state.Key] = (state.Leader, state.Signature!);
            }
        }

        return found;
    }

    /// <summary>The members of the group led by <paramref name="leader"/>, the leader itself not included.</summary>
    public IEnumerable<ArticleState> MembersOf(long leader) =>
        CommittedPlacements(ArticleFields.Group, ArticleFields.Text(leader)).Concat(Changed(_byGroup, leader));

    /// <summary>The articles placed from <paramref name="file"/> whose ids are not in <paramref name="keep"/>.</summary>
    public List<ArticleState> FromFileExcept(string file, IReadOnlySet<string> keep)
    {
        // The committed placements are told apart by key (postings and doc values), and only those not
        // kept are read as stored documents: reading every placement decompressed the stored chunks
        // around it, i.e. the whole text of every article of the file once the file was done (a
        // 100,000-article file: 7 s, and ~450 MB of the index mapped into the process at once).
        var committed = new Dictionary<long, int>();
        _terms.ForEach(ArticleFields.OriginFile, [file], (leaf, doc) =>
        {
            var key = leaf.AtomicReader.GetNumericDocValues(ArticleFields.PlacementKeyValues).Get(doc);
            if (!_touchedKeys.Contains(key))
            {
                committed[key] = leaf.DocBase + doc;
            }
        });

        // Sorted, so that the id look-ups walk each segment's terms forwards.
        IEnumerable<string> kept = committed.Count == 0 ? [] : keep.Where(id => !_changed.ContainsKey(id)).Order(StringComparer.Ordinal);
        foreach (var id in kept)
        {
            if (_terms.FirstValue(ArticleFields.Id, id, ArticleFields.KeyValues) is { } key)
            {
                committed.Remove(key);
            }
        }

        return committed.Values
            .Select(doc => CommittedState(_committed.Doc(doc, PlacementIdField).Get(ArticleFields.PlacementId)))
            .OfType<ArticleState>()
            .Concat(Changed(_byFile, file).Where(s => !keep.Contains(s.Id)))
            .ToList();
    }

    private ArticleState? CommittedState(string id) => _terms.First(ArticleFields.Id, id) is var doc and >= 0
        ? StoredLookup.State(_committed, _committed.Doc(doc, ArticleFields.StateFields))
        : null;

    private IEnumerable<string> Committed(string field, string value, string idField) =>
        _terms.Docs(field, value).Select(doc => _committed.Doc(doc, new HashSet<string>(StringComparer.Ordinal) { idField }).Get(idField))
            .Where(id => !_changed.ContainsKey(id));

    private IEnumerable<ArticleState> CommittedPlacements(string field, string value) =>
        Committed(field, value, ArticleFields.PlacementId).ToList().Select(CommittedState).OfType<ArticleState>();

    private IEnumerable<ArticleState> Changed<T>(Dictionary<T, HashSet<string>> index, T value)
        where T : notnull =>
        index.TryGetValue(value, out var ids) ? ids.Select(id => _changed[id]!).ToList() : [];

    private void Unindex(string id)
    {
        if (!_changed.TryGetValue(id, out var old) || old is null)
        {
            return;
        }

        Drop(_byHash, old.Hash, id);
        foreach (var band in old.Bands)
        {
            Drop(_byBand, band, id);
        }

        if (old.Group is { } group)
        {
            Drop(_byGroup, group, id);
        }

        if (ArticleFields.OriginFileOf(old.Origin) is { } file)
        {
            Drop(_byFile, file, id);
        }
    }

    private static void Add<T>(Dictionary<T, HashSet<string>> index, T value, string id)
        where T : notnull
    {
        if (!index.TryGetValue(value, out var ids))
        {
            index[value] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
    }

    private static void Drop<T>(Dictionary<T, HashSet<string>> index, T value, string id)
        where T : notnull
    {
        if (index.TryGetValue(value, out var ids))
        {
            ids.Remove(id);
        }
    }
}
