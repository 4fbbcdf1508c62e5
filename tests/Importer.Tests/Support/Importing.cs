using KnowledgeBase.Data.Model;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeBase.Importer.Tests.Support;

public sealed record ImportResult(ImportOutcome Outcome, string Output)
{
    public int ExitCode => Outcome.ExitCode;

    public string Summary => Output.TrimEnd().Split('\n')[^1];
}

public static class Importing
{
    public static async Task<ImportResult> ImportAsync(this TestDatabase db, string path, bool dryRun = false, bool prune = false)
    {
        var output = new StringWriter();
        var outcome = await ContentImporter.RunAsync(db.ConnectionString, path, dryRun, output, prune: prune);
        return new ImportResult(outcome, output.ToString());
    }

    /// <summary>Imports and fails the test with the importer's own output when the import does not succeed.</summary>
    public static async Task<ImportResult> ImportOkAsync(this TestDatabase db, string path, bool dryRun = false)
    {
        var result = await db.ImportAsync(path, dryRun);
        Assert.True(result.ExitCode == 0, $"import failed with {result.ExitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>A digest of every content table, to prove that a run changed nothing at all.</summary>
    public static async Task<string> FingerprintAsync(this TestDatabase db)
    {
        string[] tables = ["vendors", "services", "error_codes", "code_variants", "code_aliases", "code_sources", "code_relations", "articles", "article_codes", "import_runs"];
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t", connection);
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return string.Join("\n", parts);
    }

    public static async Task<T?> ScalarAsync<T>(this TestDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public static async Task<ErrorCode?> EntryAsync(this TestDatabase db, string vendor, string service, string code)
    {
        await using var context = db.CreateContext();
        var key = Data.Codes.CodeKey.Normalize(code);
        return await context.ErrorCodes.Include(e => e.Variants).Include(e => e.Aliases).Include(e => e.Sources)
            .SingleOrDefaultAsync(e => e.Service.Vendor.Slug == vendor && e.Service.Slug == service && e.CodeKey == key);
    }
}

/// <summary>A database of its own for each test, for tests whose counts must not see other tests' imports.</summary>
public abstract class DatabasePerTest : IAsyncLifetime
{
    protected TestDatabase Db { get; } = new();

    protected ContentFolder Content { get; } = new();

    public Task InitializeAsync() => Db.InitializeAsync();

    public async Task DisposeAsync()
    {
        Content.Dispose();
        await Db.DisposeAsync();
    }
}
