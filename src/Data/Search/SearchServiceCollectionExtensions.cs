using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Data.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers the search service (PostgreSQL full text, trigrams and code keys) behind <see cref="ICodeSearch"/>.</summary>
    public static IServiceCollection AddCodeSearch(this IServiceCollection services)
    {
        services.AddScoped<ICodeSearch, PostgresCodeSearch>();
        return services;
    }
}
