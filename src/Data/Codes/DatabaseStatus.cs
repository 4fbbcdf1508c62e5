using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Codes;

/// <summary>What readiness needs to know: can we reach the database, is the schema current, is content imported.</summary>
public sealed record DatabaseState(bool Reachable, IReadOnlyList<string> PendingMigrations, long? LatestImportId, int Entries, string? Problem)
{
    public bool Ready => Reachable && PendingMigrations.Count == 0 && LatestImportId is not null && Entries > 0;
}

public static class DatabaseStatus
{
    public static async Task<DatabaseState> CheckAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return new DatabaseState(true, pending, null, 0, "The database schema is not at the latest migration: run './kb import' (it migrates first).");
            }
            var latestImport = await db.ImportRuns.OrderByDescending(r => r.Id).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
            var entries = await db.ErrorCodes.CountAsync(cancellationToken);
            var problem = latestImport is null || entries == 0 ? "No content has been imported yet: run './kb import'." : null;
            return new DatabaseState(true, pending, latestImport, entries, problem);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new DatabaseState(false, [], null, 0, DatabaseErrors.Describe(ex));
        }
    }
}
