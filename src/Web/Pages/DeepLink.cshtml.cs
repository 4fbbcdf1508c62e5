using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBase.Web.Pages;

/// <summary>
/// <c>/e/{code}</c> (a code may have a slash), the link for logs and error responses: one match → 302 to its page, several → a list to choose
/// from, none → 404 with "did you mean". <c>?vendor=</c> and <c>?status=</c> narrow it.
/// </summary>
public sealed class DeepLinkModel(KnowledgeBaseDbContext db, ContentCache cache, ICodeSearch search) : PageModel
{
    private const int MaxListed = 50;

    public string Code { get; private set; } = "";
    public string? Vendor { get; private set; }
    public int? Status { get; private set; }
    public IReadOnlyList<EntryDto> Entries { get; private set; } = [];

    /// <summary>How many entries answer the code; more than are listed when it is a common one.</summary>
    public int Total { get; private set; }

    /// <summary>The vendors of all the matches with their counts, for narrowing a list that could not show them all.</summary>
    public IReadOnlyList<(string Vendor, int Count)> Vendors { get; private set; } = [];
    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, string? vendor, int? status, CancellationToken cancellationToken)
    {
        // Some codes have a slash (Firebase's auth/invalid-credential): the route takes the rest of the path.
        code = EntryUrls.CodeFromPath(code);
        Code = code;
        Vendor = string.IsNullOrWhiteSpace(vendor) ? null : vendor.Trim();
        Status = status;
        var filter = new LookupFilter(Vendor, null, status);
        var matches = await cache.LookUpAsync(db, code, filter, cancellationToken);
        // A link may name the vendor, or the vendor and the service, in front of the code, as entry pages do
        // (/e/aws/ec2/RequestLimitExceeded): the code among that vendor's, its named service's first.
        if (matches.Count == 0 && Vendor is null && code.Split('/', 2) is [var vendorSlug, var rest] && rest.Length > 0)
        {
            var inVendor = filter with { Vendor = vendorSlug };
            matches = await cache.LookUpAsync(db, rest, inVendor, cancellationToken);
            if (matches.Count == 0 && rest.Split('/', 2) is [var serviceSlug, var last] && last.Length > 0)
            {
                matches = await cache.LookUpAsync(db, last, inVendor, cancellationToken);
                if (matches.Where(m => m.Service.Equals(serviceSlug, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } inService)
                {
                    matches = inService;
                }
                code = last;
            }
            else
            {
                code = rest;
            }
        }

        if (matches.Count == 1)
        {
            var match = matches[0];
            // An unknown member of a family goes to its own address, where the family's entry stands in with a note.
            var target = match.Kind == MatchKind.Family
                ? EntryUrls.Page(match.Vendor, match.Service, code.Trim())
                : EntryUrls.Page(match.Vendor, match.Service, match.Code);
            return Redirect(target);
        }
        if (matches.Count == 0)
        {
            Suggestions = CodeKey.IsPlausible(code) ? await search.SuggestAsync(code, 8, cancellationToken) : [];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Total = matches.Count;
        Entries = await cache.LoadEntriesAsync(db, matches.Take(MaxListed).Select(m => m.Id).ToList(), Request.BaseUrl(), cancellationToken);
        if (Total > Entries.Count)
        {
            Vendors = matches.GroupBy(m => m.Vendor, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToList();
        }
        return Page();
    }
}
