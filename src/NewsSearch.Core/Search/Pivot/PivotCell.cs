namespace NewsSearch.Core.Search.Pivot;

/// <summary>A non-empty cell of a pivot table.</summary>
/// <param name="Row">The row's value id.</param>
/// <param name="Col">The column's value id.</param>
/// <param name="Count">Matching articles having both the row value and the column value.</param>
public sealed record PivotCell(string Row, string Col, int Count);
