namespace NewsSearch.Core.Index;

/// <summary>
/// A write asked for another word segmenter than the one the index was built with: the index would
/// hold words of two segmentations, and its queries (analyzed as it was built) would miss half of them.
/// </summary>
public sealed class SegmenterMismatchException : Exception
{
    /// <summary>Creates the exception with a message naming both segmenters and the command that rebuilds the index.</summary>
    public SegmenterMismatchException(string engine, string location, string recorded, string requested)
        : base($"The index at {location} was built with the {recorded} segmenter; adding to it with {requested} would mix two segmentations. " +
            $"Leave the segmenter setting out (or set it to {recorded}), or rebuild the index with {requested}: " +
            $"dotnet run --project indexer/NewsSearch.Indexer -- index corpus/ --rebuild --segmenter {requested} --engine {engine} --db {location}")
    {
        Recorded = recorded;
        Requested = requested;
    }

    /// <summary>Creates the exception.</summary>
    public SegmenterMismatchException()
    {
        Recorded = Requested = "";
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public SegmenterMismatchException(string message, Exception inner) : base(message, inner)
    {
        Recorded = Requested = "";
    }

    /// <summary>The segmenter the index records.</summary>
    public string Recorded { get; }

    /// <summary>The segmenter the write asked for.</summary>
    public string Requested { get; }
}
