using System.Collections.Concurrent;
using Icu;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// Traditional to Simplified conversion with ICU's "Traditional-Simplified" transliterator.
/// ICU's rules for it map single characters, so results are cached per string and the native
/// transliterator (not thread-safe) is only entered under a lock, once per distinct character.
/// </summary>
public sealed class ChineseScriptConverter : IDisposable
{
    private readonly Transliterator _transliterator;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Lazy<Transliterator> _toTraditional = new(() =>
        Transliterator.CreateInstance("Simplified-Traditional", Transliterator.UTransDirection.Forward, null));

    /// <summary>Opens the ICU transliterator; throws when libicu cannot be loaded.</summary>
    public ChineseScriptConverter()
    {
        IcuRuntime.EnsureInitialized();
        _transliterator = Transliterator.CreateInstance("Traditional-Simplified", Transliterator.UTransDirection.Forward, null);
    }

    /// <summary>Converts short text (a character or an alias) to Simplified script.</summary>
    public string ToSimplified(string text)
    {
        if (!ContainsHan(text))
        {
            return text;
        }

        return _cache.GetOrAdd(text, t =>
        {
            lock (_gate)
            {
                return _transliterator.Transliterate(t, Math.Max(16, t.Length * 4));
            }
        });
    }

    /// <summary>Converts a sentence or paragraph to Traditional script (used to generate reprints; not cached).</summary>
    public string ToTraditional(string text)
    {
        if (!ContainsHan(text))
        {
            return text;
        }

        lock (_gate)
        {
            return _toTraditional.Value.Transliterate(text, Math.Max(16, text.Length * 2));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _transliterator.Dispose();
        if (_toTraditional.IsValueCreated)
        {
            _toTraditional.Value.Dispose();
        }
    }

    private static bool ContainsHan(string text)
    {
        foreach (var c in text)
        {
            if (CharClass.IsHan(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
