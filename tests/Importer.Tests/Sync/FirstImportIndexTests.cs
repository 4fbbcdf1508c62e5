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
    public async Task A_first_import_builds_the_gin_indexes_again_and_a_re_import_keeps_them()
    {
        var migrated = await GinIndexesAsync();
        content.Write("acme/api/errors.md", Table);

        await db.ImportOkAsync(content.Root);
        var imported = await GinIndexesAsync();
        content.Write("acme/api/errors.md", Table.Replace("used up", "spent", StringComparison.Ordinal));
        await db.ImportOkAsync(content.Root);
        var reimported = await GinIndexesAsync();

        Assert.NotEmpty(migrated);
        Assert.Equal(migrated.Select(i => (i.Name, i.Definition)), imported.Select(i => (i.Name, i.Definition)));
        Assert.All(migrated.Zip(imported), pair => Assert.NotEqual(pair.First.Oid, pair.Second.Oid));
        Assert.Equal(imported, reimported);
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM code_search WHERE search_vector @@ websearch_to_tsquery('english', 'monthly quota spent')"));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT count(*) FROM code_variants WHERE message ILIKE '%quota is spent%'"));
    }

    private async Task<List<(string Name, string Definition, long Oid)>> GinIndexesAsync()
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid), i.indexrelid::bigint
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_am am ON am.oid = c.relam
            WHERE i.indrelid IN ('code_variants'::regclass, 'code_search'::regclass) AND am.amname = 'gin'
            ORDER BY c.relname
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
