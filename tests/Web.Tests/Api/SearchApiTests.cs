using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class SearchApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Search_answers_with_results_facets_and_total()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=RequestLimitExceeded");

        Assert.Equal("RequestLimitExceeded", body.GetProperty("query").GetString());
        Assert.True(body.GetProperty("total").GetInt32() >= 1);
        var first = body.GetProperty("results")[0];
        Assert.Equal("code", first.GetProperty("kind").GetString());
        Assert.Equal("aws", first.GetProperty("vendor").GetString());
        Assert.Equal("ec2", first.GetProperty("service").GetString());
        Assert.Equal("RequestLimitExceeded", first.GetProperty("code").GetString());
        Assert.Equal("Request rate limit exceeded", first.GetProperty("title").GetString());
        Assert.Equal(503, first.GetProperty("httpStatus").GetInt32());
        Assert.Equal("exact", first.GetProperty("tier").GetString());
        Assert.Equal("http://localhost/codes/aws/ec2/RequestLimitExceeded", first.GetProperty("url").GetString());
        Assert.Equal("http://localhost/api/v1/codes/aws/ec2/RequestLimitExceeded", first.GetProperty("apiUrl").GetString());
        Assert.True(first.TryGetProperty("snippet", out _));
        Assert.Equal(1, body.GetProperty("facets").GetProperty("vendor").GetProperty("aws").GetInt32());
        Assert.True(body.GetProperty("facets").TryGetProperty("httpStatus", out _));
        Assert.True(body.GetProperty("facets").TryGetProperty("category", out _));
    }

    [Fact]
    public async Task Filters_can_come_as_parameters_and_limit_and_offset_page()
    {
        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?vendor=alibaba-cloud&limit=2");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?vendor=alibaba-cloud&limit=2&offset=2");

        Assert.Equal(4, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("results").GetArrayLength());
        Assert.Equal(2, second.GetProperty("results").GetArrayLength());
        Assert.NotEqual(first.GetProperty("results")[0].GetProperty("code").GetString(), second.GetProperty("results")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_huge_limit_is_capped()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=status:4xx&limit=100000");

        Assert.True(body.GetProperty("results").GetArrayLength() <= 100);
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=x&limit=abc", "limit")]
    [InlineData("/api/v1/search?q=x&limit=0", "limit")]
    [InlineData("/api/v1/search?q=x&offset=-1", "offset")]
    [InlineData("/api/v1/search?q=x&status=6xx", "status")]
    [InlineData("/api/v1/search?q=x&retryable=maybe", "retryable")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Hostile_queries_are_answered_not_failed()
    {
        var response = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("'\"\\ & | ! <-> :* %00 " + new string('x', 10_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
