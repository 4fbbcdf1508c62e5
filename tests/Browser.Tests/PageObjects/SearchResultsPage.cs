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
        await WaitForQueryAsync(page, text);
        return this;
    }

    /// <summary>
    /// Waits for the results of this query: the address already matches /search?q=… before the new one loads.
    /// Until the new document is committed, not until its load event: under a loaded CI machine Playwright once
    /// waited 30 s for a load event that had already fired. The assertions that follow wait for the content.
    /// </summary>
    public static Task WaitForQueryAsync(IPage page, string text) =>
        page.WaitForURLAsync(url => url.Contains("/search?", StringComparison.Ordinal)
            && System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["q"] == text,
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
}
