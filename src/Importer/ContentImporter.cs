using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Importer.Merging;
using KnowledgeBase.Importer.Reading;
using KnowledgeBase.Importer.Sync;
using KnowledgeBase.Importer.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KnowledgeBase.Importer;

/// <summary>How a run ended. Exit codes: 0 ok, 2 usage (no such PATH), 3 invalid content (nothing written), 4 database failure.</summary>
public sealed record ImportOutcome(int ExitCode, ImportReport? Report, IReadOnlyList<Problem> Problems)
{
    public const int Ok = 0;
    public const int Usage = 2;
    public const int InvalidContent = 3;
    public const int DatabaseFailure = 4;
}

/// <summary>
/// One import: migrate, read and validate every file of PATH, then sync the database in one transaction,
/// all or nothing. Usable in-process (tests, the web tests) as well as from the command line.
/// </summary>
public static class ContentImporter
{
    // Two imports at once would compute their plans from the same snapshot; the second one waits.
    private const long ImportLockId = 0x6B62_696D_706F_7274;

    private const int LargeImportFiles = 1000;

    /// <summary>
    /// How many entries an import removes at most, when they are most of the database, without <c>--prune</c>: a
    /// folder outside <c>content/</c> is a content root of its own, and importing it alone would remove every entry
    /// of the real one (a drafts folder imported "to add a few files").
    /// </summary>
    private const int MassRemoval = 100;

    public static async Task<ImportOutcome> RunAsync(
        string connectionString, string path, bool dryRun, TextWriter output, CancellationToken cancellationToken = default,
        ILogger? logger = null, IProgress<string>? progress = null, bool prune = false)
    {
        logger ??= NullLogger.Instance;
        ContentScope scope;
        try
        {
            scope = ContentScope.For(path);
        }
        catch (FileNotFoundException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return new ImportOutcome(ImportOutcome.Usage, null, []);
        }

        var startedAt = DateTimeOffset.UtcNow;
        try
        {
            progress?.Report("Applying migrations");
            var pendingMigrations = await MigrateAsync(connectionString, dryRun, cancellationToken);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await DatabaseWriter.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@id)", cancellationToken, new NpgsqlParameter("id", ImportLockId));
            if (pendingMigrations is not null)
            {
                await DatabaseWriter.ExecuteAsync(connection, pendingMigrations, cancellationToken);
            }
            var snapshot = await DatabaseSnapshot.LoadAsync(connection, cancellationToken);

            progress?.Report($"Reading {scope.Path}");
            var problems = new Problems();
            var reader = new ContentReader(scope, problems);
            foreach (var file in scope.Files())
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.ReadFile(file);
            }
            ReadCompanions(scope, snapshot, reader);
            ReleaseGarbage(reader.Content.Files.Count);
            logger.LogInformation("Read {Files} files: {Tables} tables, {Entries} entry files, {Articles} articles",
                reader.Content.Files.Count, reader.Content.Tables.Count, reader.Content.Entries.Count, reader.Content.Articles.Count);

            progress?.Report("Merging and validating");
            var merger = new ContentMerger(problems);
            var models = merger.Merge(reader.Content);
            ReleaseGarbage(reader.Content.Files.Count);
            var plan = SyncPlan.Create(scope, snapshot, models, merger, reader.Content.Articles, problems);
            if (!prune && plan.RemovedEntries.Count >= MassRemoval && plan.RemovedEntries.Count * 2 > snapshot.Entries.Count)
            {
                problems.Add(scope.Relative.Length == 0 ? "." : scope.Relative, 1, MassRemovalProblem(scope, plan.RemovedEntries.Count, snapshot.Entries.Count));
            }

            if (problems.Count > 0)
            {
                var sorted = problems.Sorted();
                foreach (var problem in sorted)
                {
                    await output.WriteLineAsync(problem.ToString());
                }
                await output.WriteLineAsync($"{sorted.Count} problem{(sorted.Count == 1 ? "" : "s")}: nothing was written.");
                return new ImportOutcome(ImportOutcome.InvalidContent, null, sorted);
            }

            var report = plan.Report(reader.Content.Files.Count);
            if (dryRun)
            {
                logger.LogInformation("Dry run: nothing is written");
                await transaction.RollbackAsync(cancellationToken);
            }
            else
            {
                logger.LogInformation("Writing {Changed} changed entries, removing {Removed}", report.Added + report.Updated, report.Removed);
                await DatabaseWriter.WriteAsync(connection, plan, cancellationToken);
                await RecordRunAsync(connection, scope, report, startedAt, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Committed in {Seconds:0.0} s", (DateTimeOffset.UtcNow - startedAt).TotalSeconds);
                if (report.Added + report.Updated + report.Removed > 0)
                {
                    // Fresh statistics for the planner, and a visibility map that lets the typo tier read code keys
                    // from its indexes alone, from the first search on instead of whenever autovacuum comes by; for
                    // code_search, also an empty GIN pending list, which full text would otherwise scan on every query.
                    await DatabaseWriter.ExecuteAsync(connection, "VACUUM (ANALYZE) error_codes, code_search, code_variants, code_aliases", cancellationToken);
                }
            }
            await output.WriteLineAsync(report.Summary);
            return new ImportOutcome(ImportOutcome.Ok, report, []);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync($"Import failed, nothing was written: {DatabaseErrors.Describe(ex)}");
            logger.LogDebug(ex, "Import failed");
            return new ImportOutcome(ImportOutcome.DatabaseFailure, null, []);
        }
    }

    private static string MassRemovalProblem(ContentScope scope, int removed, int existing) =>
        $"this import would remove {removed} of the database's {existing} entries, those whose files are not under {scope.Path}"
        + (scope.IsContentFolder
            ? ". Pass --prune if that is what you want."
            : $": with no folder named content above it, {scope.Root} is taken as the whole content. To add these files, copy them into your content folder and import that; to replace the database's content with this folder, pass --prune.");

    /// <summary>
    /// Reading parses every file (Markdown, YAML, CSV, HTML) and merging builds every entry: each leaves behind far more
    /// garbage than it keeps, and the heap the GC grew for it stays with the process. Collected and given back between
    /// the phases, an unchanged re-import of 100,000 codes peaked at 515 MB instead of 587 MB. A small import has
    /// little garbage, and a forced collection then costs more than it gives back (the importer's tests took twice as long).
    /// </summary>
    private static void ReleaseGarbage(int filesRead)
    {
        if (filesRead >= LargeImportFiles)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>
    /// Brings the schema up to date. A dry run writes nothing, the schema included: it gets the SQL of the pending
    /// migrations instead (null when there are none), to run inside its own transaction, which it rolls back.
    /// PostgreSQL's DDL is transactional, so the dry run still validates against the schema a real run would see.
    /// </summary>
    private static async Task<string?> MigrateAsync(string connectionString, bool dryRun, CancellationToken cancellationToken)
    {
        if (!dryRun)
        {
            await SchemaVersion.MigrateAsync(connectionString, cancellationToken);
            return null;
        }
        if (await SchemaVersion.IsCurrentAsync(connectionString, cancellationToken))
        {
            return null;
        }
        await using var db = DataServiceCollectionExtensions.CreateContext(connectionString);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
        return db.GetService<IMigrator>().GenerateScript(applied, null, MigrationsSqlGenerationOptions.NoTransactions);
    }

    /// <summary>
    /// Files outside PATH that contributed to entries inside it (an entry file elsewhere for a code of this table)
    /// are read too, so that a scoped import completes those entries instead of stripping what the other file says.
    /// </summary>
    private static void ReadCompanions(ContentScope scope, DatabaseSnapshot snapshot, ContentReader reader)
    {
        var readKeys = reader.Content.Tables
            .SelectMany(t => t.Rows.Select(r => new EntryKey(t.Meta.Vendor, t.Meta.Service, CodeKey.Normalize(r.Code))))
            .Concat(reader.Content.Entries.Select(e => new EntryKey(e.Vendor, e.Service, CodeKey.Normalize(e.Code))))
            .ToHashSet();
        var companions = snapshot.Entries
            .Where(e => e.Value.Files.Any(scope.Contains) || readKeys.Contains(e.Key))
            .SelectMany(e => e.Value.Files)
            .Where(f => !scope.Contains(f) && !reader.Content.Files.Contains(f))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var file in companions)
        {
            var full = scope.FullPath(file);
            if (File.Exists(full))
            {
                reader.ReadFile(full);
            }
        }
    }

    private static async Task RecordRunAsync(NpgsqlConnection connection, ContentScope scope, ImportReport report, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await DatabaseWriter.ExecuteAsync(connection, """
            INSERT INTO import_runs (started_at, finished_at, path, files, entries, added, updated, unchanged, removed, variants, articles)
            VALUES (@started, now(), @path, @files, @entries, @added, @updated, @unchanged, @removed, @variants, @articles)
            """, cancellationToken,
            new NpgsqlParameter("started", startedAt), new NpgsqlParameter("path", scope.Relative.Length == 0 ? "." : scope.Relative),
            new NpgsqlParameter("files", report.Files), new NpgsqlParameter("entries", report.Entries),
            new NpgsqlParameter("added", report.Added), new NpgsqlParameter("updated", report.Updated),
            new NpgsqlParameter("unchanged", report.Unchanged), new NpgsqlParameter("removed", report.Removed),
            new NpgsqlParameter("variants", report.Variants), new NpgsqlParameter("articles", report.Articles));
    }
}
