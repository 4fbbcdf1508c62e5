using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeBase.Data.Tests;

public sealed class SchemaVersionTests(EmptyTestDatabase database) : IClassFixture<EmptyTestDatabase>
{
    [Fact]
    public async Task The_migrations_are_the_ones_EF_Core_finds()
    {
        await using var db = database.CreateContext();

        Assert.NotEmpty(SchemaVersion.Migrations);
        Assert.Equal(db.Database.GetMigrations(), SchemaVersion.Migrations);
    }

    [Fact]
    public async Task A_database_is_current_only_once_it_has_every_migration()
    {
        Assert.False(await SchemaVersion.IsCurrentAsync(database.ConnectionString, CancellationToken.None));

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }
        Assert.True(await SchemaVersion.IsCurrentAsync(database.ConnectionString, CancellationToken.None));

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var forget = new NpgsqlCommand(
                $"""DELETE FROM {SchemaVersion.HistoryTable} WHERE "MigrationId" = @last""", connection);
            forget.Parameters.AddWithValue("last", SchemaVersion.Migrations[^1]);
            await forget.ExecuteNonQueryAsync();
        }
        Assert.False(await SchemaVersion.IsCurrentAsync(database.ConnectionString, CancellationToken.None));
    }
}
