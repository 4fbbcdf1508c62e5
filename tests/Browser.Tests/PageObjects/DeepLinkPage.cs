using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

/// <summary><c>/e/{code}</c>: a redirect, a list of entries to choose from, or "not found".</summary>
public sealed class DeepLinkPage(IPage page)
{
    public ILocator Heading => page.Locator("main h1");

    public ILocator Choices => page.Locator(".disambiguation > li");

    public ILocator Suggestions => page.Locator(".suggestions li a");

    public ILocator SearchBox => page.GetByLabel("Search the knowledge base");

    public async Task<IResponse?> OpenAsync(string code) => await page.GotoAsync("/e/" + Uri.EscapeDataString(code));
}
