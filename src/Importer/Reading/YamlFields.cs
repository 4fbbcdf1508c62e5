using System.Globalization;
using KnowledgeBase.Importer.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Importer.Reading;

/// <summary>
/// Typed access to one YAML mapping that reports every wrong value as a problem with its file and line,
/// instead of throwing at the first one.
/// </summary>
public sealed class YamlFields
{
    // Deeper structures are never needed by the format, and a recursive parser must not meet a hostile depth.
    private const int MaxDepth = 32;

    private readonly YamlMappingNode map;
    private readonly int lineOffset;

    private YamlFields(YamlMappingNode map, string file, int lineOffset, Problems problems, int line)
    {
        this.map = map;
        this.lineOffset = lineOffset;
        File = file;
        Problems = problems;
        Line = line;
    }

    public string File { get; }
    public Problems Problems { get; }

    /// <summary>The line of the mapping itself.</summary>
    public int Line { get; }

    /// <summary>Parses YAML whose first line is line <paramref name="firstLine"/> of the file; null (and a problem) when it is not a mapping.</summary>
    public static YamlFields? Parse(string yaml, string file, int firstLine, Problems problems)
    {
        if (NestingDepth(yaml) > MaxDepth)
        {
            problems.Add(file, firstLine, $"bad YAML: nested deeper than {MaxDepth} levels");
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            problems.Add(file, (int)ex.Start.Line + firstLine - 1, $"bad YAML: {Describe(ex)}");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(new YamlMappingNode(), file, firstLine - 1, problems, firstLine);
        }
        if (stream.Documents.Count > 1)
        {
            problems.Add(file, (int)stream.Documents[1].RootNode.Start.Line + firstLine - 1, "bad YAML: more than one document");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(file, firstLine, "bad YAML: expected keys and values (key: value)");
            return null;
        }
        return new YamlFields(root, file, firstLine - 1, problems, firstLine);
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(close + 3)..] : message;
    }

    private static int NestingDepth(string yaml)
    {
        int depth = 0, max = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }
        foreach (var line in yaml.Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            max = Math.Max(max, indent / 2);
        }
        return max;
    }

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public IEnumerable<string> Keys => map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Node(key) is not null;

    public YamlNode? Node(string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    public int LineOfKey(string key) =>
        map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? LineOf(k) : Line;

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    /// <summary>Reports every key that is not in <paramref name="allowed"/>, so that a typo does not silently drop a value.</summary>
    public void RejectUnknownKeys(string what, params string[] allowed)
    {
        foreach (var (key, _) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name, StringComparer.Ordinal))
            {
                Problems.Add(File, LineOf(key), $"unknown key '{name}' in {what} (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public string? String(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                var value = scalar.Value?.Trim();
                return string.IsNullOrEmpty(value) ? null : value;
            default:
                Problems.Add(File, LineOf(node), $"'{key}' must be a single value");
                return null;
        }
    }

    public string? Slug(string key)
    {
        var value = String(key);
        if (value is not null && !Vocabulary.IsSlug(value))
        {
            Problems.Add(File, LineOfKey(key), $"invalid {key} '{value}': use lower-case letters, digits and hyphens (a-z0-9-)");
            return null;
        }
        return value;
    }

    public int? Status(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (StatusText.TryParse(text, out var status, out var error))
        {
            return status;
        }
        Problems.Add(File, LineOfKey(key), error!);
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problems.Add(File, LineOfKey(key), $"'{key}' must be a date as YYYY-MM-DD, not '{text}'");
        return null;
    }

    public string? Category(string key)
    {
        var value = String(key);
        if (value is not null && !Vocabulary.Categories.Contains(value))
        {
            Problems.Add(File, LineOfKey(key), $"unknown category '{value}' (one of: {Vocabulary.CategoryList})");
            return null;
        }
        return value;
    }

    public string? Retry(string key)
    {
        var value = String(key);
        if (value is null)
        {
            return null;
        }
        if (Vocabulary.RetrySlug(value) is { } slug)
        {
            return slug;
        }
        Problems.Add(File, LineOfKey(key), $"unknown retry verdict '{value}' (one of: retryable, not-retryable, conditional)");
        return null;
    }

    /// <summary>A list of values, or a single value as a one-item list, each with its line.</summary>
    public IReadOnlyList<(string Value, int Line)> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [(scalar.Value.Trim(), LineOf(scalar))];
            case YamlSequenceNode sequence:
                var values = new List<(string, int)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        values.Add((value.Trim(), LineOf(item)));
                    }
                    else
                    {
                        Problems.Add(File, LineOf(item), $"every item of '{key}' must be a single value");
                    }
                }
                return values;
            default:
                Problems.Add(File, LineOf(node), $"'{key}' must be a list");
                return [];
        }
    }

    public YamlFields? Map(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlFields(mapping, File, lineOffset, Problems, LineOf(mapping));
            default:
                Problems.Add(File, LineOf(node), $"'{key}' must be a set of keys and values");
                return null;
        }
    }

    /// <summary>The items of a list of mappings (<c>sources</c>, <c>messages</c>).</summary>
    public IReadOnlyList<YamlFields> MapList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        items.Add(new YamlFields(mapping, File, lineOffset, Problems, LineOf(mapping)));
                    }
                    else
                    {
                        Problems.Add(File, LineOf(item), $"every item of '{key}' must be a set of keys and values");
                    }
                }
                return items;
            default:
                Problems.Add(File, LineOf(node), $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>Each key of this mapping with the mapping under it (<c>families</c>).</summary>
    public IReadOnlyList<(string Key, YamlFields Value)> NamedMaps()
    {
        var result = new List<(string, YamlFields)>();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(name) || value is not YamlMappingNode mapping)
            {
                Problems.Add(File, LineOf(key), $"'{name}' must name a set of keys and values");
                continue;
            }
            result.Add((name.Trim(), new YamlFields(mapping, File, lineOffset, Problems, LineOf(mapping))));
        }
        return result;
    }

    /// <summary>Each key of this mapping with its single value (<c>columns</c>).</summary>
    public IReadOnlyDictionary<string, string> StringMap()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
            {
                result[name.Trim()] = text.Trim();
            }
            else
            {
                Problems.Add(File, LineOf(key), "expected 'name: value'");
            }
        }
        return result;
    }

    public IReadOnlyList<SourceLink> Sources(string key)
    {
        var links = new List<SourceLink>();
        foreach (var item in MapList(key))
        {
            item.RejectUnknownKeys(key, "title", "url");
            var url = item.String("url");
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            {
                Problems.Add(File, item.Line, $"every item of '{key}' needs a url starting with https:// or http://");
                continue;
            }
            links.Add(new SourceLink(item.String("title") ?? "", url));
        }
        return links;
    }
}
