using System.Diagnostics;
using KnowledgeBase.Importer.Tests.Support;

namespace KnowledgeBase.Importer.Tests.Sync;

public sealed class ProcessOutputTests : DatabasePerTest
{
    [Fact]
    public async Task Redirected_output_is_plain_lines_ending_with_the_summary()
    {
        Content.Write("plain/api/errors.md", "---\nvendor: plain\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\nPlainError | 500 | Plain.\n");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeBase.Importer.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add("--dry-run");
        start.ArgumentList.Add(Content.Root);
        start.Environment["ConnectionStrings__KnowledgeBase"] = Db.ConnectionString;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain('\u001b', await stdout + await stderr);
        Assert.Equal("1 entries: 1 added, 0 updated, 0 unchanged, 0 removed; 1 variants; 0 articles: 0 added, 0 updated, 0 unchanged, 0 removed",
            (await stdout).TrimEnd().Split('\n')[^1]);
        Assert.Contains("Reading", await stderr);
        Assert.Equal(0L, await Db.ScalarAsync<long>("SELECT count(*) FROM error_codes"));
    }
}
