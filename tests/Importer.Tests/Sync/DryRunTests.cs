using KnowledgeBase.Importer.Tests.Support;
using KnowledgeBase.TestSupport;
using Npgsql;

namespace KnowledgeBase.Importer.Tests.Sync;

public sealed class DryRunTests(EmptyTestDatabase db) : IClassFixture<EmptyTestDatabase>, IDisposable
{
    private const string Table = """
        ---
        vendor: acme
        service: api
        defaults: { category: validation, retry: not-retryable }
        ---
        Error code | HTTP status code | Error message |
        ---|---|---|
        MissingParameter | 400 | A parameter is missing. |
        Throttling | 429 | Too many requests. |
        """;

    private readonly ContentFolder content = new();

    [Fact]
    public async Task A_dry_run_on_a_database_without_schema_reports_the_import_and_creates_nothing()
    {
        content.Write("acme/api/errors.md", Table);

        var dry = await db.ImportOkAsync(content.Root, dryRun: true);

        Assert.StartsWith("2 entries: 2 added, 0 updated, 0 unchanged, 0 removed", dry.Summary);
        Assert.Empty(await TablesAsync());
        var real = await db.ImportOkAsync(content.Root);
        Assert.Equal(real.Summary, dry.Summary);
        Assert.Contains("error_codes", await TablesAsync());
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    public void Dispose() => content.Dispose();
}
