using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages.Codes;

/// <summary>The canonical page of one entry: <c>/codes/aws/ec2/RequestLimitExceeded</c>.</summary>
public sealed class EntryModel(KnowledgeBaseDbContext db, ICodeSearch search) : PageModel
{
    public long EntryId { get; private set; }

    public EntryDto? Entry { get; private set; }

    /// <summary>Set when the code asked for is an unknown member of a family and the family's entry stands in for it.</summary>
    public string? RequestedMember { get; private set; }

    /// <summary>The family entry this entry belongs to, when there is one in the same service.</summary>
    public RelatedDto? FamilyEntry { get; private set; }

    public string Requested { get; private set; } = "";

    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string vendor, string service, string code, bool thanks, CancellationToken cancellationToken)
    {
        Requested = code;
        Thanked = thanks;
        var entries = db.ErrorCodes.AsNoTracking()
            .Where(e => e.Service.Vendor.Slug == vendor.ToLowerInvariant() && e.Service.Slug == service.ToLowerInvariant());

        var key = CodeKey.Normalize(code);
        var found = CodeKey.IsPlausible(code)
            ? await entries.Where(e => e.CodeKey == key).Select(e => new { e.Id, Vendor = e.Service.Vendor.Slug, Service = e.Service.Slug, e.Code }).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (found is not null)
        {
            var canonical = EntryUrls.Page(found.Vendor, found.Service, found.Code);
            // Request.Path is already unescaped; a differently-cased (or prefixed) spelling moves to the one canonical URL.
            if (!string.Equals(Request.Path.Value, Uri.UnescapeDataString(canonical), StringComparison.Ordinal))
            {
                return RedirectPermanent(canonical + Request.QueryString);
            }
            return await ShowAsync(found.Id, cancellationToken);
        }

        if (CodeKey.IsPlausible(code) && CodeKey.FamilyOf(code) is { } family)
        {
            var familyId = await entries.Where(e => e.CodeKey == family).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
            if (familyId is long id)
            {
                RequestedMember = code;
                return await ShowAsync(id, cancellationToken);
            }
        }

        Suggestions = CodeKey.IsPlausible(code) ? await search.SuggestAsync(code, 8, cancellationToken) : [];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        EntryId = id;
        Entry = (await EntryReader.LoadAsync(db, [id], Request.BaseUrl(), cancellationToken)).Single();
        if (Entry.Family is { } familyKey && RequestedMember is null)
        {
            FamilyEntry = await db.ErrorCodes.AsNoTracking()
                .Where(e => e.CodeKey == familyKey && e.Service.Slug == Entry.Service && e.Service.Vendor.Slug == Entry.Vendor)
                .Select(e => new RelatedDto(e.Service.Vendor.Slug, e.Service.Slug, e.Code, e.Title, e.HttpStatus, ""))
                .FirstOrDefaultAsync(cancellationToken);
        }
        return Page();
    }
}
