using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace KnowledgeBase.Browser.Tests;

public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    // Contrast ratio (WCAG 2) of each element's text against the first opaque background behind it.
    private const string LowContrastScript = """
        (selectors) => {
          const parse = (c) => c.match(/[\d.]+/g).map(Number);
          const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.length < 4 || c[3] > 0) return c;
            }
            return [255, 255, 255];
          };
          const failures = [];
          for (const selector of selectors) {
            for (const el of document.querySelectorAll(selector)) {
              const fg = luminance(parse(getComputedStyle(el).color));
              const bg = luminance(background(el));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              if (ratio < 4.5) failures.push(selector + ": " + ratio.toFixed(2));
            }
          }
          return failures;
        }
        """;

    private static readonly string[] TextSelectors = ["body", "main a", "header a", ".count", ".hint", "button", "kbd", ".badge", "input", "label", ".site-footer", "mark", ".muted", ".result-where", ".note", ".retry-verdict"];

    private Task RunAsync(Func<IPage, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string name = "") =>
        site.RunAsync(name, test, options);

    [Theory]
    [InlineData(ColorScheme.Light, "/")]
    [InlineData(ColorScheme.Dark, "/")]
    [InlineData(ColorScheme.Light, "/articles/handling-throttling")]
    [InlineData(ColorScheme.Dark, "/articles/handling-throttling")]
    [InlineData(ColorScheme.Light, "/vendors/aws")]
    [InlineData(ColorScheme.Dark, "/vendors/aws")]
    [InlineData(ColorScheme.Light, "/search?q=throttling")]
    [InlineData(ColorScheme.Dark, "/search?q=throttling")]
    [InlineData(ColorScheme.Light, "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData(ColorScheme.Dark, "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData(ColorScheme.Dark, "/paste")]
    public Task Text_contrast_passes_wcag_aa(ColorScheme scheme, string path) => RunAsync(async page =>
    {
        await page.GotoAsync(path);

        var failures = await page.EvaluateAsync<string[]>(LowContrastScript, TextSelectors);

        Assert.Empty(failures);
    }, new BrowserNewContextOptions { ColorScheme = scheme }, $"Text_contrast_{scheme}_{path.Replace('/', '_').Replace('?', '_')}");

    [Fact]
    public Task Every_form_field_has_a_label_and_the_page_has_landmarks() => RunAsync(async page =>
    {
        await page.GotoAsync("/articles/handling-throttling");

        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.querySelectorAll("input:not([type=hidden]), textarea, select"))
              .filter(f => !(f.labels && f.labels.length) && !f.getAttribute("aria-label"))
              .map(f => f.name || f.id)
            """);

        Assert.Empty(unlabelled);
        Assert.Equal(1, await page.Locator("header").First.CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("footer.site-footer").CountAsync());
        Assert.True(await page.Locator("[role=search]").CountAsync() >= 1);
    });

    [Fact]
    public Task Keyboard_focus_is_visible() => RunAsync(async page =>
    {
        await page.GotoAsync("/vendors");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");

        Assert.Equal("solid", outline);
    });
}
