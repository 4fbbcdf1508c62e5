using KnowledgeBase.Data.Codes;

namespace KnowledgeBase.Importer.Reading;

/// <summary>What a table's <c>defaults</c>, one of its <c>families</c>, a row or an entry file can say about a code.</summary>
public sealed record Knowledge(string? Category, string? Retry, string? RetryGuidance, string? Cause, string? Fix)
{
    public static readonly Knowledge None = new(null, null, null, null, null);

    /// <summary>This knowledge, with the gaps filled from <paramref name="fallback"/>.</summary>
    public Knowledge Or(Knowledge? fallback) => fallback is null
        ? this
        : new(Category ?? fallback.Category, Retry ?? fallback.Retry, RetryGuidance ?? fallback.RetryGuidance,
            Cause ?? fallback.Cause, Fix ?? fallback.Fix);
}

public sealed record SourceLink(string Title, string Url);

/// <summary>A reference to an entry as <c>vendor/service/code</c>, with the line it was written on.</summary>
public sealed record CodeRef(string Vendor, string Service, string Code, int Line)
{
    public string Key => CodeKey.Normalize(Code);

    public override string ToString() => $"{Vendor}/{Service}/{Code}";

    public static CodeRef? Parse(string text, int line)
    {
        var parts = text.Trim().Split('/', 3);
        return parts.Length == 3 && parts.All(p => p.Trim().Length > 0)
            ? new CodeRef(parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), line)
            : null;
    }
}

/// <summary>The metadata of a vendor error table, from front matter or a sidecar <c>.yml</c>.</summary>
public sealed class TableMetadata
{
    public required string Vendor { get; init; }
    public string? VendorName { get; init; }
    public required string Service { get; init; }
    public string? ServiceName { get; init; }
    public string? Source { get; init; }
    public string? SourceTitle { get; init; }
    public DateOnly? Updated { get; init; }
    public string? Format { get; init; }
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();
    public Knowledge Defaults { get; init; } = Knowledge.None;

    /// <summary>Keyed by <see cref="CodeKey.Normalize"/> of the family key.</summary>
    public IReadOnlyDictionary<string, Knowledge> Families { get; init; } = new Dictionary<string, Knowledge>();
}

/// <summary>One row of a vendor table: one (status, message) variant of a code.</summary>
public sealed record TableRow(int Line, string Code, int? Status, string Message, Knowledge Own)
{
    /// <summary>Set by formats that know the family (errcodes classes); otherwise the family follows from the code.</summary>
    public string? FamilyKey { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

public sealed record TableFile(string File, TableMetadata Meta, IReadOnlyList<TableRow> Rows);

/// <summary>A code entry file: the knowledge about one code.</summary>
public sealed class EntryFile
{
    public required string File { get; init; }
    public required string Vendor { get; init; }
    public string? VendorName { get; init; }
    public required string Service { get; init; }
    public string? ServiceName { get; init; }
    public required string Code { get; init; }
    public int CodeLine { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public int? HttpStatus { get; init; }
    public IReadOnlyList<(int? Status, string Message)> Messages { get; init; } = [];
    public Knowledge Knowledge { get; init; } = Knowledge.None;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<CodeRef> Related { get; init; } = [];
    public string? Family { get; init; }
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public DateOnly? Updated { get; init; }
}

/// <summary>A troubleshooting article.</summary>
public sealed class ArticleFile
{
    public required string File { get; init; }
    public required string Slug { get; init; }
    public int SlugLine { get; init; }
    public required string Title { get; init; }
    public string Summary { get; init; } = "";
    public string? Vendor { get; init; }
    public string? Service { get; init; }
    public int VendorLine { get; init; }
    public IReadOnlyList<CodeRef> Codes { get; init; } = [];
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public DateOnly? Updated { get; init; }
    public string Body { get; init; } = "";
}

/// <summary>Everything read from a set of files.</summary>
public sealed class ReadContent
{
    public List<TableFile> Tables { get; } = [];
    public List<EntryFile> Entries { get; } = [];
    public List<ArticleFile> Articles { get; } = [];
    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);
}
