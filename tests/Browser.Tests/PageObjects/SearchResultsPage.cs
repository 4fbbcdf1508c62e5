using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

public sealed class SearchResultsPage(IPage page)
{
    public ILocator Heading => page.Locator("#results-title");

    public ILocator ResultLinks => page.Locator(".result-list .result-title");

    public ILocator SearchBox => page.Locator("#search-page-box");

    public async Task<SearchResultsPage> SubmitAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync("**/search?q=*");
        return this;
    }
}
