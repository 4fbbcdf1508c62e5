using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests.PageObjects;

/// <summary>The header every page has: the search box with instant results.</summary>
public sealed class SiteHeader(IPage page)
{
    public ILocator SearchBox => page.Locator("#site-search");

    public ILocator Suggestions => page.Locator("#site-search + [role=listbox]");

    public ILocator Options => Suggestions.GetByRole(AriaRole.Option);

    public ILocator ActiveOption => Suggestions.Locator("[role=option][aria-selected=true]");

    /// <summary>The code or title of the chosen option, without the vendor and status shown under it.</summary>
    public ILocator ActiveOptionTitle => ActiveOption.Locator(".instant-title");

    public async Task TypeAsync(string text)
    {
        await SearchBox.ClickAsync();
        await SearchBox.PressSequentiallyAsync(text, new LocatorPressSequentiallyOptions { Delay = 30 });
    }
}
