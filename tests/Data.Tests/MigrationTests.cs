using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace KnowledgeBase.Data.Tests;

public sealed class MigrationTests(EmptyTestDatabase database) : IClassFixture<EmptyTestDatabase>
{
    /// <summary>
    /// The migrations are hand-written SQL (see KnowledgeBaseDbContext): each Down runs here, with an entry in the
    /// tables, and each Up again after it, which must rebuild what search reads from the rows it finds.
    /// </summary>
    [Fact]
    public async Task Every_migration_can_be_undone_and_done_again_with_entries_kept_searchable()
    {
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            db.ErrorCodes.Add(Seed.Entry(Seed.Service("hooli", "Hooli", "relay", "Relay API"), "RelayDropped", 502,
                variants: [(502, "Upstream gone: PeerVanished at gw.quokka.example")]));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var migrator = db.GetService<IMigrator>();
            foreach (var target in SchemaVersion.Migrations.Reverse().Skip(1))
            {
                await migrator.MigrateAsync(target);
            }
            await migrator.MigrateAsync();
        }

        await using var search = database.CreateContext();
        var results = await new PostgresCodeSearch(search).SearchAsync(new SearchQuery("peer vanished gw quokka"), CancellationToken.None);
        Assert.True(await SchemaVersion.IsCurrentAsync(database.ConnectionString, CancellationToken.None));
        Assert.Equal(["RelayDropped"], results.Results.Select(r => r.Code));
    }

    [Fact]
    public async Task A_migrated_database_does_not_compile_statements_just_in_time()
    {
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        // A new session: the setting is the database's, which a session takes when it starts.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW jit", connection);
        var jit = (string?)await command.ExecuteScalarAsync();

        Assert.Equal("off", jit);
    }
}
