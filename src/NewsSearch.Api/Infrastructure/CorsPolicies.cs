namespace NewsSearch.Api.Infrastructure;

/// <summary>Named CORS policies.</summary>
public static class CorsPolicies
{
    /// <summary>Browsers on the configured origins may call the read endpoints.</summary>
    public const string Reads = "reads";
}
