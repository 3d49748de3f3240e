using Microsoft.Extensions.Options;
using NewsSearch.Api.Articles;
using NewsSearch.Api.Facets;
using NewsSearch.Api.Feeds;
using NewsSearch.Api.Reprints;
using NewsSearch.Api.Search;
using NewsSearch.Api.Suggest;
using NewsSearch.Api.Trends;
using NewsSearch.Core.Analysis;
using NewsSearch.Core.Articles;
using NewsSearch.Core.Index;
using NewsSearch.Core.Search;
using NewsSearch.Core.Search.Concordance;
using NewsSearch.Core.Search.Pivot;
using NewsSearch.Core.Search.Related;
using NewsSearch.Core.Search.Suggestions;
using NewsSearch.Core.Search.Terms;
using NewsSearch.Core.Search.Trends;
using NewsSearch.Core.Taxonomy;

namespace NewsSearch.Api.Infrastructure;

/// <summary>All of the service's wiring in one place: services, middleware order and endpoints.</summary>
public static class NewsSearchHostExtensions
{
    /// <summary>Registers options, the Core services and the cross-cutting HTTP features.</summary>
    public static WebApplicationBuilder AddNewsSearch(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NewsSearchOptions>()
            .BindConfiguration(NewsSearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        // Built for the index: queries are analyzed with the segmenter the index was built with.
        services.AddSingleton(sp => IndexAnalyzers.For(sp.GetRequiredService<IArticleIndex>()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<NewsSearchOptions>>().Value.TaxonomyPath is { Length: > 0 } path
            ? FacetVocabulary.Load(path)
            : FacetVocabulary.Default);
        services.AddSingleton<IArticleIndex>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NewsSearchOptions>>().Value;
            RetiredIndexNotice.LogIfRetired(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RetiredIndexNotice)));
            return ArticleIndexes.Open(options.Engine, options.IndexLocation, segmenter: options.Segmenter);
        });
        services.AddSingleton(sp => new FacetTagger(sp.GetRequiredService<FacetVocabulary>(), sp.GetRequiredService<Analyzer>().Folder));
        services.AddSingleton<ArticlePreparer>();
        services.AddSingleton<ArticleFileReader>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SearchRequestValidator>();
        services.AddSingleton<RelatedArticles>();
        services.AddSingleton<SearchPivot>();
        services.AddSingleton<FeedClock>();
        services.AddSingleton<Concordancer>();
        services.AddSingleton<SearchTrends>();
        services.AddSingleton<SignificantTerms>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<ArticleIngestion>();
        services.AddHostedService<CorpusBootstrapper>();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Long hostile query strings reach the API and get a 400 naming the parameter instead of
            // Kestrel's bare 414; bodies are capped per endpoint.
            kestrel.Limits.MaxRequestLineSize = 256 * 1024;
            kestrel.Limits.MaxRequestBodySize = ArticlesApi.MaxRequestBytes;
        });

        services.ConfigureHttpJsonOptions(json => SearchJson.Configure(json.SerializerOptions));
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        services.AddNewsSearchProblems();
        services.AddNewsSearchRateLimits();
        services.AddNewsSearchOpenApi();
        services.AddNewsSearchHealthChecks();
        services.AddNewsSearchReadCache();
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
        });
        services.AddCors(cors => cors.AddPolicy(CorsPolicies.Reads, policy =>
        {
            var origins = builder.Configuration.GetSection(NewsSearchOptions.SectionName).Get<NewsSearchOptions>()?.CorsOrigins ?? [];
            policy.WithOrigins(origins).WithMethods("GET").AllowAnyHeader();
        }));
        return builder;
    }

    /// <summary>The middleware pipeline, outermost first.</summary>
    public static WebApplication UseNewsSearch(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseNewsSearchProblems();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    /// <summary>Maps every endpoint: the API, its documents and health.</summary>
    public static WebApplication MapNewsSearch(this WebApplication app)
    {
        app.MapSearchApi();
        app.MapExportApi();
        app.MapFeedApi();
        app.MapConcordanceApi();
        app.MapTrendsApi();
        app.MapTermsApi();
        app.MapPivotApi();
        app.MapSuggestApi();
        app.MapArticlesApi();
        app.MapRelatedApi();
        app.MapReprintsApi();
        app.MapFacetsApi();
        app.MapNewsSearchOpenApi();
        app.MapNewsSearchHealthChecks();
        return app;
    }
}
