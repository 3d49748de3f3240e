using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsSearch.Core.Search.Export;

namespace NewsSearch.Api.Search;

/// <summary>The query string of <c>GET /api/v1/search/export</c>: a result set and a file format.</summary>
public sealed class ExportParameters : ResultSetParameters
{
    [Description("csv (default: UTF-8 with a BOM, RFC 4180) or jsonl (one JSON object per line).")]
    [FromQuery(Name = "format")]
    public string? Format { get; init; }

    /// <summary>The writer for <see cref="Format"/>, or null when it names no format.</summary>
    public ResultSetWriter? Writer => string.IsNullOrEmpty(Format) ? ResultSetWriter.For(ExportFormat.Csv) : ResultSetWriter.ForName(Format);

    protected override void AddProblems(Dictionary<string, string[]> errors)
    {
        base.AddProblems(errors);
        if (Writer is null)
        {
            errors["format"] = [$"Format must be {string.Join(" or ", ResultSetWriter.Names)}."];
        }
    }
}
