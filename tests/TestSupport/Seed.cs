using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Model;

namespace KnowledgeBase.TestSupport;

/// <summary>Builds small entries directly in a test database, for tests that are not about the importer.</summary>
public static class Seed
{
    public static ErrorCode Entry(
        Service service, string code, int? status, string category = "validation", RetryVerdict retry = RetryVerdict.NotRetryable,
        string cause = "Something about the request was wrong.", string fix = "Correct the request.", params (int? Status, string Message)[] variants) =>
        new()
        {
            Service = service,
            Code = code,
            CodeKey = CodeKey.Normalize(code),
            FamilyKey = CodeKey.FamilyOf(code),
            HttpStatus = status,
            Category = category,
            Retry = retry,
            Cause = cause,
            Fix = fix,
            Updated = new DateOnly(2026, 11, 23),
            SourceFiles = ["test.md"],
            Variants = variants.Select((v, i) => new CodeVariant { HttpStatus = v.Status, Message = v.Message, Position = i }).ToList(),
            SearchText = string.Join(' ', variants.Select(v => v.Message)),
        };

    public static Service Service(string vendorSlug, string vendorName, string serviceSlug, string serviceName) =>
        new() { Slug = serviceSlug, Name = serviceName, Vendor = new Vendor { Slug = vendorSlug, Name = vendorName } };

    /// <summary>Records an import run so readiness sees imported content.</summary>
    public static async Task MarkImportedAsync(KnowledgeBaseDbContext db, int entries)
    {
        var now = DateTimeOffset.UtcNow;
        db.ImportRuns.Add(new ImportRun { StartedAt = now, FinishedAt = now, Path = "test", Entries = entries, Added = entries });
        await db.SaveChangesAsync();
    }
}
