using System.ComponentModel;

namespace NewsSearch.Api.Articles;

/// <summary>An article to add or replace: the same fields as a JSON Lines line. POST one object or an array of them.</summary>
/// <param name="Id">Stable id (letters, digits and _.:- , up to 128 characters). Either id or url is required.</param>
/// <param name="Url">Where it was published; the id is derived from it when no id is given.</param>
/// <param name="Title">Headline.</param>
/// <param name="Published">Publication date: yyyy-MM-dd, ISO 8601, 2021-06-07 16:05:02 or 2022年11月6日.</param>
/// <param name="Source">Publishing outlet.</param>
/// <param name="Author">Reporters or writers.</param>
/// <param name="Body">The article text (required); page furniture and pinyin annotations are removed.</param>
[Description("An article to add or replace")]
public sealed record ArticleRecordInput(string? Id, string? Url, string? Title, string? Published, string? Source, string? Author, string Body);
