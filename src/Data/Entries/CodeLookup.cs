using KnowledgeBase.Data.Codes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Entries;

/// <summary>How a looked-up code matched an entry, best first.</summary>
public enum MatchKind
{
    /// <summary>The code itself, in any case, with or without a Client./Server. prefix.</summary>
    Exact = 0,
    /// <summary>Another spelling the entry lists (TOOMANYREQUESTS for ThrottlingException).</summary>
    Alias = 1,
    /// <summary>The code is an unknown member of a known family (MissingParameter.Foo → MissingParameter).</summary>
    Family = 2,
    /// <summary>The code names a family; the entry is one of its members (InvalidParameter → InvalidParameter.IsNull).</summary>
    Member = 3,
}

public sealed record CodeMatch(long Id, string Vendor, string Service, string Code, int? HttpStatus, MatchKind Kind);

public sealed record LookupFilter(string? Vendor = null, string? Service = null, int? HttpStatus = null);

/// <summary>
/// Resolves a code as written to the entries it names: exact, then alias, then family. Used by the deep link,
/// the lookup API and the extraction of codes from pasted text.
/// </summary>
public static class CodeLookup
{
    /// <summary>The most entries one lookup returns: the best kinds of match first (a family can have thousands of members).</summary>
    public const int MaxMatches = 200;

    public static async Task<IReadOnlyList<CodeMatch>> FindAsync(
        KnowledgeBaseDbContext db, string code, LookupFilter filter, CancellationToken cancellationToken)
    {
        if (!CodeKey.IsPlausible(code))
        {
            return [];
        }
        var key = CodeKey.Normalize(code);
        if (key.Length == 0)
        {
            return [];
        }
        var family = CodeKey.FamilyOf(code);

        // One index probe per way of matching, joined with UNION ALL: an OR across the code, alias and family
        // columns makes PostgreSQL scan every code.
        var ids = db.ErrorCodes.Where(e => e.CodeKey == key).Select(e => e.Id)
            .Concat(db.CodeAliases.Where(a => a.AliasKey == key).Select(a => a.ErrorCodeId))
            .Concat(db.ErrorCodes.Where(e => e.FamilyKey == key).Select(e => e.Id));
        if (family is not null)
        {
            ids = ids.Concat(db.ErrorCodes.Where(e => e.CodeKey == family).Select(e => e.Id));
        }
        var candidates = db.ErrorCodes.AsNoTracking().Where(e => ids.Contains(e.Id));
        if (filter.Vendor is { Length: > 0 } vendor)
        {
            candidates = candidates.Where(e => e.Service.Vendor.Slug == vendor.ToLowerInvariant());
        }
        if (filter.Service is { Length: > 0 } service)
        {
            candidates = candidates.Where(e => e.Service.Slug == service.ToLowerInvariant());
        }
        if (filter.HttpStatus is int status)
        {
            candidates = candidates.Where(e => e.HttpStatus == status || e.Variants.Any(v => v.HttpStatus == status));
        }

        var matches = await candidates
            .Select(e => new
            {
                e.Id,
                Vendor = e.Service.Vendor.Slug,
                Service = e.Service.Slug,
                e.Code,
                e.CodeKey,
                e.HttpStatus,
                IsAlias = e.Aliases.Any(a => a.AliasKey == key),
            })
            .Select(r => new
            {
                r.Id, r.Vendor, r.Service, r.Code, r.HttpStatus,
                Kind = r.CodeKey == key ? MatchKind.Exact : r.IsAlias ? MatchKind.Alias : r.CodeKey == family ? MatchKind.Family : MatchKind.Member,
            })
            // Ordered before the cap, so that the cap drops members of a large family and never the code itself.
            .OrderBy(r => r.Kind).ThenBy(r => r.Vendor).ThenBy(r => r.Service).ThenBy(r => r.Code)
            .Take(MaxMatches)
            .Select(r => new CodeMatch(r.Id, r.Vendor, r.Service, r.Code, r.HttpStatus, r.Kind))
            .ToListAsync(cancellationToken);

        // A family entry only stands in for an unknown member: when the member exists, the family is noise.
        if (matches.Any(m => m.Kind is MatchKind.Exact or MatchKind.Alias))
        {
            matches.RemoveAll(m => m.Kind == MatchKind.Family);
        }

        // Codes of the same key, the one spelled as written first: THROTTLED is Shopify's, Throttled SNS's and Key Vault's.
        var written = code.Trim();
        return matches
            .OrderBy(m => m.Kind)
            .ThenByDescending(m => string.Equals(m.Code, written, StringComparison.Ordinal))
            .ThenBy(m => m.Vendor, StringComparer.Ordinal)
            .ThenBy(m => m.Service, StringComparer.Ordinal)
            .ThenBy(m => m.Code, StringComparer.Ordinal)
            .ToList();
    }
}
