using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBase.Web.Pages.Codes;

/// <summary>The canonical page of one entry: <c>/codes/aws/ec2/RequestLimitExceeded</c>.</summary>
public sealed class EntryModel(KnowledgeBaseDbContext db, ContentCache cache, ICodeSearch search) : PageModel
{
    public long EntryId { get; private set; }

    public EntryDto? Entry { get; private set; }

    /// <summary>Set when the code asked for is an unknown member of a family and the family's entry stands in for it.</summary>
    public string? RequestedMember { get; private set; }

    /// <summary>The family entry this entry belongs to, when there is one in the same service.</summary>
    public EntryDto? FamilyEntry { get; private set; }

    public string Requested { get; private set; } = "";

    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string vendor, string service, string code, bool thanks, CancellationToken cancellationToken)
    {
        code = EntryUrls.CodeFromPath(code);
        Requested = code;
        Thanked = thanks;

        if (await CodesApi.FindIdAsync(db, cache, vendor, service, code, cancellationToken) is long id)
        {
            return await ShowCanonicalAsync(id, cancellationToken);
        }

        if (CodeKey.IsPlausible(code) && CodeKey.FamilyOf(code) is { } family
            && await CodesApi.FindIdAsync(db, cache, vendor, service, family, cancellationToken) is long familyId)
        {
            RequestedMember = code;
            await ShowAsync(familyId, cancellationToken);
            return Page();
        }

        if (await CodesApi.FindMovedIdAsync(db, cache, vendor, code, cancellationToken) is long movedId)
        {
            return await ShowCanonicalAsync(movedId, cancellationToken);
        }

        Suggestions = CodeKey.IsPlausible(code) ? await search.SuggestAsync(code, 8, cancellationToken) : [];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<IActionResult> ShowCanonicalAsync(long id, CancellationToken cancellationToken)
    {
        await ShowAsync(id, cancellationToken);
        var canonical = EntryUrls.Page(Entry!.Vendor, Entry.Service, Entry.Code);
        // Request.Path is already unescaped, but for slashes; another case, a prefix, an alias or an old service moves to the one canonical URL.
        if (!string.Equals(EntryUrls.CodeFromPath(Request.Path.Value ?? ""), Uri.UnescapeDataString(canonical), StringComparison.Ordinal))
        {
            return RedirectPermanent(canonical + Request.QueryString);
        }
        return Page();
    }

    private async Task ShowAsync(long id, CancellationToken cancellationToken)
    {
        EntryId = id;
        Entry = (await cache.LoadEntriesAsync(db, [id], Request.BaseUrl(), cancellationToken)).Single();
        if (Entry.Family is { } familyKey && RequestedMember is null
            && await CodesApi.FindIdAsync(db, cache, Entry.Vendor, Entry.Service, familyKey, cancellationToken) is long familyId)
        {
            FamilyEntry = (await cache.LoadEntriesAsync(db, [familyId], Request.BaseUrl(), cancellationToken)).SingleOrDefault();
        }
    }
}
