namespace NewsSearch.Core.Reprints;

/// <summary>One member of a reprint group: enough to list it and link to it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Headline (may be empty).</param>
/// <param name="Source">Publishing outlet, or empty.</param>
/// <param name="Published">Publication date, if known.</param>
/// <param name="Url">Original address, if known.</param>
/// <param name="Heading">What to show as its heading: the title, or when it has none a heading taken from its text
/// (the engines leave it empty; <see cref="ReprintGroup.WithHeadings"/> fills it in).</param>
/// <param name="HeadingDerived">True when <paramref name="Heading"/> comes from the body because the source gave no title.</param>
public sealed record ReprintVersion(string Id, string Title, string Source, DateOnly? Published, string? Url, string Heading = "", bool HeadingDerived = false);
