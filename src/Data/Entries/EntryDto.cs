namespace KnowledgeBase.Data.Entries;

/// <summary>The entry object of the public API (camelCase JSON); a contract: add fields, never rename.</summary>
public sealed record EntryDto(
    string Vendor,
    string VendorName,
    string Service,
    string ServiceName,
    string Code,
    string? Title,
    string? Summary,
    int? HttpStatus,
    IReadOnlyList<VariantDto> Variants,
    string Category,
    RetryDto Retry,
    string Cause,
    string Fix,
    IReadOnlyList<string> Aliases,
    string? Family,
    IReadOnlyList<RelatedDto> Related,
    IReadOnlyList<LinkDto> Articles,
    IReadOnlyList<LinkDto> Sources,
    string? Updated,
    string Url,
    string ApiUrl);

public sealed record VariantDto(int? HttpStatus, string Message);

public sealed record RetryDto(string Verdict, string Guidance);

public sealed record RelatedDto(string Vendor, string Service, string Code, string? Title, int? HttpStatus, string Url);

public sealed record LinkDto(string Title, string Url);
