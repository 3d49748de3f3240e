using NewsSearch.Core.Indexing;

namespace NewsSearch.Indexer.Remote;

/// <summary>What a remote run did: the usual summary, and how many articles crossed the network.</summary>
/// <param name="Summary">Counts as for a local run.</param>
/// <param name="Sent">Articles posted.</param>
/// <param name="AlreadyThere">Articles the service held with the same content, not sent.</param>
internal sealed record RemoteIndexingResult(IndexingSummary Summary, long Sent, long AlreadyThere);
