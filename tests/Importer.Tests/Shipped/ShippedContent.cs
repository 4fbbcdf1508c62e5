using KnowledgeBase.Importer.Tests.Support;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>A fresh database holding everything in the repository's content/ folder, imported with the real importer.</summary>
public sealed class ShippedContent : TestDatabase
{
    public ImportOutcome Outcome { get; private set; } = null!;

    public string ImportOutput { get; private set; } = "";

    public static string ContentRoot { get; } = FindContentRoot();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var result = await this.ImportAsync(ContentRoot);
        Outcome = result.Outcome;
        ImportOutput = result.Output;
    }

    private static string FindContentRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "README.md")) && File.Exists(Path.Combine(directory.FullName, "KnowledgeBase.sln")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("No content/ folder next to KnowledgeBase.sln above " + AppContext.BaseDirectory);
    }
}
