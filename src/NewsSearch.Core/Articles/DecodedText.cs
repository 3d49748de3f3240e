namespace NewsSearch.Core.Articles;

/// <summary>Text decoded from a file's bytes by <see cref="TextDecoder"/>.</summary>
/// <param name="Text">The decoded text, without any byte order mark.</param>
/// <param name="EncodingName">The encoding that was used: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5".</param>
/// <param name="TruncatedAtEnd">True when the bytes ended in the middle of a character, which was dropped.</param>
public sealed record DecodedText(string Text, string EncodingName, bool TruncatedAtEnd);
