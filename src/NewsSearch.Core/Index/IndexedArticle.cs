using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Reprints;

namespace NewsSearch.Core.Index;

/// <summary>An article with its analyzed text, ready to be written to an index.</summary>
/// <param name="Article">The cleaned, tagged article.</param>
/// <param name="ContentHash">Hash of everything stored for the article: an unchanged hash means nothing to write.</param>
/// <param name="Title">The title's index terms.</param>
/// <param name="Body">The body's index terms.</param>
/// <param name="Source">The source name's index terms.</param>
/// <param name="Signature">The body's reprint signature, or null when the body is too short to compare.</param>
public sealed record IndexedArticle(
    Article Article, string ContentHash, IndexedText Title, IndexedText Body, IndexedText Source, ReprintSignature? Signature);
