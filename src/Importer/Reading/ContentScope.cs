namespace KnowledgeBase.Importer.Reading;

/// <summary>
/// Where content lives and which part of it one import covers. Files are named relative to the content root
/// (the nearest folder called <c>content</c> at or above PATH, else PATH itself or the folder of a single file),
/// so that importing <c>content/</c> or <c>content/aws</c> names a file the same way; sync touches only entries
/// whose files lie inside the scope.
/// </summary>
public sealed class ContentScope
{
    private ContentScope(string root, string path, bool isFile)
    {
        Root = root;
        Path = path;
        IsFile = isFile;
        Relative = Name(path);
    }

    public string Root { get; }

    /// <summary>Whether the root is a folder named <c>content</c>, not PATH itself taken as a content root of its own.</summary>
    public bool IsContentFolder => System.IO.Path.GetFileName(Root) == "content";

    /// <summary>The full path that was asked for.</summary>
    public string Path { get; }

    public bool IsFile { get; }

    /// <summary>The path relative to the root ("" for the root itself).</summary>
    public string Relative { get; }

    public static ContentScope For(string path)
    {
        var full = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var isFile = File.Exists(full);
        if (!isFile && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"No such file or folder: {path}", path);
        }
        var start = isFile ? System.IO.Path.GetDirectoryName(full)! : full;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.Name == "content")
            {
                return new ContentScope(dir.FullName, full, isFile);
            }
        }
        return new ContentScope(start, full, isFile);
    }

    /// <summary>The file's name relative to the root, with forward slashes.</summary>
    public string Name(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    public string FullPath(string name) => System.IO.Path.Combine(Root, name);

    public bool Contains(string name) =>
        IsFile ? name == Relative : Relative.Length == 0 || name.StartsWith(Relative + "/", StringComparison.Ordinal);

    /// <summary>Every content file of the scope, in a stable order.</summary>
    public IEnumerable<string> Files()
    {
        if (IsFile)
        {
            return [Path];
        }
        return Directory.EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => !IsSkipped(f))
            .Order(StringComparer.Ordinal);
    }

    private bool IsSkipped(string fullPath)
    {
        var name = Name(fullPath);
        return name.Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.'))
            || string.Equals(System.IO.Path.GetFileName(fullPath), "README.md", StringComparison.OrdinalIgnoreCase);
    }
}
