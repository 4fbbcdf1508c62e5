using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

/// <summary>An entry or article page, with its "Did this help?" form.</summary>
public sealed class EntryPage(IPage page)
{
    public ILocator Code => page.Locator("#entry-code");

    public ILocator Feedback => page.Locator("#feedback");

    public ILocator FeedbackComment => page.GetByLabel("Tell us more (optional)");

    public ILocator Thanks => Feedback.Locator(".thanks").Filter(new() { HasText = "Thank you" });

    public async Task AnswerAsync(bool helpful, string? comment = null)
    {
        if (comment is not null)
        {
            await FeedbackComment.FillAsync(comment);
        }
        await Feedback.GetByRole(AriaRole.Button, new() { Name = helpful ? "Yes" : "No", Exact = true }).ClickAsync();
    }
}
