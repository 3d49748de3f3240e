using NewsSearch.Core.Analysis;

namespace NewsSearch.Api.Tests;

/// <summary>
/// The service on the Lucene.Net engine with ICU word break: for suites whose expectations on the
/// seeds (related articles' shared words) are those of ICU's segmentation; SmartCn finds other words.
/// </summary>
public sealed class IcuNewsSearchApplication : NewsSearchApplication
{
    public IcuNewsSearchApplication()
    {
        Segmenter = WordSegmenters.Icu;
    }
}
