namespace NewsSearch.Core.Index;

/// <summary>What an upsert did.</summary>
public enum UpsertOutcome
{
    /// <summary>A new article.</summary>
    Added,

    /// <summary>An existing id with changed content.</summary>
    Updated,

    /// <summary>The same id with the same content: nothing written.</summary>
    Unchanged,
}
