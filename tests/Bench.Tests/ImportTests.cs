using KnowledgeBase.Importer;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Bench.Tests;

/// <summary>The generated corpus is content the real importer accepts, as bench/run imports it.</summary>
public sealed class ImportTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_generated_corpus_imports_completely_and_again_without_changes()
    {
        using var temp = new TempDirectory();
        var corpus = CorpusGenerator.Generate(11, 300);
        ContentWriter.Write(corpus, temp.Path);
        var codes = corpus.Codes.ToList();

        var output = new StringWriter();
        var first = await ContentImporter.RunAsync(database.ConnectionString, temp.Path, dryRun: false, output);
        var second = await ContentImporter.RunAsync(database.ConnectionString, temp.Path, dryRun: false, new StringWriter());

        Assert.True(first.ExitCode == ImportOutcome.Ok, output.ToString());
        Assert.Equal(codes.Count, first.Report!.Entries);
        Assert.Equal(codes.Count, first.Report.Added);
        Assert.Equal(codes.Sum(c => c.Variants.Count), first.Report.Variants);
        Assert.Equal(corpus.Articles.Count, first.Report.Articles);
        Assert.Equal(ImportOutcome.Ok, second.ExitCode);
        Assert.Equal(codes.Count, second.Report!.Unchanged);
        Assert.False(second.Report.HasChanges);

        await using var db = database.CreateContext();
        Assert.Equal(codes.Count, await db.ErrorCodes.CountAsync());
        var withEntry = codes.First(c => c.Entry is not null && !c.InTable);
        var stored = await db.ErrorCodes.SingleAsync(e => e.CodeKey == withEntry.Code.ToLowerInvariant() && e.Service.Slug == withEntry.Service.Slug
            && e.Service.Vendor.Slug == withEntry.Service.Vendor.Slug);
        Assert.Equal(withEntry.Category, stored.Category);
        Assert.Contains(withEntry.Code, stored.Cause, StringComparison.Ordinal);
        Assert.Equal(withEntry.Variants.Count, await db.CodeVariants.CountAsync(v => v.ErrorCodeId == stored.Id));
    }
}
