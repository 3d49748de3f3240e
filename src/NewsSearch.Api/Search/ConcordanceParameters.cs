using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search.Concordance;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/concordance</c>: the matching articles, context width, order, page or file format.</summary>
public sealed class ConcordanceParameters : MatchParameters
{
    [Description("Characters of context on each side of a match, 5 to 100 (default 30).")]
    [FromQuery(Name = "width")]
    public int? Width { get; init; }

    [Description("date (default: newest article first, occurrences in text order), left (by the text before the match, read from the match backwards) or right (by the text after it).")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("Page number, from 1.")]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Lines per page, 1 to 500 (default 50).")]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    [Description("csv or jsonl: every line as a file instead of a page (UTF-8; csv with a BOM). Without it, a JSON page.")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>The writer for <see cref="Format"/>, or null for a JSON page (or an unknown name, which validation refuses).</summary>
    public ConcordanceWriter? Writer => ConcordanceWriter.ForName(Format);

    /// <summary>The concordance these parameters ask for.</summary>
    public ConcordanceRequest ToConcordance() => new()
    {
        Search = ToRequest(),
        Width = Width ?? ConcordanceRequest.DefaultWidth,
        Sort = Concordancer.ParseSort(Sort) ?? ConcordanceSort.Date,
        Page = Page ?? 1,
        PageSize = PageSize ?? ConcordanceRequest.DefaultPageSize,
    };

    protected override void AddProblems(Dictionary<string, string[]> errors)
    {
        base.AddProblems(errors);
        if (!string.IsNullOrEmpty(Sort) && Concordancer.ParseSort(Sort) is null)
        {
            errors["sort"] = [$"Sort must be {string.Join(", ", Concordancer.SortNames.SkipLast(1))} or {Concordancer.SortNames[^1]}."];
        }

        if (!string.IsNullOrEmpty(Format) && Writer is null)
        {
            errors["format"] = ["Format must be csv or jsonl (or left out for a JSON page)."];
        }
    }
}
