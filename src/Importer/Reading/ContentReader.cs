using System.Text;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Importer.Validation;
using Markdig;

namespace KnowledgeBase.Importer.Reading;

/// <summary>Reads content files of every kind into <see cref="ReadContent"/>, reporting problems instead of throwing.</summary>
public sealed class ContentReader(ContentScope scope, Problems problems)
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly string[] TableKeys =
        ["vendor", "vendorName", "service", "serviceName", "source", "sourceTitle", "updated", "columns", "format", "defaults", "families"];

    private static readonly string[] KnowledgeKeys = ["category", "retry", "retryGuidance", "cause", "fix"];

    private static readonly string[] EntryKeys =
        ["vendor", "vendorName", "service", "serviceName", "code", "title", "summary", "httpStatus", "messages", "category", "retry",
         "retryGuidance", "aliases", "related", "family", "sources", "updated"];

    private static readonly string[] ArticleKeys = ["slug", "title", "summary", "vendor", "service", "codes", "sources", "updated"];

    public ReadContent Content { get; } = new();

    /// <summary>Reads one content file (given by its full path) unless it was read already.</summary>
    public void ReadFile(string fullPath)
    {
        var name = scope.Name(fullPath);
        if (!Content.Files.Add(name))
        {
            return;
        }
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (extension is ".yml" or ".yaml")
        {
            // Sidecars are read with the file they describe.
            return;
        }
        var sidecar = Path.ChangeExtension(fullPath, ".yml");
        if (extension == ".md")
        {
            if (LoadText(fullPath, name) is { } text)
            {
                ReadMarkdown(name, text);
            }
            return;
        }
        if (!File.Exists(sidecar))
        {
            if (extension is ".csv" or ".html" or ".htm")
            {
                problems.Add(name, 1, $"no metadata: expected a sidecar file {Path.GetFileName(sidecar)} with vendor and service");
            }
            // Anything else without a sidecar (images, notes) is not content.
            return;
        }
        var sidecarName = scope.Name(sidecar);
        Content.Files.Add(sidecarName);
        var meta = LoadText(sidecar, sidecarName) is { } yaml && YamlFields.Parse(yaml, sidecarName, 1, problems) is { } fields
            ? ReadTableMetadata(fields)
            : null;
        if (LoadText(fullPath, name) is not { } body || meta is null)
        {
            return;
        }
        var format = meta.Format ?? extension.TrimStart('.');
        List<TableRow> rows;
        switch (format)
        {
            case "csv":
                rows = CsvTableReader.Read(name, body, meta, problems);
                break;
            case "html" or "htm":
                rows = HtmlTableReader.Read(name, body, meta, problems);
                break;
            case "postgresql-errcodes":
                rows = ErrcodesReader.Read(name, body, problems);
                break;
            case "markdown" or "md":
                rows = MarkdownRows(name, body, 1, meta);
                break;
            default:
                problems.Add(sidecarName, 1, $"unknown format '{format}' (csv, html, markdown, postgresql-errcodes)");
                return;
        }
        CheckProse(name, rows);
        Content.Tables.Add(new TableFile(name, meta, rows));
    }

    private string? LoadText(string fullPath, string name)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxFileBytes)
            {
                problems.Add(name, 1, $"file is {info.Length / 1024 / 1024.0:0.0} MiB, over the 4 MiB limit: split it");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(name, 1, $"cannot read the file: {ex.Message}");
            return null;
        }
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0'))
            {
                problems.Add(name, LineOf(text, text.IndexOf('\0')), "not a text file: it contains NUL characters");
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(ex.Index + start, 0, bytes.Length)).Count((byte)'\n');
            problems.Add(name, line, "not UTF-8: save the file as UTF-8");
            return null;
        }
    }

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, Math.Max(0, index)).Count('\n');

    private void ReadMarkdown(string name, string text)
    {
        var split = FrontMatter.Split(text);
        if (split.Yaml is null)
        {
            problems.Add(name, 1, "no front matter: a table file needs vendor and service, an entry needs code, an article needs slug and title");
            return;
        }
        if (split.Unclosed)
        {
            problems.Add(name, 1, "bad YAML: the front matter is not closed by a '---' line");
            return;
        }
        if (YamlFields.Parse(split.Yaml, name, split.YamlFirstLine, problems) is not { } fields)
        {
            return;
        }
        if (fields.Has("code"))
        {
            ReadEntry(name, fields, split);
        }
        else if (fields.Has("slug"))
        {
            ReadArticle(name, fields, split);
        }
        else if (fields.Has("vendor") && fields.Has("service"))
        {
            var meta = ReadTableMetadata(fields);
            var rows = MarkdownRows(name, split.Body, split.BodyFirstLine, meta);
            CheckProse(name, rows);
            Content.Tables.Add(new TableFile(name, meta, rows));
        }
        else
        {
            problems.Add(name, 1, "unknown kind of file: the front matter needs vendor and service (a table), code (an entry) or slug and title (an article)");
        }
    }

    private List<TableRow> MarkdownRows(string name, string body, int firstLine, TableMetadata meta)
    {
        var tables = MarkdownTableReader.Read(body, firstLine);
        var rows = new List<TableRow>();
        var found = false;
        foreach (var table in tables)
        {
            if (ColumnMap.Find(table.Header, meta.Columns) is { } map)
            {
                found = true;
                rows.AddRange(TableShaper.Rows(name, map, table.Rows, problems));
            }
        }
        if (!found)
        {
            if (tables.Count > 0)
            {
                problems.Add(name, tables[0].HeaderLine, TableShaper.DescribeMissingCode(tables[0].Header));
            }
            else
            {
                problems.Add(name, firstLine, "no code column: no pipe table (a header row, then a '---|---' row) in the file");
            }
        }
        return rows;
    }

    private TableMetadata ReadTableMetadata(YamlFields fields)
    {
        fields.RejectUnknownKeys("table metadata", TableKeys);
        var vendor = fields.Slug("vendor");
        var service = fields.Slug("service");
        if (!fields.Has("vendor"))
        {
            problems.Add(fields.File, fields.Line, "missing 'vendor' in the table metadata");
        }
        if (!fields.Has("service"))
        {
            problems.Add(fields.File, fields.Line, "missing 'service' in the table metadata");
        }
        var families = new Dictionary<string, Knowledge>(StringComparer.Ordinal);
        if (fields.Map("families") is { } familyMap)
        {
            foreach (var (key, value) in familyMap.NamedMaps())
            {
                families[CodeKey.Normalize(key)] = ReadKnowledge(value, $"family '{key}'");
            }
        }
        var columns = fields.Map("columns")?.StringMap() ?? new Dictionary<string, string>();
        foreach (var role in columns.Keys.Where(r => !ColumnMap.Roles.Contains(r)))
        {
            problems.Add(fields.File, fields.LineOfKey("columns"), $"unknown column role '{role}' (allowed: {string.Join(", ", ColumnMap.Roles)})");
        }
        return new TableMetadata
        {
            Vendor = vendor ?? "",
            VendorName = fields.String("vendorName"),
            Service = service ?? "",
            ServiceName = fields.String("serviceName"),
            Source = SourceUrl(fields, "source"),
            SourceTitle = fields.String("sourceTitle"),
            Updated = fields.Date("updated"),
            Format = fields.String("format")?.ToLowerInvariant(),
            Columns = columns,
            Defaults = fields.Map("defaults") is { } defaults ? ReadKnowledge(defaults, "defaults") : Knowledge.None,
            Families = families,
        };
    }

    private static string? SourceUrl(YamlFields fields, string key)
    {
        var url = fields.String(key);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http")))
        {
            fields.Problems.Add(fields.File, fields.LineOfKey(key), $"'{key}' must be a URL starting with https:// or http://");
            return null;
        }
        return url;
    }

    private static Knowledge ReadKnowledge(YamlFields fields, string what)
    {
        fields.RejectUnknownKeys(what, KnowledgeKeys);
        return new Knowledge(fields.Category("category"), fields.Retry("retry"), fields.String("retryGuidance"), fields.String("cause"), fields.String("fix"));
    }

    private void ReadEntry(string name, YamlFields fields, FrontMatter split)
    {
        fields.RejectUnknownKeys("an entry", EntryKeys);
        var vendor = fields.Slug("vendor");
        var service = fields.Slug("service");
        var code = TableShaper.CleanCode(fields.String("code") ?? "");
        if (vendor is null && !fields.Has("vendor"))
        {
            problems.Add(name, 1, "missing 'vendor' in the entry");
        }
        if (service is null && !fields.Has("service"))
        {
            problems.Add(name, 1, "missing 'service' in the entry");
        }
        if (code.Length == 0)
        {
            problems.Add(name, fields.LineOfKey("code"), "empty code");
        }
        else if (!CodeKey.IsPlausible(code))
        {
            problems.Add(name, fields.LineOfKey("code"), "the code must be one line of at most 200 characters");
        }
        var messages = new List<(int?, string)>();
        foreach (var item in fields.MapList("messages"))
        {
            item.RejectUnknownKeys("messages", "status", "message");
            var message = item.String("message");
            if (message is null)
            {
                problems.Add(name, item.Line, "every item of 'messages' needs a message");
                continue;
            }
            messages.Add((item.Status("status"), message));
        }
        var related = ReadRefs(fields, "related");
        var sections = Sections(name, split.Body, split.BodyFirstLine);
        if (vendor is null || service is null || code.Length == 0 || !CodeKey.IsPlausible(code))
        {
            return;
        }
        var aliases = fields.StringList("aliases").Select(a => a.Value).ToList();
        Content.Entries.Add(new EntryFile
        {
            File = name,
            Vendor = vendor,
            VendorName = fields.String("vendorName"),
            Service = service,
            ServiceName = fields.String("serviceName"),
            Code = code,
            CodeLine = fields.LineOfKey("code"),
            Title = fields.String("title"),
            Summary = fields.String("summary") ?? sections.Summary,
            HttpStatus = fields.Status("httpStatus"),
            Messages = messages,
            Knowledge = new Knowledge(
                fields.Category("category"), fields.Retry("retry"), fields.String("retryGuidance") ?? sections.Retry,
                sections.Cause, sections.Fix),
            Aliases = aliases,
            Related = related,
            Family = fields.String("family"),
            Sources = fields.Sources("sources"),
            Updated = fields.Date("updated"),
        });
    }

    private void ReadArticle(string name, YamlFields fields, FrontMatter split)
    {
        fields.RejectUnknownKeys("an article", ArticleKeys);
        var slugText = fields.String("slug");
        var slug = fields.Slug("slug");
        var title = fields.String("title");
        if (title is null)
        {
            problems.Add(name, 1, "missing 'title' in the article");
        }
        var vendor = fields.Slug("vendor");
        var service = fields.Slug("service");
        if (service is not null && vendor is null)
        {
            problems.Add(name, fields.LineOfKey("service"), "an article's 'service' needs its 'vendor'");
        }
        var codes = ReadRefs(fields, "codes");
        if (!fields.Has("codes"))
        {
            problems.Add(name, 1, "missing 'codes' in the article: list the codes it covers as vendor/service/code");
        }
        CheckMarkdown(name, split.Body, split.BodyFirstLine);
        if (slug is null || title is null || slugText is null)
        {
            return;
        }
        Content.Articles.Add(new ArticleFile
        {
            File = name,
            Slug = slug,
            SlugLine = fields.LineOfKey("slug"),
            Title = title,
            Summary = fields.String("summary") ?? "",
            Vendor = vendor,
            Service = service,
            VendorLine = fields.LineOfKey("vendor"),
            Codes = codes,
            Sources = fields.Sources("sources"),
            Updated = fields.Date("updated"),
            Body = split.Body.Trim(),
        });
    }

    private List<CodeRef> ReadRefs(YamlFields fields, string key)
    {
        var refs = new List<CodeRef>();
        foreach (var (value, line) in fields.StringList(key))
        {
            if (CodeRef.Parse(value, line) is { } reference)
            {
                refs.Add(reference);
            }
            else
            {
                problems.Add(fields.File, line, $"'{StatusText.Shorten(value)}' in '{key}' must be written vendor/service/code");
            }
        }
        return refs;
    }

    private sealed record EntrySections(string? Summary, string? Cause, string? Fix, string? Retry);

    /// <summary>
    /// Splits an entry body into summary (before the first heading) and the Cause, Fix and Retry sections;
    /// any other <c>##</c> section stays inside the section before it.
    /// </summary>
    private EntrySections Sections(string name, string body, int firstLine)
    {
        CheckMarkdown(name, body, firstLine);
        var parts = new Dictionary<string, StringBuilder>(StringComparer.OrdinalIgnoreCase) { [""] = new() };
        var current = "";
        var inFence = false;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim().TrimEnd('#').Trim();
                if (heading.Equals("Cause", StringComparison.OrdinalIgnoreCase) || heading.Equals("Fix", StringComparison.OrdinalIgnoreCase) ||
                    heading.Equals("Retry", StringComparison.OrdinalIgnoreCase))
                {
                    current = heading;
                    parts.TryAdd(current, new StringBuilder());
                    continue;
                }
            }
            parts[current].Append(line).Append('\n');
        }
        string? Part(string key) => parts.TryGetValue(key, out var text) && text.ToString().Trim() is { Length: > 0 } value ? value : null;
        return new EntrySections(Part(""), Part("Cause"), Part("Fix"), Part("Retry"));
    }

    /// <summary>Markdig refuses Markdown nested too deep by throwing; the web app would fail on it too, so it is bad input.</summary>
    private void CheckMarkdown(string name, string markdown, int line)
    {
        if (markdown.Length == 0)
        {
            return;
        }
        try
        {
            Markdown.Parse(markdown);
        }
        catch (ArgumentException ex)
        {
            problems.Add(name, line, $"Markdown cannot be rendered: {ex.Message}");
        }
    }

    private void CheckProse(string name, IEnumerable<TableRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Own.Cause is { } cause)
            {
                CheckMarkdown(name, cause, row.Line);
            }
            if (row.Own.Fix is { } fix)
            {
                CheckMarkdown(name, fix, row.Line);
            }
        }
    }
}
