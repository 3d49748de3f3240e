namespace NewsSearch.Core.Taxonomy;

public sealed partial class FacetTagger
{
    // Room for the folded text: NFKC expansions are rare in news, so twice the length is plenty.
    private static int BufferLength(string title, string body) => 2 * (title.Length + 1 + body.Length) + 16;

    // Folds "title\nbody" (or the body alone) into buffer; returns the length, or -1 for the slow path.
    private int FoldArticle(string title, string body, char[] buffer)
    {
        var written = 0;
        if (title.Length > 0)
        {
            written = _folder.FoldInto(title, buffer);
            if (written < 0 || written == buffer.Length)
            {
                return -1;
            }

            buffer[written++] = '\n';
        }

        var rest = _folder.FoldInto(body, buffer.AsSpan(written));
        return rest < 0 ? -1 : written + rest;
    }
}
