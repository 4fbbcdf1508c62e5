using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages.Codes;

/// <summary><c>/codes/{vendor}/{code}</c>: a code named without its service; unique → 301, else the services that have it.</summary>
public sealed class VendorCodeModel(KnowledgeBaseDbContext db, ICodeSearch search) : PageModel
{
    public string Vendor { get; private set; } = "";
    public string? VendorName { get; private set; }
    public string Code { get; private set; } = "";
    public IReadOnlyList<CodeMatch> Matches { get; private set; } = [];
    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string vendor, string code, CancellationToken cancellationToken)
    {
        code = EntryUrls.CodeFromPath(code);
        Vendor = vendor;
        Code = code;
        VendorName = await db.Vendors.AsNoTracking().Where(v => v.Slug == vendor.ToLowerInvariant()).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken);
        var matches = await CodeLookup.FindAsync(db, code, new LookupFilter(Vendor: vendor), cancellationToken);
        Matches = matches.Where(m => m.Kind is MatchKind.Exact or MatchKind.Alias).ToList();
        if (Matches.Count == 1)
        {
            var match = Matches[0];
            return RedirectPermanent(EntryUrls.Page(match.Vendor, match.Service, match.Code));
        }
        if (Matches.Count == 0)
        {
            Suggestions = await search.SuggestAsync(code, 8, cancellationToken);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
