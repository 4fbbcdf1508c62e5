using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace KnowledgeBase.Data;

/// <summary>
/// Whether a database already has every migration of this build, answered without EF Core. Its own answer
/// (<c>GetMigrations</c>, <c>GetAppliedMigrations</c>) costs over a second of start-up for its services, and nearly
/// every import finds the schema current; only a database that is behind pays for <c>Migrate</c>.
/// </summary>
public static class SchemaVersion
{
    public const string HistoryTable = "__ef_migrations_history";

    /// <summary>The migration ids of this build, found the way EF Core finds them: by their attributes.</summary>
    public static IReadOnlyList<string> Migrations { get; } = typeof(KnowledgeBaseDbContext).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(KnowledgeBaseDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToList();

    public static async Task<bool> IsCurrentAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A new database has no history table yet, and a statement that names it would fail: ask first.
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('{HistoryTable}') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return false;
        }
        await using var command = new NpgsqlCommand($"""SELECT "MigrationId" FROM {HistoryTable}""", connection);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }
        return Migrations.All(applied.Contains);
    }

    /// <summary>Applies the pending migrations; EF Core is started only when there are some.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!await IsCurrentAsync(connectionString, cancellationToken))
        {
            await using var db = DataServiceCollectionExtensions.CreateContext(connectionString);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
