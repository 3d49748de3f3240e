namespace NewsSearch.Web.Tests;

/// <summary>Every browser test shares one running service and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
