using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console;

namespace KnowledgeBase.Importer;

/// <summary>
/// <c>importer migrate | import [--dry-run] [--prune] [PATH]</c>.
/// Exit codes: 0 ok, 2 usage, 3 invalid content (nothing written), 4 database unreachable or failed.
/// </summary>
public static class ImporterProgram
{
    private const string UsageText = "Usage: importer migrate | import [--dry-run] [--prune] [PATH]   (PATH: a folder or one file, default content/; --prune lets an import remove most of the database)";

    public static async Task<int> Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var command = args.FirstOrDefault() ?? "import";
        string connectionString;
        try
        {
            connectionString = DataServiceCollectionExtensions.GetConnectionString(configuration);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 4;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        switch (command)
        {
            case "migrate":
                return await MigrateAsync(connectionString, cancellation.Token);
            case "import":
                var options = args.Skip(1).ToList();
                var dryRun = options.Remove("--dry-run");
                var prune = options.Remove("--prune");
                if (options.Count > 1 || options.Any(o => o.StartsWith("--", StringComparison.Ordinal)))
                {
                    await Console.Error.WriteLineAsync(UsageText);
                    return 2;
                }
                var path = options.FirstOrDefault() ?? DefaultContentPath();
                return await ImportAsync(connectionString, path, dryRun, prune, cancellation.Token);
            default:
                await Console.Error.WriteLineAsync(UsageText);
                return 2;
        }
    }

    private static async Task<int> MigrateAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await SchemaVersion.MigrateAsync(connectionString, cancellationToken);
            Console.WriteLine("The database schema is at the latest migration.");
            return 0;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            await Console.Error.WriteLineAsync(DatabaseErrors.Describe(ex));
            return 4;
        }
    }

    private static async Task<int> ImportAsync(string connectionString, string path, bool dryRun, bool prune, CancellationToken cancellationToken)
    {
        // A live progress display only for a person at a terminal; redirected output gets plain lines without escapes.
        var interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(interactive ? LogLevel.Warning : LogLevel.Information)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.ColorBehavior = LoggerColorBehavior.Disabled;
                console.TimestampFormat = "HH:mm:ss ";
            })
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var logger = loggerFactory.CreateLogger("KnowledgeBase.Importer");
        logger.LogInformation("Importing {Path}{DryRun}", path, dryRun ? " (dry run)" : "");

        ImportOutcome outcome;
        if (interactive)
        {
            // The report is printed after the live status line is gone, so the two never interleave.
            var report = new StringWriter();
            outcome = await AnsiConsole.Status().StartAsync("Importing", async context =>
            {
                var progress = new Progress<string>(stage => context.Status(Markup.Escape(stage)));
                return await ContentImporter.RunAsync(connectionString, path, dryRun, report, cancellationToken, logger, progress, prune);
            });
            Console.Write(report.ToString());
        }
        else
        {
            var progress = new Progress<string>(stage => logger.LogInformation("{Stage}", stage));
            outcome = await ContentImporter.RunAsync(connectionString, path, dryRun, Console.Out, cancellationToken, logger, progress, prune);
        }
        return outcome.ExitCode;
    }

    /// <summary>content/ of the repository the importer runs in (found from the working folder), else ./content.</summary>
    private static string DefaultContentPath()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        return Path.Combine(Environment.CurrentDirectory, "content");
    }
}
