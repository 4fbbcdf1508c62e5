using KnowledgeBase.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages;

public sealed class IndexModel(KnowledgeBaseDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> ExampleSearches =
        ["RequestLimitExceeded", "429", "TOOMANYREQUESTS: Rate exceeded", "instance id not found", "status:403 vendor:aws"];

    public int Entries { get; private set; }

    public IReadOnlyList<VendorCount> Vendors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Vendors = await db.Vendors.AsNoTracking()
            .OrderBy(v => v.Name)
            .Select(v => new VendorCount(v.Slug, v.Name, v.Services.Sum(s => s.Codes.Count)))
            .ToListAsync(cancellationToken);
        Entries = Vendors.Sum(v => v.Entries);
    }

    public sealed record VendorCount(string Slug, string Name, int Entries);
}
