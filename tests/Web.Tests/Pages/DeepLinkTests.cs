using System.Net;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class DeepLinkTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Theory]
    [InlineData("/e/RequestLimitExceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/e/requestlimitexceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/e/TOOMANYREQUESTS", "/codes/aws/ecr/ThrottlingException")]
    [InlineData("/e/Client.UnauthorizedOperation", "/codes/aws/ec2/UnauthorizedOperation")]
    [InlineData("/e/ThrottlingException?status=429", "/codes/aws/ecr/ThrottlingException")]
    [InlineData("/e/InvalidInstanceId.NotFound?vendor=aws", "/codes/aws/ec2/InvalidInstanceID.NotFound")]
    [InlineData("/e/MissingParameter.Foo", "/codes/aws/ec2/MissingParameter.Foo")]
    [InlineData("/e/aws/ec2/RequestLimitExceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/e/aws/RequestLimitExceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    [InlineData("/e/aws/sts/ThrottlingException", "/codes/aws/sts/ThrottlingException")]
    [InlineData("/e/aws/ecr/requestlimitexceeded", "/codes/aws/ec2/RequestLimitExceeded")]
    public async Task One_match_redirects_to_its_canonical_page(string path, string expected)
    {
        var response = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_code_several_vendors_use_lists_each_with_vendor_service_status_and_message()
    {
        var response = await app.GetPageAsync("/e/InvalidInstanceId.NotFound");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"/codes/alibaba-cloud/ecs/InvalidInstanceId.NotFound\"", html);
        Assert.Contains("href=\"/codes/aws/ec2/InvalidInstanceID.NotFound\"", html);
        Assert.Contains("Alibaba Cloud · Elastic Compute Service", html);
        Assert.Contains("href=\"/status/404\"", html);
        Assert.Contains("The specified InstanceId does not exist.", html);
    }

    [Fact]
    public async Task A_family_name_lists_the_family_and_its_members()
    {
        var html = await (await app.GetPageAsync("/e/InvalidParameter")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/codes/aws/ec2/InvalidParameter\"", html);
        Assert.Contains("href=\"/codes/alibaba-cloud/ecs/InvalidParameter.IsNull\"", html);
    }

    [Fact]
    public async Task An_unknown_code_is_404_with_did_you_mean_the_search_box_filled_and_a_search_link()
    {
        var response = await app.GetPageAsync("/e/RequestLimitExeeded");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Did you mean", html);
        Assert.Contains("/codes/aws/ec2/RequestLimitExceeded", html);
        Assert.Contains("id=\"page-search\" name=\"q\" type=\"search\" value=\"RequestLimitExeeded\"", html);
        Assert.Contains("href=\"/search?q=RequestLimitExeeded\"", html);
    }

    [Fact]
    public async Task A_code_behind_a_vendor_that_lacks_it_is_404()
    {
        var response = await app.GetPageAsync("/e/alibaba-cloud/ecs/RequestLimitExceeded");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_hostile_code_is_escaped_and_answered_with_404()
    {
        var response = await app.GetPageAsync("/e/" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
    }
}
