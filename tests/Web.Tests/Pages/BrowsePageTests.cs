using System.Net;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class BrowsePageTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Fact]
    public async Task Home_page_has_a_focused_search_box_the_shortcut_hint_vendors_and_examples()
    {
        var response = await app.GetPageAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"home-search\"", html);
        Assert.Contains("autofocus", html);
        Assert.Contains("<kbd>/</kbd>", html);
        Assert.Contains("href=\"/vendors/aws\"", html);
        Assert.Contains("8 codes", html);
        Assert.Contains("/search?q=RequestLimitExceeded", html);
    }

    [Fact]
    public async Task Pages_link_fingerprinted_static_assets_and_no_inline_script()
    {
        var html = await (await app.GetPageAsync("/")).Content.ReadAsStringAsync();

        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/site[^\"]*\\.css", html);
        Assert.Matches("src=\"/js/site[^\"]*\\.js(\\?v=[^\"]+)?\"", html);
        Assert.Matches("/js/site\\.[a-z0-9]+\\.js|/js/site\\.js\\?v=", html);
        Assert.DoesNotMatch("<script>", html);
        Assert.DoesNotContain(" onclick=", html);
    }

    [Fact]
    public async Task Vendors_page_lists_vendors_and_services_with_counts()
    {
        var html = await (await app.GetPageAsync("/vendors")).Content.ReadAsStringAsync();

        Assert.Contains("Amazon Web Services", html);
        Assert.Contains("Alibaba Cloud", html);
        Assert.Contains("href=\"/vendors/aws#service-ecr\"", html);
    }

    [Fact]
    public async Task Vendor_page_lists_its_services_and_codes()
    {
        var response = await app.GetPageAsync("/vendors/aws");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"service-ec2\"", html);
        Assert.Contains("href=\"/codes/aws/ec2/RequestLimitExceeded\"", html);
        Assert.Contains("href=\"/codes/aws/s3/SignatureDoesNotMatch\"", html);
    }

    [Fact]
    public async Task Vendor_page_in_another_case_redirects_permanently_and_unknown_vendor_is_404()
    {
        var moved = await app.GetPageAsync("/vendors/AWS");
        var missing = await app.GetPageAsync("/vendors/nope");

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/vendors/aws", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Status_page_lists_every_entry_with_that_status_with_the_http_entry_first()
    {
        var html = await (await app.GetPageAsync("/status/429")).Content.ReadAsStringAsync();

        var http = html.IndexOf("href=\"/codes/http/status/429\"", StringComparison.Ordinal);
        var ecr = html.IndexOf("href=\"/codes/aws/ecr/ThrottlingException\"", StringComparison.Ordinal);
        Assert.True(http > 0 && ecr > http, "the http/status entry comes first, then the ECR code");
        Assert.DoesNotContain("/codes/aws/sts/ThrottlingException", html);
    }

    [Fact]
    public async Task Status_page_for_an_impossible_status_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/status/999")).StatusCode);
    }

    [Fact]
    public async Task Article_page_renders_safe_markdown_with_anchors_and_lists_its_codes()
    {
        var response = await app.GetPageAsync("/articles/handling-throttling");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"md-why-it-happens\">", html);
        Assert.Contains("href=\"https://example.com/backoff\"", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("href=\"/codes/aws/ec2/RequestLimitExceeded\"", html);
        Assert.Contains("Did this help?", html);
    }

    [Fact]
    public async Task Unknown_article_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/articles/no-such-article")).StatusCode);
    }
}
