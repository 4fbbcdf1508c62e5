using KnowledgeBase.Importer.Tests.Support;

namespace KnowledgeBase.Importer.Tests.Sync;

/// <summary>The content the product ships must always import: a broken file fails here, not at './kb run'.</summary>
public sealed class RepositoryContentTests : DatabasePerTest
{
    [Fact]
    public async Task The_repository_content_imports_cleanly_and_a_second_import_changes_nothing()
    {
        var content = Path.Combine(RepositoryRoot(), "content");

        var first = await Db.ImportOkAsync(content);
        var second = await Db.ImportOkAsync(content);

        Assert.DoesNotMatch("^0 entries", first.Summary);
        Assert.Matches("^([0-9]+) entries: 0 added, 0 updated, \\1 unchanged, 0 removed; [0-9]+ variants; ([0-9]+) articles: 0 added, 0 updated, \\2 unchanged, 0 removed$", second.Summary);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
