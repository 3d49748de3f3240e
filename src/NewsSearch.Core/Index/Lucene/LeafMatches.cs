using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsSearch.Core.Index.Lucene;

/// <summary>One segment's matches, in document order, with their scores when asked; arrays from the shared pool.</summary>
internal sealed class LeafMatches(bool scored) : ICollector, IDisposable
{
    private Scorer? _scorer;
    private int[] _docs = ArrayPool<int>.Shared.Rent(1024);
    private float[] _scores = scored ? ArrayPool<float>.Shared.Rent(1024) : [];

    public int Count { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public int Doc(int i) => _docs[i];

    public float Score(int i) => scored ? _scores[i] : 0f;

    public void SetNextReader(AtomicReaderContext context)
    {
    }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void Collect(int doc)
    {
        if (Count == _docs.Length)
        {
            _docs = Grow(_docs);
            _scores = scored ? Grow(_scores) : _scores;
        }

        _docs[Count] = doc;
        if (scored)
        {
            _scores[Count] = _scorer!.GetScore();
        }

        Count++;
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_docs);
        if (scored)
        {
            ArrayPool<float>.Shared.Return(_scores);
        }
    }

    private T[] Grow<T>(T[] array)
    {
        var grown = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, grown, Count);
        ArrayPool<T>.Shared.Return(array);
        return grown;
    }
}
