namespace NewsSearch.Core.Search.Pivot;

/// <summary>
/// The articles matching a search counted by two dimensions at once. Sparse: <see cref="Cells"/>
/// lists only non-zero combinations, so a row and column pair without a cell counts 0. An article
/// with several values on an axis counts once under each of them.
/// </summary>
/// <param name="Rows">The rows' dimension.</param>
/// <param name="Cols">The columns' dimension.</param>
/// <param name="Query">The query as understood.</param>
/// <param name="Total">Articles matching the query and filters (as the search total).</param>
/// <param name="RowValues">Row values held by at least one matching article: most articles first, years in date order.</param>
/// <param name="ColValues">Column values, ordered the same way.</param>
/// <param name="Cells">Non-zero cells in row, then column order.</param>
public sealed record PivotTable(
    PivotAxis Rows,
    PivotAxis Cols,
    string Query,
    int Total,
    IReadOnlyList<PivotValue> RowValues,
    IReadOnlyList<PivotValue> ColValues,
    IReadOnlyList<PivotCell> Cells);
