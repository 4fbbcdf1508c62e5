using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

public sealed class HomePage(IPage page)
{
    public ILocator SearchBox => page.GetByLabel("Search for a code, a message or a few words");

    public SiteHeader Header { get; } = new(page);

    public async Task<HomePage> OpenAsync()
    {
        await page.GotoAsync("/");
        return this;
    }

    public async Task<SearchResultsPage> SearchAsync(string text)
    {
        await SearchBox.FillAsync(text);
        await SearchBox.PressAsync("Enter");
        await SearchResultsPage.WaitForQueryAsync(page, text);
        return new SearchResultsPage(page);
    }
}
