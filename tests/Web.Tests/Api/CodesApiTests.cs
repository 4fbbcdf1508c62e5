using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeBase.Data.Entries;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class CodesApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    [Fact]
    public async Task An_entry_carries_the_whole_contract()
    {
        var entry = await client.GetFromJsonAsync<JsonElement>("/api/v1/codes/aws/ec2/RequestLimitExceeded");

        Assert.Equal("aws", entry.GetProperty("vendor").GetString());
        Assert.Equal("Amazon Web Services", entry.GetProperty("vendorName").GetString());
        Assert.Equal("ec2", entry.GetProperty("service").GetString());
        Assert.Equal("Amazon EC2", entry.GetProperty("serviceName").GetString());
        Assert.Equal("RequestLimitExceeded", entry.GetProperty("code").GetString());
        Assert.Equal(503, entry.GetProperty("httpStatus").GetInt32());
        Assert.Equal("Request limit exceeded.", entry.GetProperty("variants")[0].GetProperty("message").GetString());
        Assert.Equal("throttling", entry.GetProperty("category").GetString());
        Assert.Equal("retryable", entry.GetProperty("retry").GetProperty("verdict").GetString());
        Assert.Contains("jitter", entry.GetProperty("retry").GetProperty("guidance").GetString());
        Assert.Equal("Too many **requests** in a short time.", entry.GetProperty("cause").GetString());
        Assert.Equal("http://localhost/codes/http/status/429", entry.GetProperty("related")[0].GetProperty("url").GetString());
        Assert.StartsWith("https://docs.aws.amazon.com/", entry.GetProperty("sources")[0].GetProperty("url").GetString());
        Assert.Equal("2026-11-23", entry.GetProperty("updated").GetString());
        Assert.Equal("http://localhost/codes/aws/ec2/RequestLimitExceeded", entry.GetProperty("url").GetString());
        Assert.Equal("http://localhost/api/v1/codes/aws/ec2/RequestLimitExceeded", entry.GetProperty("apiUrl").GetString());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("aliases").ValueKind);
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("articles").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/codes/aws/ec2/requestlimitexceeded")]
    [InlineData("/api/v1/codes/AWS/EC2/REQUESTLIMITEXCEEDED")]
    public async Task A_differently_cased_code_finds_the_entry(string url)
    {
        var entry = await client.GetFromJsonAsync<JsonElement>(url);

        Assert.Equal("RequestLimitExceeded", entry.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Aliases_and_prefixes_resolve_within_the_service()
    {
        var alias = await client.GetFromJsonAsync<JsonElement>("/api/v1/codes/aws/ecr/TOOMANYREQUESTS");
        var prefixed = await client.GetFromJsonAsync<JsonElement>("/api/v1/codes/aws/ec2/Client.UnauthorizedOperation");

        Assert.Equal("ThrottlingException", alias.GetProperty("code").GetString());
        Assert.Equal("UnauthorizedOperation", prefixed.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_code_asked_for_in_another_service_of_its_vendor_answers_with_the_entry_where_it_is()
    {
        var entry = await client.GetFromJsonAsync<JsonElement>("/api/v1/codes/aws/ecr/RequestLimitExceeded");

        Assert.Equal("ec2", entry.GetProperty("service").GetString());
        Assert.Equal("RequestLimitExceeded", entry.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_code_is_a_404_problem_with_suggestions()
    {
        var response = await client.GetAsync("/api/v1/codes/aws/ec2/RequestLimitExeeded");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("http://localhost/codes/http/status/404", problem.GetProperty("type").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("RequestLimitExeeded", problem.GetProperty("detail").GetString());
        Assert.Equal("RequestLimitExceeded", problem.GetProperty("suggestions")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cached_entry_is_written_as_the_apps_own_json_options_would_write_it()
    {
        await client.GetAsync("/api/v1/codes/aws/ec2/RequestLimitExceeded");
        var options = app.Factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        var response = await client.GetAsync("/api/v1/codes/aws/ec2/RequestLimitExceeded");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<EntryDto>(body, options), options), body);
    }

    [Fact]
    public void Entries_are_cached_in_the_apps_own_json_form_with_any_characters()
    {
        var options = app.Factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var entry = new EntryDto(
            "acme", "Acme", "api", "Acme API", "Quote'd", null, "Use <b> & \"quotes\" — café, 日本, 🙂", 400, [], "validation",
            new RetryDto("not-retryable", "Don't.\u0001"), "Cause.", "Fix.", [], null, [], [], [], null, "u", "a");

        Assert.Equal(JsonSerializer.Serialize(entry, options), JsonSerializer.Serialize(entry, ContentCache.EntryJson));
    }

    [Fact]
    public async Task Responses_carry_a_strong_etag_and_answer_304_to_it()
    {
        var first = await client.GetAsync("/api/v1/codes/aws/ec2/RequestLimitExceeded");
        var etag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/codes/aws/ec2/RequestLimitExceeded");
        again.Headers.IfNoneMatch.Add(etag!);

        var second = await client.SendAsync(again);

        Assert.False(etag!.IsWeak);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_endpoints_may_be_called_from_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/codes/aws/ec2/RequestLimitExceeded");
        request.Headers.Add("Origin", "https://chat.example");

        var response = await client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
