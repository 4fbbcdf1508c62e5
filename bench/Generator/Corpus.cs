namespace KnowledgeBase.Bench;

public enum CodeShape
{
    Pascal,
    Dotted,
    UpperSnake,
    Numeric,
}

public enum TableFormat
{
    Markdown,
    Csv,
}

/// <summary>The whole generated corpus in memory: what the content files say, and what the URL lists ask for.</summary>
public sealed record Corpus(int Seed, IReadOnlyList<CorpusVendor> Vendors, IReadOnlyList<CorpusArticle> Articles)
{
    public IEnumerable<CorpusService> Services => Vendors.SelectMany(v => v.Services);

    public IEnumerable<CorpusCode> Codes => Services.SelectMany(s => s.Codes);
}

public sealed class CorpusVendor
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required CodeShape Shape { get; init; }
    /// <summary>Three capitals some of its codes start with (<c>AER-01234</c>, <c>AER_BUCKET_LOCKED</c>).</summary>
    public required string Prefix { get; init; }
    public List<CorpusService> Services { get; } = [];
}

/// <summary>One service of a vendor, and its one error table.</summary>
public sealed class CorpusService
{
    public required CorpusVendor Vendor { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required CodeShape Shape { get; init; }
    public required TableFormat Format { get; init; }
    /// <summary>Whether the table has category and retry columns (otherwise its front matter's defaults apply).</summary>
    public required bool Columns { get; init; }
    /// <summary>Whether the table has cause and fix columns.</summary>
    public required bool CauseColumns { get; init; }
    public required bool LeadingPipe { get; init; }
    public required string DefaultCategory { get; init; }
    public required string DefaultRetry { get; init; }
    public required string Updated { get; init; }
    public List<CorpusCode> Codes { get; } = [];

    public string SourceUrl => $"https://docs.{Vendor.Slug}.example/{Slug}/errors";
}

public sealed record Variant(int Status, string Message);

public sealed class CorpusCode
{
    public required CorpusService Service { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    /// <summary>The words of the code as prose, for full-text queries (<c>snapshot policy not found</c>).</summary>
    public required string Words { get; init; }
    public required string Category { get; set; }
    public required string Retry { get; set; }
    public required IReadOnlyList<Variant> Variants { get; init; }
    /// <summary>Short cause and fix for the table columns (empty when the table has none).</summary>
    public string ShortCause { get; set; } = "";
    public string ShortFix { get; set; } = "";
    /// <summary>Whether a table row lists the code; false for codes only an entry file introduces.</summary>
    public bool InTable { get; set; } = true;
    public CorpusEntry? Entry { get; set; }
}

public sealed record CorpusEntry(
    string Summary,
    string Cause,
    string Fix,
    string RetryGuidance,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<CorpusCode> Related);

public sealed record CorpusArticle(string Slug, string Title, string Summary, string Body, CorpusService Service, IReadOnlyList<CorpusCode> Codes);
