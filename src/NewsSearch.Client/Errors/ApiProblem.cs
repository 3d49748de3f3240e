namespace NewsSearch.Client.Errors;

/// <summary>An RFC 7807 problem the service answered with (<c>application/problem+json</c>).</summary>
/// <param name="Type">A URI reference that identifies the problem type.</param>
/// <param name="Title">A short summary of the problem.</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong in this case.</param>
/// <param name="Instance">The request path the problem concerns, if given.</param>
/// <param name="Errors">For a 400: messages by parameter name (<c>q</c>, <c>pageSize</c>, <c>body</c>...).</param>
/// <param name="TraceId">The service's id of the request, to find it in the service's logs.</param>
public sealed record ApiProblem(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    string? Instance,
    IReadOnlyDictionary<string, string[]>? Errors,
    string? TraceId);
