using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages.Articles;

/// <summary><c>/articles/{slug}</c>: a guide that covers several codes.</summary>
public sealed class ArticleModel(KnowledgeBaseDbContext db) : PageModel
{
    public ArticleView? Article { get; private set; }
    public bool Thanked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool thanks, CancellationToken cancellationToken)
    {
        Thanked = thanks;
        Article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug.ToLowerInvariant())
            .Select(a => new ArticleView(a.Id, a.Slug, a.Title, a.Summary, a.Body, a.Updated, a.SourceTitle, a.SourceUrl,
                a.Codes.OrderBy(c => c.ErrorCode.Service.Vendor.Slug).ThenBy(c => c.ErrorCode.Code)
                    .Select(c => new RelatedDto(c.ErrorCode.Service.Vendor.Slug, c.ErrorCode.Service.Slug, c.ErrorCode.Code,
                        c.ErrorCode.Title, c.ErrorCode.HttpStatus, ""))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (Article is null)
        {
            return NotFound();
        }
        if (Article.Slug != slug)
        {
            return RedirectPermanent(EntryUrls.Article(Article.Slug));
        }
        return Page();
    }

    public sealed record ArticleView(
        long Id, string Slug, string Title, string Summary, string Body, DateOnly? Updated, string? SourceTitle, string? SourceUrl,
        IReadOnlyList<RelatedDto> Codes);
}
