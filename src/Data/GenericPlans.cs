using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeBase.Data;

/// <summary>
/// Opens a context's connection for generic plans, for statements that run all day with other values. PostgreSQL
/// plans a prepared statement anew for every execution while it guesses that the parameters matter: the search's
/// candidates statement took three times as long to plan as to run, and the six statements of an uncached entry
/// 4.3 ms to plan against 0.4 ms to run. Not for every statement: a substring match (ILIKE '%…%') or full text
/// needs the values to choose between an index and a scan, so the connection goes back to the pool reset.
/// </summary>
internal static class GenericPlans
{
    /// <summary>For a caller that sends batches of its own: put in front of the first, it saves a round trip.</summary>
    public const string Set = "SET plan_cache_mode = force_generic_plan";

    public static async Task<NpgsqlConnection> OpenAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var connection = await OpenWithoutSettingAsync(db, cancellationToken);
        await using var command = new NpgsqlCommand(Set, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Opens the connection; the caller's first batch starts with <see cref="Set"/>.</summary>
    public static async Task<NpgsqlConnection> OpenWithoutSettingAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        return connection;
    }

    public static async Task CloseAsync(KnowledgeBaseDbContext db, NpgsqlConnection connection)
    {
        // Npgsql resets a pooled connection's settings (RESET ALL) along with the next command sent on it, which costs
        // no round trip of its own; only a connection string that turns that off needs the explicit reset.
        if (connection.State == System.Data.ConnectionState.Open && new NpgsqlConnectionStringBuilder(connection.ConnectionString).NoResetOnClose)
        {
            await using var command = new NpgsqlCommand("RESET plan_cache_mode", connection);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        await db.Database.CloseConnectionAsync();
    }
}
