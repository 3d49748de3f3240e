using System.Runtime.InteropServices;
using Icu;

namespace NewsSearch.Core.Analysis;

/// <summary>
/// One ICU word break iterator, driven through ICU's C functions in the library icu.net loaded.
/// icu.net's <see cref="BreakIterator.SetText"/> reads every boundary of a text up front with its
/// rule statuses, in two new arrays per boundary (some 800 KB for a 2,000-character article, most of
/// the ICU segmenter's cost); segmentation needs only each boundary and its status, read as it goes.
/// Not thread-safe: one per thread.
/// </summary>
internal sealed unsafe class IcuWordBreaks : IDisposable
{
    private const int WordBreaks = 1; // UBRK_WORD
    private const int Done = -1; // UBRK_DONE

    private static readonly Lazy<Functions?> Loaded = new(Functions.Load);

    private readonly Functions _functions;
    private IntPtr _iterator;

    private IcuWordBreaks(Functions functions, IntPtr iterator)
    {
        _functions = functions;
        _iterator = iterator;
    }

    /// <summary>A word break iterator for <paramref name="locale"/>, or null when ICU's C functions cannot be found.</summary>
    public static IcuWordBreaks? Open(string locale)
    {
        if (Loaded.Value is not { } functions)
        {
            return null;
        }

        var name = Marshal.StringToHGlobalAnsi(locale);
        try
        {
            var error = 0;
            var iterator = functions.Open(WordBreaks, (byte*)name, null, 0, &error);
            return error > 0 || iterator == IntPtr.Zero ? null : new IcuWordBreaks(functions, iterator);
        }
        finally
        {
            Marshal.FreeHGlobal(name);
        }
    }

    /// <summary>Adds to <paramref name="spans"/> each stretch of <paramref name="text"/> between two boundaries whose rule status is at least <paramref name="firstStatus"/>.</summary>
    public void Spans(string text, int firstStatus, List<(int Start, int End)> spans)
    {
        ObjectDisposedException.ThrowIf(_iterator == IntPtr.Zero, this);
        // ICU keeps a pointer to the text, not a copy: it is read only while the text is pinned here.
        fixed (char* characters = text)
        {
            var error = 0;
            _functions.SetText(_iterator, characters, text.Length, &error);
            if (error > 0)
            {
                throw new InvalidOperationException($"ICU could not take a text of {text.Length} characters for word breaks (error {error}).");
            }

            var start = _functions.First(_iterator);
            int end;
            while ((end = _functions.Next(_iterator)) != Done)
            {
                if (_functions.RuleStatus(_iterator) >= firstStatus)
                {
                    spans.Add((start, end));
                }

                start = end;
            }
        }
    }

    public void Dispose()
    {
        if (_iterator != IntPtr.Zero)
        {
            _functions.Close(_iterator);
            _iterator = IntPtr.Zero;
        }
    }

    // The C functions, found in ICU's common library under the version suffix ICU builds them with.
    private sealed class Functions
    {
        public delegate* unmanaged<int, byte*, char*, int, int*, IntPtr> Open;
        public delegate* unmanaged<IntPtr, char*, int, int*, void> SetText;
        public delegate* unmanaged<IntPtr, int> First;
        public delegate* unmanaged<IntPtr, int> Next;
        public delegate* unmanaged<IntPtr, int> RuleStatus;
        public delegate* unmanaged<IntPtr, void> Close;

        public static Functions? Load()
        {
            IcuRuntime.EnsureInitialized();
            var major = Wrapper.IcuVersion?.Split('.')[0];
            if (string.IsNullOrEmpty(major))
            {
                return null;
            }

            string[] libraries = [$"libicuuc.so.{major}", $"libicuuc.{major}.dylib", $"icuuc{major}.dll", "libicuuc.so", "icuuc.dll"];
            foreach (var library in libraries)
            {
                if (!NativeLibrary.TryLoad(library, out var handle))
                {
                    continue;
                }

                foreach (var suffix in new[] { "_" + major, "" })
                {
                    if (Find(handle, suffix) is { } functions)
                    {
                        return functions;
                    }
                }
            }

            return null;
        }

        private static Functions? Find(IntPtr library, string suffix)
        {
            IntPtr Export(string name) => NativeLibrary.TryGetExport(library, name + suffix, out var address) ? address : IntPtr.Zero;
            var addresses = new[] { "ubrk_open", "ubrk_setText", "ubrk_first", "ubrk_next", "ubrk_getRuleStatus", "ubrk_close" }.Select(Export).ToArray();
            if (addresses.Any(a => a == IntPtr.Zero))
            {
                return null;
            }

            return new Functions
            {
                Open = (delegate* unmanaged<int, byte*, char*, int, int*, IntPtr>)addresses[0],
                SetText = (delegate* unmanaged<IntPtr, char*, int, int*, void>)addresses[1],
                First = (delegate* unmanaged<IntPtr, int>)addresses[2],
                Next = (delegate* unmanaged<IntPtr, int>)addresses[3],
                RuleStatus = (delegate* unmanaged<IntPtr, int>)addresses[4],
                Close = (delegate* unmanaged<IntPtr, void>)addresses[5],
            };
        }
    }
}
