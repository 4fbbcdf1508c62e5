using System.Globalization;
using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>
/// Writes a corpus as content files in the importer's formats (content/README.md): one error table per service
/// (Markdown with front matter, or CSV with a sidecar .yml), entry files, and articles.
/// </summary>
public static class ContentWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public sealed record Written(int Files, long Bytes);

    public static Written Write(Corpus corpus, string directory)
    {
        var files = 0;
        long bytes = 0;
        void Save(string relativePath, string text)
        {
            var path = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var data = Utf8.GetBytes(text);
            File.WriteAllBytes(path, data);
            files++;
            bytes += data.Length;
        }

        foreach (var service in corpus.Services)
        {
            var folder = $"{service.Vendor.Slug}/{service.Slug}";
            if (service.Format == TableFormat.Csv)
            {
                Save($"{folder}/errors.csv", Csv(service));
                Save($"{folder}/errors.yml", TableMetadata(service));
            }
            else
            {
                Save($"{folder}/errors.md", MarkdownTable(service));
            }
            foreach (var code in service.Codes.Where(c => c.Entry is not null))
            {
                Save($"{folder}/entries/{FileName(code.Code)}.md", EntryFile(code));
            }
        }
        foreach (var article in corpus.Articles)
        {
            Save($"articles/{article.Slug}.md", ArticleFile(article));
        }
        return new Written(files, bytes);
    }

    public static string FileName(string code)
    {
        var name = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        return name.ToString();
    }

    /// <summary>A double-quoted YAML scalar.</summary>
    public static string Yaml(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string TableMetadata(CorpusService service)
    {
        var yaml = new StringBuilder();
        yaml.Append("vendor: ").Append(service.Vendor.Slug).Append('\n');
        yaml.Append("vendorName: ").Append(Yaml(service.Vendor.Name)).Append('\n');
        yaml.Append("service: ").Append(service.Slug).Append('\n');
        yaml.Append("serviceName: ").Append(Yaml(service.Name)).Append('\n');
        yaml.Append("source: ").Append(service.SourceUrl).Append('\n');
        yaml.Append("sourceTitle: ").Append(Yaml($"{service.Vendor.Name} {service.Name} error codes")).Append('\n');
        yaml.Append("updated: ").Append(service.Updated).Append('\n');
        yaml.Append("defaults:\n");
        yaml.Append("  category: ").Append(service.DefaultCategory).Append('\n');
        yaml.Append("  retry: ").Append(service.DefaultRetry).Append('\n');
        return yaml.ToString();
    }

    private static IEnumerable<(CorpusCode Code, Variant Variant)> Rows(CorpusService service) =>
        service.Codes.Where(c => c.InTable).SelectMany(c => c.Variants.Select(v => (c, v)));

    private static string MarkdownTable(CorpusService service)
    {
        var text = new StringBuilder();
        text.Append("---\n").Append(TableMetadata(service)).Append("---\n");
        text.Append($"# {service.Vendor.Name} {service.Name} error codes\n\n");
        text.Append($"Calls to the {service.Name} API that fail return one of the codes below, with the HTTP status and message shown.\n\n");
        var headers = new List<string> { "Error code", "HTTP status code", "Error message" };
        if (service.Columns)
        {
            headers.AddRange(["Category", "Retry"]);
        }
        if (service.CauseColumns)
        {
            headers.AddRange(["Cause", "Fix"]);
        }
        var lead = service.LeadingPipe ? "| " : "";
        text.Append(lead).Append(string.Join(" | ", headers)).Append(" |\n");
        text.Append(service.LeadingPipe ? "|" : "").Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var (code, variant) in Rows(service))
        {
            text.Append(lead).Append(code.Code).Append(" | ").Append(variant.Status.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(variant.Message);
            if (service.Columns)
            {
                text.Append(" | ").Append(code.Category).Append(" | ").Append(code.Retry);
            }
            if (service.CauseColumns)
            {
                text.Append(" | ").Append(code.ShortCause).Append(" | ").Append(code.ShortFix);
            }
            text.Append(" |\n");
        }
        text.Append("\nCodes are case-sensitive in responses; the knowledge base finds them in any case.\n");
        return text.ToString();
    }

    private static string Csv(CorpusService service)
    {
        var text = new StringBuilder();
        var headers = new List<string> { "Code", "HTTP Status", "Description" };
        if (service.Columns)
        {
            headers.AddRange(["Category", "Retry"]);
        }
        if (service.CauseColumns)
        {
            headers.AddRange(["Cause", "Fix"]);
        }
        text.Append(string.Join(',', headers.Select(CsvField))).Append("\r\n");
        foreach (var (code, variant) in Rows(service))
        {
            var fields = new List<string> { code.Code, variant.Status.ToString(CultureInfo.InvariantCulture), variant.Message };
            if (service.Columns)
            {
                fields.AddRange([code.Category, code.Retry]);
            }
            if (service.CauseColumns)
            {
                // Quoted fields with commas and line breaks, as RFC 4180 allows.
                fields.AddRange([code.ShortCause, code.ShortFix + "\nSee the " + service.Name + " documentation, section \"Errors\"."]);
            }
            text.Append(string.Join(',', fields.Select(CsvField))).Append("\r\n");
        }
        return text.ToString();
    }

    public static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string EntryFile(CorpusCode code)
    {
        var entry = code.Entry!;
        var service = code.Service;
        var text = new StringBuilder("---\n");
        text.Append("vendor: ").Append(service.Vendor.Slug).Append('\n');
        text.Append("vendorName: ").Append(Yaml(service.Vendor.Name)).Append('\n');
        text.Append("service: ").Append(service.Slug).Append('\n');
        text.Append("serviceName: ").Append(Yaml(service.Name)).Append('\n');
        text.Append("code: ").Append(Yaml(code.Code)).Append('\n');
        text.Append("title: ").Append(Yaml(code.Title)).Append('\n');
        text.Append("httpStatus: ").Append(code.Variants[0].Status.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (!code.InTable)
        {
            // Table rows already give the variants of listed codes; an entry only introduces its own.
            text.Append("messages:\n");
            foreach (var variant in code.Variants)
            {
                text.Append("  - status: ").Append(variant.Status.ToString(CultureInfo.InvariantCulture)).Append('\n');
                text.Append("    message: ").Append(Yaml(variant.Message)).Append('\n');
            }
        }
        text.Append("category: ").Append(code.Category).Append('\n');
        text.Append("retry: ").Append(code.Retry).Append('\n');
        if (entry.Aliases.Count > 0)
        {
            text.Append("aliases: [").Append(string.Join(", ", entry.Aliases.Select(Yaml))).Append("]\n");
        }
        if (entry.Related.Count > 0)
        {
            text.Append("related: [").Append(string.Join(", ", entry.Related.Select(r => Yaml($"{r.Service.Vendor.Slug}/{r.Service.Slug}/{r.Code}")))).Append("]\n");
        }
        text.Append("sources:\n");
        text.Append("  - title: ").Append(Yaml($"{service.Vendor.Name} {service.Name} error codes")).Append('\n');
        text.Append("    url: ").Append(service.SourceUrl).Append('\n');
        text.Append("updated: ").Append(service.Updated).Append('\n');
        text.Append("---\n");
        text.Append(entry.Summary).Append("\n\n");
        text.Append("## Cause\n\n").Append(entry.Cause).Append("\n\n");
        text.Append("## Fix\n\n").Append(entry.Fix).Append("\n\n");
        text.Append("## Retry\n\n").Append(entry.RetryGuidance).Append('\n');
        return text.ToString();
    }

    private static string ArticleFile(CorpusArticle article)
    {
        var text = new StringBuilder("---\n");
        text.Append("slug: ").Append(article.Slug).Append('\n');
        text.Append("title: ").Append(Yaml(article.Title)).Append('\n');
        text.Append("summary: ").Append(Yaml(article.Summary)).Append('\n');
        text.Append("vendor: ").Append(article.Service.Vendor.Slug).Append('\n');
        text.Append("service: ").Append(article.Service.Slug).Append('\n');
        text.Append("codes:\n");
        foreach (var code in article.Codes)
        {
            text.Append("  - ").Append(Yaml($"{code.Service.Vendor.Slug}/{code.Service.Slug}/{code.Code}")).Append('\n');
        }
        text.Append("updated: ").Append(article.Service.Updated).Append('\n');
        text.Append("---\n").Append(article.Body);
        return text.ToString();
    }
}
