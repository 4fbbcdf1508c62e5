using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Pages;

/// <summary>
/// Stores a "Did this help?" answer. A script posts it with fetch and gets JSON back; a plain form post is
/// redirected back to the page it came from (POST-redirect-GET), which then thanks the reader.
/// </summary>
[EnableRateLimiting(RateLimiting.FeedbackPolicy)]
public sealed class FeedbackModel(KnowledgeBaseDbContext db, ILogger<FeedbackModel> logger) : PageModel
{
    public const int MaxCommentLength = 2000;

    public string Message { get; private set; } = "";

    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(long? entryId, long? articleId, bool? helpful, string? comment, CancellationToken cancellationToken)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        string? returnUrl = null;
        if (entryId is long entry && articleId is null)
        {
            returnUrl = await db.ErrorCodes.AsNoTracking().Where(e => e.Id == entry)
                .Select(e => EntryUrls.Page(e.Service.Vendor.Slug, e.Service.Slug, e.Code))
                .FirstOrDefaultAsync(cancellationToken);
        }
        else if (articleId is long article && entryId is null)
        {
            returnUrl = await db.Articles.AsNoTracking().Where(a => a.Id == article)
                .Select(a => EntryUrls.Article(a.Slug))
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (returnUrl is null || helpful is null || comment?.Length > MaxCommentLength)
        {
            Message = returnUrl is null ? "That page no longer exists."
                : helpful is null ? "Choose Yes or No."
                : $"The comment is too long: at most {MaxCommentLength} characters.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return WantsJson() ? new JsonResult(new { message = Message }) { StatusCode = 400 } : Page();
        }

        db.Feedback.Add(new Data.Model.Feedback
        {
            ErrorCodeId = entryId,
            ArticleId = articleId,
            Helpful = helpful.Value,
            Comment = comment,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Feedback {Helpful} stored for {Page}", helpful.Value, returnUrl);

        if (WantsJson())
        {
            return new JsonResult(new { message = "Thank you for your feedback." });
        }
        return Redirect(returnUrl + "?thanks=true#feedback");
    }

    private bool WantsJson() => Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase);
}
