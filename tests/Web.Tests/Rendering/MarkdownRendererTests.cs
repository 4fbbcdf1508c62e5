using KnowledgeBase.Web.Rendering;

namespace KnowledgeBase.Web.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    private string Render(string markdown) => renderer.Render(markdown).Value ?? "";

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](JaVaScRiPt:alert(1))")]
    [InlineData("[a](javascript&#58;alert(1))")]
    [InlineData("[a](java\tscript:alert(1))")]
    [InlineData("[a](%20javascript:alert(1))")]
    [InlineData("[a][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("[a](vbscript:msgbox(1))")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](data:image/svg+xml,<svg onload=alert(1)>)")]
    [InlineData("[a](file:///etc/passwd)")]
    public void Links_and_images_with_unsafe_schemes_are_rendered_as_plain_text(string markdown)
    {
        var html = Render(markdown);

        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void The_words_of_an_unsafe_link_are_kept()
    {
        var html = Render("Click [the docs](javascript:alert(1)) now");

        Assert.Contains("Click the docs now", html);
    }

    [Theory]
    [InlineData("[a](https://example.com/x)", "href=\"https://example.com/x\"")]
    [InlineData("[a](http://example.com)", "href=\"http://example.com\"")]
    [InlineData("[a](mailto:team@example.com)", "href=\"mailto:team@example.com\"")]
    [InlineData("[a](/codes/aws/ec2/RequestLimitExceeded)", "href=\"/codes/aws/ec2/RequestLimitExceeded\"")]
    [InlineData("[a](../other)", "href=\"../other\"")]
    [InlineData("[a](#why-it-happens)", "href=\"#why-it-happens\"")]
    [InlineData("<https://example.com>", "href=\"https://example.com\"")]
    [InlineData("![diagram](/images/flow.png)", "src=\"/images/flow.png\"")]
    public void Allowed_urls_stay_links(string markdown, string expected)
    {
        Assert.Contains(expected, Render(markdown));
    }

    [Fact]
    public void Raw_html_is_escaped()
    {
        var html = Render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Generic_attributes_are_not_enabled_so_a_heading_cannot_carry_an_event_handler()
    {
        var html = Render("# Heading {onclick=\"alert(1)\"}");

        Assert.DoesNotContain("onclick=\"", html);
    }

    [Fact]
    public void Headings_get_prefixed_github_style_anchors()
    {
        var html = Render("## Why it happens");

        Assert.Contains("<h2 id=\"md-why-it-happens\">", html);
    }

    [Fact]
    public void Pipe_tables_and_strikethrough_are_rendered()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~");

        Assert.Contains("<table>", html);
        Assert.Contains("<del>old</del>", html);
    }

    [Fact]
    public void Too_deeply_nested_input_gives_a_clear_message_instead_of_an_exception()
    {
        var html = Render(new string('>', 5000) + " deep" + "\n" + string.Concat(Enumerable.Repeat("[", 20000)));

        Assert.Contains(MarkdownRenderer.TooDeeplyNestedMessage.Split(':')[0], html);
    }

    [Fact]
    public void Empty_input_renders_nothing()
    {
        Assert.Equal("", Render("   "));
    }
}
