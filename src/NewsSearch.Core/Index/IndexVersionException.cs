namespace NewsSearch.Core.Index;

/// <summary>The index file was written by another schema version (or is not an index at all).</summary>
public sealed class IndexVersionException : Exception
{
    /// <summary>Creates the exception with a message that says how to fix it.</summary>
    public IndexVersionException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public IndexVersionException()
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public IndexVersionException(string message, Exception inner) : base(message, inner)
    {
    }
}
