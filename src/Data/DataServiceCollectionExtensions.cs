using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "KnowledgeBase";

    /// <summary>Registers the DbContext pool on the connection string <c>ConnectionStrings:KnowledgeBase</c>.</summary>
    public static IServiceCollection AddKnowledgeBaseData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = WithPreparedStatements(GetConnectionString(configuration));
        services.AddDbContextPool<KnowledgeBaseDbContext>(options => Configure(options, connectionString));
        return services;
    }

    public static string GetConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "No database is configured. Set the connection string 'ConnectionStrings:KnowledgeBase' " +
                "(environment variable ConnectionStrings__KnowledgeBase), or start the project's own database with './kb db start'.");

    /// <summary>
    /// The web app runs the same few lookup and search statements all day: Npgsql prepares them once per connection
    /// (planning the search statement took longer than running it). Not for the importer, whose temporary tables
    /// come and go. A setting in the configured connection string wins.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(SchemaVersion.HistoryTable));
        // Migrations are hand-written (see KnowledgeBaseDbContext), so there is no snapshot to compare the model with.
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    public static KnowledgeBaseDbContext CreateContext(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<KnowledgeBaseDbContext>();
        Configure(builder, connectionString);
        return new KnowledgeBaseDbContext(builder.Options);
    }
}
