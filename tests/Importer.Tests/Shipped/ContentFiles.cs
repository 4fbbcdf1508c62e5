using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>
/// Reads the content files' front matter independently of the importer, so the tests can compare what the files
/// declare with what ended up in the database.
/// </summary>
public static class ContentFiles
{
    public sealed record MarkdownFile(string RelativePath, YamlMappingNode FrontMatter, string Body)
    {
        public string? Scalar(string key) =>
            FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

        public IReadOnlyList<string> List(string key) =>
            FrontMatter.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
                ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
                : [];
    }

    public static IEnumerable<MarkdownFile> Markdown(string root)
    {
        foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // What the format skips: README files, and any file or folder whose name starts with _ or . (drafts).
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase) ||
                relative.Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.')))
            {
                continue;
            }
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal))
            {
                continue;
            }
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text[4..end]));
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                continue;
            }
            yield return new MarkdownFile(relative, mapping, text[(end + 5)..]);
        }
    }

    /// <summary>The data rows (not header, not separator) of the pipe tables in a Markdown body.</summary>
    public static int PipeTableRows(string body)
    {
        var rows = 0;
        var inTable = false;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.Contains('|'))
            {
                inTable = false;
                continue;
            }
            if (line.Trim('|', '-', ':', ' ').Length == 0)
            {
                inTable = true;
                continue;
            }
            if (inTable)
            {
                rows++;
            }
        }
        return rows;
    }
}
