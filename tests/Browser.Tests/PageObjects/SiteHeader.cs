using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

/// <summary>The header every page has: the search box with instant results.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator SearchBox => page.Locator("#site-search");

    public ILocator Suggestions => page.Locator("#site-search + [role=listbox]");

    public ILocator Options => Suggestions.GetByRole(AriaRole.Option);

    public ILocator ActiveOption => Suggestions.Locator("[role=option][aria-selected=true]");

    public async Task TypeAsync(string text)
    {
        await SearchBox.ClickAsync();
        await SearchBox.PressSequentiallyAsync(text, new LocatorPressSequentiallyOptions { Delay = 30 });
    }
}
