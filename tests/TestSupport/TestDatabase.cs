using KnowledgeBase.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// A fresh, migrated PostgreSQL database of its own for one test class (use it as an <c>IClassFixture</c>),
/// created on the server that <c>ConnectionStrings__KnowledgeBase</c> names (the one <c>./kb test</c> starts),
/// and dropped afterwards.
/// </summary>
public class TestDatabase : IAsyncLifetime
{
    private const string DefaultServer = "Host=127.0.0.1;Port=55432;Database=knowledgebase;Username=kb;Password=kb";

    public string Name { get; } = $"kb_test_{Guid.NewGuid():N}"[..30];

    public string ConnectionString { get; private set; } = "";

    /// <summary>False for a database as a new user's server has it: created, with no schema yet.</summary>
    protected virtual bool Migrated => true;

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__KnowledgeBase") is { Length: > 0 } value ? value : DefaultServer;

    public virtual async Task InitializeAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name, MaxPoolSize = 20 }.ConnectionString;
        if (Migrated)
        {
            await using var db = CreateContext();
            await db.Database.MigrateAsync();
        }
    }

    public KnowledgeBaseDbContext CreateContext() => DataServiceCollectionExtensions.CreateContext(ConnectionString);

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // Dropping a database waits for a checkpoint, which takes its time on a CI machine busy with five test
        // projects. A scratch database left behind is no test result, so a drop that keeps failing is reported, not
        // thrown: thrown, xUnit turns it into a "cleanup failure" that fails a run whose tests all passed.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var server = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false, CommandTimeout = 120 };
                await using var connection = new NpgsqlConnection(server.ConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                if (attempt == 3)
                {
                    await Console.Error.WriteLineAsync($"warning: test database {Name} was not dropped: {exception.Message}");
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
