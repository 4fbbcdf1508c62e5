using System.Text.RegularExpressions;
using KnowledgeBase.Importer.Tests.Support;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Importer.Tests.Validation;

/// <summary>A database that already serves content, so that "nothing written" is checked against something.</summary>
public sealed class ImportedDatabase : TestDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var content = new ContentFolder();
        content.Write("base/api/errors.md", "---\nvendor: base\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\nBaseError | 500 | Base.\n");
        var output = new StringWriter();
        var outcome = await ContentImporter.RunAsync(ConnectionString, content.Root, dryRun: false, output);
        Assert.True(outcome.ExitCode == 0, output.ToString());
    }
}

public sealed partial class MalformedInputTests(ImportedDatabase db) : IClassFixture<ImportedDatabase>
{
    public static TheoryData<MalformedCase> Cases()
    {
        var data = new TheoryData<MalformedCase>();
        foreach (var item in MalformedCorpus.All)
        {
            data.Add(item);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_fifty_distinct_inputs() =>
        Assert.True(MalformedCorpus.All.Select(c => c.Name).Distinct().Count() >= 50);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Malformed_input_is_refused_naming_file_and_line_and_nothing_is_written(MalformedCase input)
    {
        using var content = new ContentFolder();
        // A valid table next to the broken file: had anything been written, its entries would be in the database.
        content.Write("good/api/errors.md", "---\nvendor: good\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\nGoodError | 500 | Good.\n");
        foreach (var (path, bytes) in input.Files)
        {
            content.WriteBytes($"bad/{path}", bytes);
        }
        var before = await db.FingerprintAsync();

        var result = await db.ImportAsync(content.Root);

        Assert.True(result.ExitCode == 3, $"exit {result.ExitCode}:\n{result.Output}");
        Assert.Equal(before, await db.FingerprintAsync());
        var lines = result.Output.TrimEnd().Split('\n');
        Assert.Matches("^[0-9]+ problems?: nothing was written\\.$", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(ProblemLine(), line));
        Assert.All(result.Outcome.Problems, p => Assert.True(p.Line >= 1 && p.File.Length > 0));
        var expected = result.Outcome.Problems.Where(p => p.File == $"bad/{input.File}" && p.Message.Contains(input.Message, StringComparison.Ordinal)).ToList();
        Assert.True(expected.Count > 0, $"expected a problem in bad/{input.File} with '{input.Message}', got:\n{result.Output}");
        if (input.Line is { } line)
        {
            Assert.True(expected.Any(p => p.Line == line), $"expected line {line}, got:\n{result.Output}");
        }
    }

    [Fact]
    public async Task Every_problem_of_a_run_is_reported_not_only_the_first()
    {
        using var content = new ContentFolder();
        content.Write("bad/t.md", "---\nvendor: bad\nservice: api\ndefaults: { category: server, retry: retryable }\n---\nCode | Status | Message\n---|---|---\n| | 400 | a\nB | 700 | b\nC | x | c\n");
        content.Write("bad/e.md", "---\nvendor: bad\nservice: api\ncode: E\ncategory: nope\nretry: retryable\nrelated: [bad/api/Nowhere]\n---\n");

        var result = await db.ImportAsync(content.Root);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("bad/t.md:8: empty code", result.Output);
        Assert.Contains("bad/t.md:9: HTTP status 700 is outside 100-599", result.Output);
        Assert.Contains("bad/t.md:10: HTTP status 'x' is not a number", result.Output);
        Assert.Contains("bad/e.md:5: unknown category 'nope'", result.Output);
    }

    [GeneratedRegex(@"^[^:\s][^:]*:[0-9]+: \S")]
    private static partial Regex ProblemLine();
}
