namespace NewsSearch.Core.Taxonomy;

// Building the alias table and the roll-up order, once per vocabulary.
public sealed partial class FacetTagger
{
    private void BuildTable()
    {
        // Keyed by folded text: a Traditional twin of an alias folds onto it and adds its excepts.
        var compiled = new Dictionary<(int Dimension, string Folded), (int Value, bool Contextual, bool Decisive, HashSet<(string, int)> Excepts)>();
        for (var v = 0; v < _values.Length; v++)
        {
            var value = _values[v];
            foreach (var alias in value.Aliases.Prepend(new FacetAlias(value.Chinese)))
            {
                var folded = _folder.FoldToString(alias.Text);
                var excepts = FoldExcepts(value, alias, folded);
                if (!compiled.TryGetValue(((int)value.Dimension, folded), out var existing))
                {
                    compiled.Add(((int)value.Dimension, folded), (v, alias.Contextual, alias.Decisive, [.. excepts]));
                    continue;
                }

                if (existing.Value != v || existing.Contextual != alias.Contextual || existing.Decisive != alias.Decisive)
                {
                    var clash = existing.Value != v ? $"is also an alias of '{_values[existing.Value].Id}'"
                        : existing.Contextual != alias.Contextual ? "is both contextual and not" : "is both decisive and not";
                    throw new FacetVocabularyException(
                        $"{FacetVocabulary.DimensionName(value.Dimension)} value '{value.Id}': alias '{alias.Text}' {clash} once folded.");
                }

                existing.Excepts.UnionWith(excepts);
            }
        }

        var entries = compiled.Select(c => new AliasEntry(c.Key.Folded, c.Value.Value, c.Key.Dimension, c.Value.Contextual, c.Value.Decisive, [.. c.Value.Excepts]));
        foreach (var group in entries.GroupBy(e => e.Text[0]))
        {
            _byFirstChar[group.Key] = [.. group.OrderByDescending(e => e.Text.Length).ThenBy(e => e.Text, StringComparer.Ordinal)];
            _startsAlias[group.Key >> 6] |= 1UL << group.Key;
        }
    }

    private List<(string, int)> FoldExcepts(FacetValue value, FacetAlias alias, string folded)
    {
        var excepts = new List<(string, int)>();
        foreach (var except in alias.Except)
        {
            var longer = _folder.FoldToString(except);
            var found = false;
            for (var at = longer.IndexOf(folded, StringComparison.Ordinal); at >= 0; at = longer.IndexOf(folded, at + 1, StringComparison.Ordinal))
            {
                excepts.Add((longer, at));
                found = true;
            }

            if (!found)
            {
                throw new FacetVocabularyException(
                    $"{FacetVocabulary.DimensionName(value.Dimension)} value '{value.Id}': except '{except}' does not contain alias '{alias.Text}' once folded.");
            }
        }

        return excepts;
    }

    // Per dimension, value indices ordered so that every child comes before its parent.
    private int[][] BuildChildrenFirstOrder()
    {
        var depth = new int[_values.Length];
        for (var v = 0; v < _values.Length; v++)
        {
            for (var p = _parents[v]; p >= 0; p = _parents[p])
            {
                depth[v]++;
            }
        }

        return [.. Enum.GetValues<FacetDimension>().Select(d => Enumerable.Range(0, _values.Length)
            .Where(v => _values[v].Dimension == d)
            .OrderByDescending(v => depth[v])
            .ToArray())];
    }
}
