using KnowledgeBase.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages.Vendors;

public sealed class IndexModel(KnowledgeBaseDbContext db) : PageModel
{
    public IReadOnlyList<VendorSummary> Vendors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Vendors = await db.Vendors.AsNoTracking()
            .OrderBy(v => v.Name)
            .Select(v => new VendorSummary(v.Slug, v.Name,
                v.Services.OrderBy(s => s.Name).Select(s => new ServiceSummary(s.Slug, s.Name, s.Codes.Count)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record VendorSummary(string Slug, string Name, IReadOnlyList<ServiceSummary> Services);

    public sealed record ServiceSummary(string Slug, string Name, int Entries);
}
