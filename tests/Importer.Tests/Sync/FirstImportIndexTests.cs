using KnowledgeBase.Importer.Tests.Support;
using KnowledgeBase.TestSupport;
using Npgsql;

namespace KnowledgeBase.Importer.Tests.Sync;

public sealed class FirstImportIndexTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Table = """
        ---
        vendor: acme
        service: api
        defaults: { category: throttling, retry: retryable }
        ---
        Error code | HTTP status code | Error message |
        ---|---|---|
        Throttling | 429 | Rate exceeded for this account. |
        QuotaExceeded | 429 | The monthly quota is used up. |
        """;

    private readonly ContentFolder content = new();

    [Fact]
    public async Task A_first_import_builds_the_indexes_and_foreign_keys_again_and_a_re_import_keeps_them()
    {
        var migrated = await IndexesAndForeignKeysAsync();
        content.Write("acme/api/errors.md", Table);

        await db.ImportOkAsync(content.Root);
        var imported = await IndexesAndForeignKeysAsync();
        content.Write("acme/api/errors.md", Table.Replace("used up", "spent", StringComparison.Ordinal));
        await db.ImportOkAsync(content.Root);
        var reimported = await IndexesAndForeignKeysAsync();
        var orphan = await Assert.ThrowsAsync<PostgresException>(() =>
            db.ScalarAsync<long>("INSERT INTO code_variants (error_code_id, message, position) VALUES (-1, 'orphan', 0) RETURNING id"));

        Assert.Contains(migrated, i => i.Definition.Contains("USING gin", StringComparison.Ordinal));
        Assert.Contains(migrated, i => i.Definition.StartsWith("FOREIGN KEY", StringComparison.Ordinal));
        Assert.Equal(migrated.Select(i => (i.Name, i.Definition)), imported.Select(i => (i.Name, i.Definition)));
        // Rebuilt, not kept: the first import did drop them, and did put back every one.
        Assert.All(migrated.Zip(imported), pair => Assert.NotEqual(pair.First.Oid, pair.Second.Oid));
        Assert.Equal(imported, reimported);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM code_search WHERE search_vector @@ websearch_to_tsquery('english', 'monthly quota spent')"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM code_variants WHERE message ILIKE '%quota is spent%'"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, orphan.SqlState);
    }

    /// <summary>The non-unique indexes and the foreign keys of the tables a first import fills, by name.</summary>
    private async Task<List<(string Name, string Definition, long Oid)>> IndexesAndForeignKeysAsync()
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH bulk (tab) AS (
                VALUES ('error_codes'::regclass), ('code_search'::regclass), ('code_variants'::regclass),
                       ('code_aliases'::regclass), ('code_sources'::regclass))
            SELECT c.relname::text AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indexrelid::bigint
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid IN (SELECT tab FROM bulk) AND NOT i.indisunique
            UNION ALL
            SELECT k.conname::text, pg_get_constraintdef(k.oid), k.oid::bigint
            FROM pg_constraint k
            WHERE k.contype = 'f' AND k.conrelid IN (SELECT tab FROM bulk)
            ORDER BY name
            """, connection);
        var indexes = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }
        return indexes;
    }

    public void Dispose() => content.Dispose();
}
