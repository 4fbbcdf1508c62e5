using KnowledgeBase.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages;

public sealed class IndexModel(KnowledgeBaseDbContext db) : PageModel
{
    public int Entries { get; private set; }
    public int Vendors { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await db.ErrorCodes.CountAsync(cancellationToken);
        Vendors = await db.Vendors.CountAsync(cancellationToken);
    }
}
