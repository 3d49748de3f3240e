namespace NewsSearch.Core.Taxonomy;

/// <summary>The facet vocabulary is malformed; the message names the value and the field.</summary>
public sealed class FacetVocabularyException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public FacetVocabularyException()
    {
    }

    /// <summary>Creates the exception with a message naming the value and field at fault.</summary>
    public FacetVocabularyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the underlying parse error.</summary>
    public FacetVocabularyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
