using Microsoft.EntityFrameworkCore;
using KnowledgeBase.Importer.Tests.Support;

namespace KnowledgeBase.Importer.Tests.Sync;

/// <summary>Idempotent, identity-keeping, scoped sync. Each test has a database of its own, so counts are exact.</summary>
public sealed class SyncTests : DatabasePerTest
{
    private const string Table = """
        ---
        vendor: acme
        vendorName: Acme
        service: api
        serviceName: Acme API
        defaults:
          category: validation
          retry: not-retryable
        ---
        Error code | HTTP status code | Error message |
        ---|---|---|
        MissingParameter | 400 | A parameter is missing. |
        MissingParameter | 403 | The owner parameter is missing. |
        InvalidParameter.IsNull | 400 | A parameter is null. |
        Throttling | 429 | Too many requests. |
        """;

    private const string OtherTable = """
        ---
        vendor: other
        service: api
        defaults: { category: server, retry: retryable }
        ---
        | Code | Status | Message |
        |------|--------|---------|
        | InternalError | 500 | Something broke. |
        | Unavailable | 503 | Try later. |
        """;

    [Fact]
    public async Task Importing_unchanged_content_again_changes_nothing_and_says_so()
    {
        Content.Write("acme/api/errors.md", Table);
        Content.Write("articles/throttling.md", "---\nslug: throttling\ntitle: Throttling\ncodes: [acme/api/Throttling]\n---\nBack off.\n");
        await Db.ImportOkAsync(Content.Root);
        var before = await Db.FingerprintAsync();

        var again = await Db.ImportOkAsync(Content.Root);

        Assert.Equal("3 entries: 0 added, 0 updated, 3 unchanged, 0 removed; 4 variants; 1 articles: 0 added, 0 updated, 1 unchanged, 0 removed", again.Summary);
        var after = await Db.FingerprintAsync();
        Assert.Equal(WithoutRuns(before), WithoutRuns(after));
        Assert.Equal(2L, await Db.ScalarAsync<long>("SELECT count(*) FROM import_runs"));
        Assert.Equal(3, await Db.ScalarAsync<int>("SELECT unchanged FROM import_runs ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task Editing_a_row_updates_the_entry_and_keeps_its_id()
    {
        Content.Write("acme/api/errors.md", Table);
        await Db.ImportOkAsync(Content.Root);
        var before = await Db.EntryAsync("acme", "api", "Throttling");

        Content.Write("acme/api/errors.md", Table.Replace("Too many requests.", "Request rate exceeded."));
        var result = await Db.ImportOkAsync(Content.Root);

        Assert.StartsWith("3 entries: 0 added, 1 updated, 2 unchanged, 0 removed", result.Summary);
        var after = await Db.EntryAsync("acme", "api", "Throttling");
        Assert.Equal(before!.Id, after!.Id);
        Assert.Equal("Request rate exceeded.", Assert.Single(after.Variants).Message);
    }

    [Fact]
    public async Task Removing_a_row_or_a_file_removes_its_entries()
    {
        Content.Write("acme/api/errors.md", Table);
        Content.Write("other/api/errors.md", OtherTable);
        await Db.ImportOkAsync(Content.Root);

        Content.Write("acme/api/errors.md", Table.Replace("Throttling | 429 | Too many requests. |", ""));
        Content.Delete("other/api/errors.md");
        var result = await Db.ImportOkAsync(Content.Root);

        Assert.StartsWith("2 entries: 0 added, 0 updated, 2 unchanged, 3 removed", result.Summary);
        Assert.Null(await Db.EntryAsync("acme", "api", "Throttling"));
        Assert.Null(await Db.EntryAsync("other", "api", "InternalError"));
        Assert.NotNull(await Db.EntryAsync("acme", "api", "MissingParameter"));
    }

    [Fact]
    public async Task A_vendor_whose_last_entry_is_removed_is_removed_with_it()
    {
        Content.Write("acme/api/errors.md", Table);
        Content.Write("other/api/errors.md", OtherTable);
        await Db.ImportOkAsync(Content.Root);

        Content.Delete("other/api/errors.md");
        await Db.ImportOkAsync(Content.Root);

        await using var db = Db.CreateContext();
        Assert.Equal(["acme"], await db.Vendors.Select(v => v.Slug).ToListAsync());
        Assert.Equal(["api"], await db.Services.Select(s => s.Slug).ToListAsync());
    }

    [Fact]
    public async Task Importing_one_folder_or_one_file_never_removes_entries_from_elsewhere()
    {
        Content.Write("acme/api/errors.md", Table);
        Content.Write("other/api/errors.md", OtherTable);
        await Db.ImportOkAsync(Content.Root);
        Content.Delete("other/api/errors.md");

        var folder = await Db.ImportOkAsync(Content.PathOf("acme"));
        var file = await Db.ImportOkAsync(Content.PathOf("acme/api/errors.md"));

        Assert.StartsWith("3 entries: 0 added, 0 updated, 3 unchanged, 0 removed", folder.Summary);
        Assert.StartsWith("3 entries: 0 added, 0 updated, 3 unchanged, 0 removed", file.Summary);
        Assert.NotNull(await Db.EntryAsync("other", "api", "InternalError"));

        var whole = await Db.ImportOkAsync(Content.Root);
        Assert.StartsWith("3 entries: 0 added, 0 updated, 3 unchanged, 2 removed", whole.Summary);
    }

    [Fact]
    public async Task A_folder_outside_content_that_would_remove_most_of_the_database_needs_prune()
    {
        var rows = string.Concat(Enumerable.Range(1, 150).Select(i => $"| Bulk{i} | 400 | Bulk failure number {i}. |\n"));
        Content.Write("bulk/api/errors.md", "---\nvendor: bulk\nservice: api\ndefaults: { category: server, retry: retryable }\n---\n| Code | Status | Message |\n|---|---|---|\n" + rows);
        await Db.ImportOkAsync(Content.Root);
        var drafts = Directory.CreateTempSubdirectory("kb-drafts-");
        try
        {
            File.WriteAllText(Path.Combine(drafts.FullName, "acme.md"), Table);

            var refused = await Db.ImportAsync(drafts.FullName);
            var pruned = await Db.ImportAsync(drafts.FullName, prune: true);

            Assert.Equal(ImportOutcome.InvalidContent, refused.ExitCode);
            Assert.Contains("would remove 150 of the database's 150 entries", refused.Output);
            Assert.Contains("copy them into your content folder", refused.Output);
            Assert.Equal(ImportOutcome.Ok, pruned.ExitCode);
            Assert.StartsWith("3 entries: 3 added, 0 updated, 0 unchanged, 150 removed", pruned.Summary);
        }
        finally
        {
            drafts.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_scoped_import_of_a_table_keeps_what_an_entry_file_elsewhere_says_about_its_codes()
    {
        Content.Write("acme/api/errors.md", Table);
        Content.Write("entries/throttling.md", "---\nvendor: acme\nservice: api\ncode: Throttling\ncategory: throttling\nretry: retryable\n---\n## Cause\nToo fast.\n");
        await Db.ImportOkAsync(Content.Root);

        Content.Write("acme/api/errors.md", Table.Replace("Too many requests.", "Slow down."));
        var result = await Db.ImportOkAsync(Content.PathOf("acme"));

        Assert.StartsWith("3 entries: 0 added, 1 updated, 2 unchanged, 0 removed", result.Summary);
        var entry = await Db.EntryAsync("acme", "api", "Throttling");
        Assert.Equal("throttling", entry!.Category);
        Assert.Equal("Too fast.", entry.Cause);
        Assert.Equal(["acme/api/errors.md", "entries/throttling.md"], entry.SourceFiles);
    }

    [Fact]
    public async Task Dry_run_prints_the_report_of_a_real_run_and_writes_nothing()
    {
        Content.Write("acme/api/errors.md", Table);
        await Db.ImportOkAsync(Content.Root);
        Content.Write("other/api/errors.md", OtherTable);
        Content.Write("acme/api/errors.md", Table.Replace("Too many requests.", "Slow down."));
        var before = await Db.FingerprintAsync();

        var dry = await Db.ImportOkAsync(Content.Root, dryRun: true);

        Assert.Equal(before, await Db.FingerprintAsync());
        var real = await Db.ImportOkAsync(Content.Root);
        Assert.Equal(real.Summary, dry.Summary);
        Assert.StartsWith("5 entries: 2 added, 1 updated, 2 unchanged, 0 removed", real.Summary);
    }

    [Fact]
    public async Task Related_codes_resolve_against_entries_already_in_the_database()
    {
        Content.Write("other/api/errors.md", OtherTable);
        await Db.ImportOkAsync(Content.Root);
        Content.Write("acme/api/errors.md", Table);
        Content.Write("acme/api/Throttling.md", "---\nvendor: acme\nservice: api\ncode: Throttling\ncategory: throttling\nretry: retryable\nrelated: [other/api/Unavailable]\n---\n");

        var result = await Db.ImportOkAsync(Content.PathOf("acme"));

        Assert.StartsWith("3 entries: 3 added", result.Summary);
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM code_relations"));
    }

    [Fact]
    public async Task A_problem_anywhere_writes_nothing_and_the_previous_content_stays()
    {
        Content.Write("acme/api/errors.md", Table);
        await Db.ImportOkAsync(Content.Root);
        var before = await Db.FingerprintAsync();
        Content.Write("other/api/errors.md", OtherTable);
        Content.Write("acme/api/errors.md", Table.Replace("| 429 |", "| 4290 |"));

        var result = await Db.ImportAsync(Content.Root);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("acme/api/errors.md:15: HTTP status 4290 is outside 100-599", result.Output);
        Assert.Equal(before, await Db.FingerprintAsync());
    }

    private static string WithoutRuns(string fingerprint) =>
        string.Join("\n", fingerprint.Split('\n').Where(l => !l.StartsWith("import_runs", StringComparison.Ordinal)));
}
