using KnowledgeBase.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages.Vendors;

/// <summary><c>/vendors/{vendor}</c>: every service of a vendor with its codes.</summary>
public sealed class VendorModel(KnowledgeBaseDbContext db) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<ServiceCodes> Services { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string vendor, CancellationToken cancellationToken)
    {
        var found = await db.Vendors.AsNoTracking()
            .Where(v => v.Slug == vendor.ToLowerInvariant())
            .Select(v => new { v.Slug, v.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        if (found.Slug != vendor)
        {
            return RedirectPermanent($"/vendors/{found.Slug}");
        }
        Slug = found.Slug;
        Name = found.Name;
        Services = await db.Services.AsNoTracking()
            .Where(s => s.Vendor.Slug == found.Slug)
            .OrderBy(s => s.Name)
            .Select(s => new ServiceCodes(s.Slug, s.Name,
                s.Codes.OrderBy(c => c.Code).Select(c => new CodeRow(c.Code, c.HttpStatus, c.Title)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record ServiceCodes(string Slug, string Name, IReadOnlyList<CodeRow> Codes);

    public sealed record CodeRow(string Code, int? HttpStatus, string? Title);
}
