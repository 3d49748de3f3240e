namespace NewsSearch.Client.Search;

/// <summary>
/// A search's matching articles counted by two dimensions at once. Sparse: a row and column pair
/// absent from <see cref="Cells"/> counts 0 (see <see cref="CountOf"/>).
/// </summary>
/// <param name="Rows">The rows' dimension.</param>
/// <param name="Cols">The columns' dimension.</param>
/// <param name="Query">The query as the service understood it.</param>
/// <param name="Total">Articles matching the query and filters.</param>
/// <param name="RowValues">Row values held by at least one matching article.</param>
/// <param name="ColValues">Column values held by at least one matching article.</param>
/// <param name="Cells">Non-zero cells.</param>
public sealed record PivotTable(
    PivotDimension Rows,
    PivotDimension Cols,
    string Query,
    int Total,
    IReadOnlyList<PivotValue> RowValues,
    IReadOnlyList<PivotValue> ColValues,
    IReadOnlyList<PivotCell> Cells)
{
    /// <summary>The count of one cell, 0 when it is absent.</summary>
    public int CountOf(string row, string col) => Cells.FirstOrDefault(c => c.Row == row && c.Col == col)?.Count ?? 0;
}
