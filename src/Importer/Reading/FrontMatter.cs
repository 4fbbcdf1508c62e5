namespace KnowledgeBase.Importer.Reading;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line numbers of both.</summary>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine, bool Unclosed)
{
    public static FrontMatter Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return new FrontMatter(null, 0, text, 1, false);
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = i + 1 < lines.Length ? string.Join('\n', lines[(i + 1)..]) : "";
                return new FrontMatter(yaml, 2, body, i + 2, false);
            }
        }
        return new FrontMatter(string.Join('\n', lines[1..]), 2, "", lines.Length + 1, true);
    }
}
