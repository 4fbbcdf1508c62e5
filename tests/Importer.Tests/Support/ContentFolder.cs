using System.Text;

namespace KnowledgeBase.Importer.Tests.Support;

/// <summary>A throw-away <c>content/</c> folder on disk, so the importer reads real files.</summary>
public sealed class ContentFolder : IDisposable
{
    private readonly string parent = Path.Combine(Path.GetTempPath(), $"kb-import-{Guid.NewGuid():N}");

    public ContentFolder()
    {
        Root = Path.Combine(parent, "content");
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a fixture from the test output's Fixtures folder.</summary>
    public string CopyFixture(string fixture, string relative)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        return WriteBytes(relative, File.ReadAllBytes(source));
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
