using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeBase.Browser.Tests.PageObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.Browser.Tests;

public sealed class SiteBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private Task RunAsync(Func<IPage, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string name = "") =>
        site.RunAsync(name, test, options);

    [Fact]
    public Task Searching_from_the_home_page_shows_the_entry_first() => RunAsync(async page =>
    {
        var home = await new HomePage(page).OpenAsync();
        await Expect(home.SearchBox).ToBeFocusedAsync();

        var results = await home.SearchAsync("RequestLimitExceeded");

        await Expect(results.ResultLinks.First).ToHaveAttributeAsync("href", "/codes/aws/ec2/RequestLimitExceeded");
    });

    [Fact]
    public Task Instant_search_is_driven_by_the_keyboard() => RunAsync(async page =>
    {
        await page.GotoAsync("/vendors");
        await page.Keyboard.PressAsync("/");
        var header = new SiteHeader(page);
        await Expect(header.SearchBox).ToBeFocusedAsync();

        await header.TypeAsync("RequestLimitExceeded");
        await Expect(header.Suggestions).ToBeVisibleAsync();
        await Expect(header.SearchBox).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(header.Options.First).ToContainTextAsync("RequestLimitExceeded");

        await page.Keyboard.PressAsync("Escape");
        await Expect(header.Suggestions).ToBeHiddenAsync();
        await Expect(header.SearchBox).ToHaveAttributeAsync("aria-expanded", "false");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(header.Suggestions).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(header.ActiveOptionTitle).ToHaveTextAsync("RequestLimitExceeded");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/codes/aws/ec2/RequestLimitExceeded$"));
        await Expect(new EntryPage(page).Code).ToHaveTextAsync("RequestLimitExceeded");
    });

    [Fact]
    public Task Escape_keeps_the_results_closed_when_a_search_was_still_on_its_way() => RunAsync(async page =>
    {
        await page.GotoAsync("/vendors");
        var header = new SiteHeader(page);
        await header.TypeAsync("RequestLimit");
        await Expect(header.Suggestions).ToBeVisibleAsync();
        // The search for the rest of the word takes its time, and the list is closed before it comes back.
        await page.RouteAsync("**/api/v1/search?q=RequestLimitExceeded*", async route =>
        {
            await Task.Delay(700);
            await route.ContinueAsync();
        });
        var settled = new TaskCompletionSource();
        page.RequestFinished += (_, request) => { if (request.Url.Contains("RequestLimitExceeded")) settled.TrySetResult(); };
        page.RequestFailed += (_, request) => { if (request.Url.Contains("RequestLimitExceeded")) settled.TrySetResult(); };
        var searching = page.WaitForRequestAsync("**/api/v1/search?q=RequestLimitExceeded*");

        await header.SearchBox.PressSequentiallyAsync("Exceeded");
        await searching;
        await page.Keyboard.PressAsync("Escape");
        await settled.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await page.WaitForTimeoutAsync(300);

        await Expect(header.Suggestions).ToBeHiddenAsync();
        await Expect(header.SearchBox).ToHaveAttributeAsync("aria-expanded", "false");
    });

    [Fact]
    public Task A_deep_link_redirects_to_the_canonical_page() => RunAsync(async page =>
    {
        await new DeepLinkPage(page).OpenAsync("TOOMANYREQUESTS");

        Assert.EndsWith("/codes/aws/ecr/ThrottlingException", page.Url);
        await Expect(new EntryPage(page).Code).ToHaveTextAsync("ThrottlingException");
    });

    [Fact]
    public Task A_code_several_vendors_use_lists_each_to_choose_from() => RunAsync(async page =>
    {
        var deepLink = new DeepLinkPage(page);
        await deepLink.OpenAsync("InvalidInstanceId.NotFound");

        await Expect(deepLink.Choices).ToHaveCountAsync(2);
        await Expect(deepLink.Choices.Nth(0)).ToContainTextAsync("Alibaba Cloud");
        await Expect(deepLink.Choices.Nth(1)).ToContainTextAsync("Amazon Web Services");

        await deepLink.Choices.Nth(1).Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/codes/aws/ec2/InvalidInstanceID\\.NotFound$"));
        await Expect(new EntryPage(page).Code).ToHaveTextAsync("InvalidInstanceID.NotFound");
    });

    [Fact]
    public Task An_unknown_code_is_404_with_the_search_box_filled_in() => RunAsync(async page =>
    {
        var deepLink = new DeepLinkPage(page);
        var response = await deepLink.OpenAsync("RequestLimitExeeded");

        Assert.Equal(404, response?.Status);
        await Expect(deepLink.Heading).ToContainTextAsync("No entry for");
        await Expect(deepLink.SearchBox).ToHaveValueAsync("RequestLimitExeeded");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Search for “RequestLimitExeeded”" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Feedback_is_thanked_without_a_reload() => RunAsync(async page =>
    {
        await page.GotoAsync("/articles/handling-throttling");
        var entry = new EntryPage(page);
        var marker = await page.EvaluateAsync<string>("() => { window.kbNoReload = 'still here'; return window.kbNoReload; }");

        await entry.AnswerAsync(helpful: true, comment: "Clear, thank you.");

        await Expect(entry.Thanks).ToBeVisibleAsync();
        Assert.Equal(marker, await page.EvaluateAsync<string>("() => window.kbNoReload"));
        await using var db = site.CreateContext();
        Assert.True(await db.Feedback.AnyAsync(f => f.Comment == "Clear, thank you." && f.Helpful));
    });

    [Fact]
    public Task Dark_mode_follows_the_system_colour_scheme() => RunAsync(async page =>
    {
        await page.GotoAsync("/vendors");

        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var text = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color");

        Assert.Equal("rgb(13, 17, 23)", background);
        Assert.Equal("rgb(230, 237, 243)", text);
    }, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });

    [Fact]
    public Task The_search_form_works_without_javascript() => RunAsync(async page =>
    {
        var home = await new HomePage(page).OpenAsync();

        var results = await home.SearchAsync("TOOMANYREQUESTS");
        await Expect(results.ResultLinks.First).ToHaveAttributeAsync("href", "/codes/aws/ecr/ThrottlingException");

        await results.SubmitAsync("signature does not match");
        await Expect(results.ResultLinks.First).ToHaveAttributeAsync("href", new Regex("SignatureDoesNotMatch"));
        await Expect(home.Header.Suggestions).ToHaveCountAsync(0);
    }, new BrowserNewContextOptions { JavaScriptEnabled = false });

    [Fact]
    public Task The_page_is_usable_at_360_pixels_without_horizontal_scrolling() => RunAsync(async page =>
    {
        await page.GotoAsync("/codes/aws/ec2/RequestLimitExceeded");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.False(overflow);
        await Expect(new EntryPage(page).Code).ToBeVisibleAsync();
    }, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
    [Fact]
    public Task Feedback_without_javascript_posts_and_comes_back_thanked() => RunAsync(async page =>
    {
        await page.GotoAsync("/codes/aws/ec2/RequestLimitExceeded");
        var entry = new EntryPage(page);

        await entry.AnswerAsync(helpful: false, comment: "Needs a CLI example.");

        await Expect(page).ToHaveURLAsync(new Regex("/codes/aws/ec2/RequestLimitExceeded\\?thanks=true#feedback$"));
        await Expect(entry.Thanks).ToBeVisibleAsync();
    }, new BrowserNewContextOptions { JavaScriptEnabled = false });

    [Fact]
    public Task The_slash_shortcut_is_ignored_while_typing_in_a_field() => RunAsync(async page =>
    {
        await page.GotoAsync("/articles/handling-throttling");
        var entry = new EntryPage(page);

        await entry.FeedbackComment.ClickAsync();
        await page.Keyboard.TypeAsync("a/b");

        await Expect(entry.FeedbackComment).ToHaveValueAsync("a/b");
        await Expect(entry.FeedbackComment).ToBeFocusedAsync();
    });

    [Fact]
    public Task The_copy_button_puts_the_permalink_on_the_clipboard() => RunAsync(async page =>
    {
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/codes/aws/ec2/RequestLimitExceeded");
        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy link" });

        await copy.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal(site.BaseUrl + "/codes/aws/ec2/RequestLimitExceeded", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    });
    [Fact]
    public Task Pasting_a_log_line_links_each_code_to_its_entry() => RunAsync(async page =>
    {
        var paste = await new PastePage(page).OpenAsync();

        await paste.SubmitAsync(
            "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-1234567890abcdef0' does not exist");

        await Expect(paste.Matches.First).ToContainTextAsync("InvalidInstanceID.NotFound");
        await Expect(paste.EntryLinks.Filter(new() { HasText = "InvalidInstanceID.NotFound" }).First)
            .ToHaveAttributeAsync("href", "/codes/aws/ec2/InvalidInstanceID.NotFound");
    });
}
