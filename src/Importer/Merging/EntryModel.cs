using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Importer.Reading;

namespace KnowledgeBase.Importer.Merging;

/// <summary>Identity of an entry: one code of one vendor's service, by normalized key.</summary>
public readonly record struct EntryKey(string Vendor, string Service, string CodeKey)
{
    public override string ToString() => $"{Vendor}/{Service}/{CodeKey}";
}

public sealed record Variant(int? Status, string Message);

/// <summary>Everything the database will hold for one entry, merged from table rows, defaults, families and its entry file.</summary>
public sealed class EntryModel
{
    public required EntryKey Key { get; init; }
    public required string Code { get; init; }
    public string? FamilyKey { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public int? HttpStatus { get; init; }
    public required string Category { get; init; }
    public required string Retry { get; init; }
    public string RetryGuidance { get; init; } = "";
    public string Cause { get; init; } = "";
    public string Fix { get; init; } = "";
    public DateOnly? Updated { get; init; }
    public IReadOnlyList<Variant> Variants { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<CodeRef> Related { get; init; } = [];
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public IReadOnlyList<string> SourceFiles { get; init; } = [];

    /// <summary>The entry file that lists <see cref="Related"/>, for problems about them.</summary>
    public string? EntryFile { get; init; }

    // Computed once: the plan compares it and the writer stores it.
    private string? hash;
    private string? searchText;

    /// <summary>Variant messages and aliases, for full-text search.</summary>
    public string SearchText => searchText ??= string.Join(' ', Variants.Select(v => v.Message).Concat(Aliases).Distinct(StringComparer.Ordinal));

    public string Hash => hash ??= ContentHash.Of(w =>
    {
        w.Add(Key.Vendor).Add(Key.Service).Add(Code).Add(FamilyKey).Add(Title).Add(Summary).Add(HttpStatus)
            .Add(Category).Add(Retry).Add(RetryGuidance).Add(Cause).Add(Fix).Add(Updated?.ToString("yyyy-MM-dd"));
        w.Add(Variants.Count);
        foreach (var v in Variants)
        {
            w.Add(v.Status).Add(v.Message);
        }
        w.Add(Aliases.Count).AddAll(Aliases);
        w.Add(Related.Count).AddAll(Related.Select(r => $"{r.Vendor}/{r.Service}/{r.Key}"));
        w.Add(Sources.Count);
        foreach (var s in Sources)
        {
            w.Add(s.Title).Add(s.Url);
        }
        w.Add(SourceFiles.Count).AddAll(SourceFiles);
    });
}

public sealed class ArticleModel
{
    public required ArticleFile File { get; init; }

    public string Hash => ContentHash.Of(w =>
    {
        var a = File;
        w.Add(a.Slug).Add(a.Title).Add(a.Summary).Add(a.Body).Add(a.Vendor).Add(a.Service).Add(a.Updated?.ToString("yyyy-MM-dd")).Add(a.File);
        w.Add(a.Codes.Count).AddAll(a.Codes.Select(c => $"{c.Vendor}/{c.Service}/{c.Key}"));
        w.Add(a.Sources.Count);
        foreach (var s in a.Sources)
        {
            w.Add(s.Title).Add(s.Url);
        }
    });
}

/// <summary>A SHA-256 over length-prefixed fields, so that no two different contents can serialize alike.</summary>
public sealed class ContentHash
{
    private readonly StringBuilder text = new();

    public static string Of(Action<ContentHash> write)
    {
        var hash = new ContentHash();
        write(hash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash.text.ToString())));
    }

    public ContentHash Add(string? value)
    {
        if (value is null)
        {
            text.Append("-;");
        }
        else
        {
            text.Append(value.Length).Append(':').Append(value).Append(';');
        }
        return this;
    }

    public ContentHash Add(int? value) => Add(value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public ContentHash AddAll(IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
        return this;
    }
}
