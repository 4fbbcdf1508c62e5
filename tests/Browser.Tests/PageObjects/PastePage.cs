using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

/// <summary><c>/paste</c>: paste a log or an error response, get each code it holds explained.</summary>
public sealed class PastePage(IPage page)
{
    public ILocator Text => page.GetByLabel("Log line or error response");

    public ILocator Matches => page.Locator(".match-list > .match");

    public ILocator EntryLinks => page.Locator(".match-entries a");

    public async Task<PastePage> OpenAsync()
    {
        await page.GotoAsync("/paste");
        return this;
    }

    public async Task SubmitAsync(string text)
    {
        await Text.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find error codes" }).ClickAsync();
        await page.Locator("#paste-result-heading").WaitForAsync();
    }
}
