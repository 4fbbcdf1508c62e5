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
    /// Waits for the address of this query's results, by polling it. WaitForURLAsync compares the address first and
    /// subscribes to navigations after: on a loaded CI machine a navigation that committed in between was missed, and
    /// it waited 30 s for a page already shown. The assertions that follow wait for the content.
    /// </summary>
    public static async Task WaitForQueryAsync(IPage page, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!IsQuery(page.Url, text))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited 30 s for the results of \"{text}\"; the address stayed {page.Url}.");
            }
            await Task.Delay(50);
        }
    }

    private static bool IsQuery(string url, string text) =>
        url.Contains("/search?", StringComparison.Ordinal) && System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["q"] == text;
}
