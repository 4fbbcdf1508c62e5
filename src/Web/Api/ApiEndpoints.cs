using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Web.Infrastructure;

namespace KnowledgeBase.Web.Api;

/// <summary>The REST API under <c>/api/v1</c>: a contract for chatbots and tools (add fields, never rename).</summary>
public static class ApiEndpoints
{
    public const string PublicGetCors = "public-get";

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddCodeSearch();
        services.AddContentCache();
        services.AddApiProblems();
        services.AddOpenApi();
        services.AddCors(options => options.AddPolicy(PublicGetCors, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .WithExposedHeaders("ETag", "Retry-After")));
        return services;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(RateLimiting.ApiPolicy)
            .WithTags("Error codes");
        api.MapCodesApi();
        api.MapLookupApi();
        api.MapSearchApi();
        api.MapVendorsApi();
        api.MapExtractApi();
        api.RequireCors(PublicGetCors);

        app.MapOpenApi();
        app.MapLlmsTxt();
        return app;
    }
}
