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
    public static async Task<NpgsqlConnection> OpenAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SET plan_cache_mode = force_generic_plan", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public static async Task CloseAsync(KnowledgeBaseDbContext db, NpgsqlConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            await using var command = new NpgsqlCommand("RESET plan_cache_mode", connection);
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        await db.Database.CloseConnectionAsync();
    }
}
