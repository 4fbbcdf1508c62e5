using KnowledgeBase.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages;

/// <summary><c>/status/{code}</c>: every entry that comes back with an HTTP status, the <c>http/status</c> entry first.</summary>
public sealed class StatusModel(KnowledgeBaseDbContext db) : PageModel
{
    private const int MaxListed = 500;

    public int Status { get; private set; }
    public IReadOnlyList<StatusRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int code, CancellationToken cancellationToken)
    {
        if (code is < 100 or > 599)
        {
            return NotFound();
        }
        Status = code;
        Rows = await db.ErrorCodes.AsNoTracking()
            .Where(e => e.HttpStatus == code || e.Variants.Any(v => v.HttpStatus == code))
            .OrderBy(e => e.Service.Vendor.Slug == "http" && e.Service.Slug == "status" ? 0 : 1)
            .ThenBy(e => e.Service.Vendor.Slug).ThenBy(e => e.Service.Slug).ThenBy(e => e.Code)
            .Select(e => new StatusRow(e.Service.Vendor.Slug, e.Service.Vendor.Name, e.Service.Slug, e.Service.Name, e.Code, e.Title,
                e.Variants.OrderBy(v => v.Position).Select(v => v.Message).FirstOrDefault()))
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record StatusRow(string Vendor, string VendorName, string Service, string ServiceName, string Code, string? Title, string? Message);
}
