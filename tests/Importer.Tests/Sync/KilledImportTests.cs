using System.Diagnostics;
using System.Text;
using KnowledgeBase.Importer.Tests.Support;
using Npgsql;

namespace KnowledgeBase.Importer.Tests.Sync;

public sealed class KilledImportTests : DatabasePerTest
{
    private const string BaseTable = "---\nvendor: base\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\nBaseError | 500 | Base.\nOtherError | 503 | Other.\n";

    [Fact]
    public async Task Killing_the_importer_process_mid_write_leaves_the_previous_content_intact()
    {
        Content.Write("base/api/errors.md", BaseTable);
        await Db.ImportOkAsync(Content.Root);
        var before = await Db.FingerprintAsync();
        // The big corpus also changes the earlier table, so a partial write would show in every table.
        Content.Write("base/api/errors.md", BaseTable.Replace("Base.", "Changed."));
        for (var file = 0; file < 12; file++)
        {
            var csv = new StringBuilder("Code,HTTP Status,Message\n");
            for (var row = 0; row < 5000; row++)
            {
                csv.Append($"Big{file}Error{row}.Sub{row % 9},{400 + row % 100},\"Generated message {row}, file {file}\"\n");
            }
            Content.Write($"big/svc{file}/errors.csv", csv.ToString());
            Content.Write($"big/svc{file}/errors.yml", $"vendor: big\nservice: svc{file}\ndefaults:\n  category: validation\n  retry: not-retryable\n");
        }

        using var importer = StartImporter(Content.Root);
        var writing = new TaskCompletionSource();
        var output = new StringBuilder();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data?.Contains("Writing", StringComparison.Ordinal) == true)
            {
                writing.TrySetResult();
            }
        }
        importer.OutputDataReceived += OnLine;
        importer.ErrorDataReceived += OnLine;
        importer.BeginOutputReadLine();
        importer.BeginErrorReadLine();
        var started = await Task.WhenAny(writing.Task, importer.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(started == writing.Task, $"the importer never started writing:\n{output}");
        await Task.Delay(300);
        importer.Kill(entireProcessTree: true);
        await importer.WaitForExitAsync();

        Assert.DoesNotContain(" entries: ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await Db.FingerprintAsync());
        // The next import runs normally once the server has rolled back the killed one.
        var next = await Db.ImportOkAsync(Content.Root);
        Assert.StartsWith("60002 entries: 60000 added, 1 updated, 1 unchanged, 0 removed", next.Summary);
    }

    private Process StartImporter(string path)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "KnowledgeBase.Importer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(path);
        start.Environment["ConnectionStrings__KnowledgeBase"] = Db.ConnectionString;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the importer");
    }
}

public sealed class FreshDatabaseTests : DatabasePerTest
{
    [Fact]
    public async Task The_importer_migrates_an_empty_database_before_importing()
    {
        await using (var connection = new NpgsqlConnection(Db.ConnectionString))
        {
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", connection);
            await wipe.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        Content.Write("fresh/api/errors.md", "---\nvendor: fresh\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\nFreshError | 500 | Fresh.\n");

        var result = await Db.ImportOkAsync(Content.Root);

        Assert.StartsWith("1 entries: 1 added", result.Summary);
        Assert.Equal(1L, await Db.ScalarAsync<long>("SELECT count(*) FROM import_runs"));
    }
}
