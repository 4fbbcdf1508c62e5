using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class VendorsAndOpenApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task Vendors_list_services_with_entry_counts()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/vendors");

        var aws = body.GetProperty("vendors").EnumerateArray().Single(v => v.GetProperty("vendor").GetString() == "aws");
        Assert.Equal("Amazon Web Services", aws.GetProperty("name").GetString());
        Assert.Equal(4, aws.GetProperty("entries").GetInt32());
        Assert.Equal(["ec2:3", "ecr:1"], aws.GetProperty("services").EnumerateArray().Select(s => $"{s.GetProperty("service").GetString()}:{s.GetProperty("entries").GetInt32()}"));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/codes/{vendor}/{service}/{code}", out var codes));
        Assert.True(codes.TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/lookup").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/lookup").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/search").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/vendors").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/extract").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task Llms_txt_tells_an_agent_how_to_call_the_api()
    {
        var response = await client.GetAsync("/llms.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("/api/v1/lookup?code=", text);
        Assert.Contains("/api/v1/extract", text);
    }
}
