using Icu;

namespace NewsSearch.Core.Analysis;

/// <summary>Loads the machine's libicu once per process.</summary>
internal static class IcuRuntime
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        Wrapper.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
