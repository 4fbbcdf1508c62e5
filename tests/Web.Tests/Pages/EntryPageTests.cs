using System.Net;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class EntryPageTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Fact]
    public async Task Entry_page_shows_everything_about_the_code()
    {
        var response = await app.GetPageAsync("/codes/aws/ec2/RequestLimitExceeded");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"entry-code\"><code>RequestLimitExceeded</code></h1>", html);
        Assert.Contains("Amazon Web Services · Amazon EC2", html);
        Assert.Contains("href=\"/status/503\"", html);
        Assert.Contains("Request limit exceeded.", html);
        Assert.Contains("throttling", html);
        Assert.Contains("Retryable", html);
        Assert.Contains("Back off <strong>exponentially</strong>", html);
        Assert.Contains("The account sent more EC2 API requests", html);
        Assert.Contains("<strong>exponential backoff</strong>", html);
        Assert.Contains("href=\"/codes/http/status/429\"", html);
        Assert.Contains("Handling throttling", html);
        Assert.Contains("href=\"https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html\"", html);
        Assert.Contains("2026-11-23", html);
        Assert.Contains("data-copy=\"http://localhost/codes/aws/ec2/RequestLimitExceeded\"", html);
        Assert.Contains("href=\"http://localhost/api/v1/codes/aws/ec2/RequestLimitExceeded\"", html);
        Assert.Contains("Did this help?", html);
    }

    [Fact]
    public async Task Unsafe_links_in_the_fix_are_rendered_as_text()
    {
        var html = await (await app.GetPageAsync("/codes/aws/ec2/RequestLimitExceeded")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("a bad link", html);
        Assert.Contains("href=\"/articles/handling-throttling\"", html);
    }

    [Fact]
    public async Task Aliases_are_listed_on_the_entry()
    {
        var html = await (await app.GetPageAsync("/codes/aws/ecr/ThrottlingException")).Content.ReadAsStringAsync();

        Assert.Contains("<code>TOOMANYREQUESTS</code>", html);
    }

    [Theory]
    [InlineData("/codes/AWS/EC2/requestlimitexceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/codes/aws/ec2/REQUESTLIMITEXCEEDED", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/codes/aws/ec2/Client.UnauthorizedOperation", "/codes/aws/ec2/UnauthorizedOperation")]
    [InlineData("/codes/aws/ecr/TOOMANYREQUESTS", "/codes/aws/ecr/ThrottlingException")]
    [InlineData("/codes/aws/ec2/invalidinstanceid.notfound?thanks=true", "/codes/aws/ec2/InvalidInstanceID.NotFound?thanks=true")]
    public async Task A_differently_spelled_url_redirects_permanently_to_the_canonical_one(string path, string canonical)
    {
        var response = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_member_of_a_family_links_to_the_family_entry()
    {
        await using (var db = app.CreateContext())
        {
            var ec2 = await db.Services.AsTracking().SingleAsync(s => s.Slug == "ec2");
            db.ErrorCodes.Add(KnowledgeBase.TestSupport.Seed.Entry(ec2, "MissingParameter.ImageId", 400));
            await db.SaveChangesAsync();
        }

        var html = await (await app.GetPageAsync("/codes/aws/ec2/MissingParameter.ImageId")).Content.ReadAsStringAsync();

        Assert.Contains("Part of the <a href=\"/codes/aws/ec2/MissingParameter\"><code>MissingParameter</code></a> family.", html);
    }

    [Fact]
    public async Task An_unknown_member_of_a_known_family_shows_the_family_entry_with_a_note()
    {
        var response = await app.GetPageAsync("/codes/aws/ec2/MissingParameter.Foo");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code>MissingParameter.Foo</code> has no entry of its own.", html);
        Assert.Contains("<h1 id=\"entry-code\"><code>MissingParameter</code></h1>", html);
    }

    [Fact]
    public async Task An_unknown_code_is_404_with_suggestions_and_a_search_link()
    {
        var response = await app.GetPageAsync("/codes/aws/ec2/RequestLimitExeeded");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No entry for <code>RequestLimitExeeded</code>", html);
        Assert.Contains("Did you mean", html);
        Assert.Contains("RequestLimitExceeded", html.Replace("RequestLimitExeeded", ""));
        Assert.Contains("href=\"/search?q=RequestLimitExeeded\"", html);
    }

    [Fact]
    public async Task A_code_named_without_its_service_redirects_when_it_is_unique_in_the_vendor()
    {
        var response = await app.GetPageAsync("/codes/aws/requestlimitexceeded");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/codes/aws/ec2/RequestLimitExceeded", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_code_named_in_another_service_of_its_vendor_redirects_to_where_it_is()
    {
        // Entries move between a vendor's services when content is reorganised; their old addresses stay in logs.
        var response = await app.GetPageAsync("/codes/aws/ecr/RequestLimitExceeded");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/codes/aws/ec2/RequestLimitExceeded", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_code_named_in_the_wrong_service_is_404_when_several_services_of_the_vendor_have_it()
    {
        var response = await app.GetPageAsync("/codes/aws/ec2/ThrottlingException");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_code_named_without_its_service_lists_the_services_when_several_have_it()
    {
        var response = await app.GetPageAsync("/codes/aws/ThrottlingException");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/codes/aws/ecr/ThrottlingException\"", html);
        Assert.Contains("href=\"/codes/aws/sts/ThrottlingException\"", html);
    }

    [Fact]
    public async Task A_code_named_without_its_service_that_the_vendor_lacks_is_404()
    {
        var response = await app.GetPageAsync("/codes/alibaba-cloud/RequestLimitExceeded");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Look it up in every vendor", await response.Content.ReadAsStringAsync());
    }
}
