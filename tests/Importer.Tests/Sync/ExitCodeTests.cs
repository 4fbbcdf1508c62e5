using KnowledgeBase.Importer.Tests.Support;

namespace KnowledgeBase.Importer.Tests.Sync;

public sealed class ExitCodeTests
{
    [Fact]
    public async Task An_unreachable_database_is_exit_code_4_with_the_setting_to_check()
    {
        using var content = new ContentFolder();
        content.Write("a/api/errors.md", "---\nvendor: a\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status\n---|---\nX | 500\n");
        var output = new StringWriter();

        var outcome = await ContentImporter.RunAsync("Host=127.0.0.1;Port=1;Database=kb;Username=kb;Password=kb;Timeout=3", content.Root, dryRun: false, output);

        Assert.Equal(ImportOutcome.DatabaseFailure, outcome.ExitCode);
        Assert.Contains("ConnectionStrings__KnowledgeBase", output.ToString());
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_a_usage_error()
    {
        var output = new StringWriter();

        var outcome = await ContentImporter.RunAsync("Host=127.0.0.1;Port=1", "/no/such/content", dryRun: false, output);

        Assert.Equal(ImportOutcome.Usage, outcome.ExitCode);
        Assert.Contains("/no/such/content", output.ToString());
    }
}
