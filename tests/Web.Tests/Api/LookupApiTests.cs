using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Web.Api;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class LookupApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient client = app.CreateClient();

    private JsonSerializerOptions JsonOptions => app.Factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

    private static IEnumerable<string> Ids(JsonElement entries) =>
        entries.EnumerateArray().Select(e => $"{e.GetProperty("vendor").GetString()}/{e.GetProperty("service").GetString()}/{e.GetProperty("code").GetString()}");

    [Fact]
    public async Task Lookup_finds_every_vendor_with_the_code()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=invalidinstanceid.notfound");

        Assert.Equal("invalidinstanceid.notfound", body.GetProperty("query").GetString());
        Assert.Equal(["alibaba-cloud/ecs/InvalidInstanceId.NotFound", "aws/ec2/InvalidInstanceID.NotFound"], Ids(body.GetProperty("entries")));
        Assert.Empty(body.GetProperty("suggestions").EnumerateArray());
    }

    [Fact]
    public async Task Lookup_puts_exact_matches_before_family_members()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=InvalidParameter");

        Assert.Equal(["alibaba-cloud/ecs/InvalidParameter", "alibaba-cloud/ecs/InvalidParameter.IsNull"], Ids(body.GetProperty("entries")));
    }

    [Fact]
    public async Task Lookup_narrows_by_vendor_and_by_any_variant_status()
    {
        var byVendor = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=InvalidInstanceId.NotFound&vendor=aws");
        var byStatus = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=MissingParameter&status=403");
        var wrongStatus = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=MissingParameter&status=500");

        Assert.Equal(["aws/ec2/InvalidInstanceID.NotFound"], Ids(byVendor.GetProperty("entries")));
        Assert.Single(byStatus.GetProperty("entries").EnumerateArray());
        Assert.Empty(wrongStatus.GetProperty("entries").EnumerateArray());
    }

    [Fact]
    public async Task Aliases_resolve_across_vendors()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=TOOMANYREQUESTS");

        Assert.Equal(["aws/ecr/ThrottlingException"], Ids(body.GetProperty("entries")));
    }

    [Fact]
    public async Task An_unknown_code_answers_200_with_suggestions()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/v1/lookup?code=MissingParamter");

        Assert.Empty(body.GetProperty("entries").EnumerateArray());
        Assert.Contains("MissingParameter", body.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/lookup", "code")]
    [InlineData("/api/v1/lookup?code=", "code")]
    [InlineData("/api/v1/lookup?code=X&status=abc", "status")]
    [InlineData("/api/v1/lookup?code=X&status=999", "status")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal("http://localhost/codes/http/status/400", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/v1/lookup?code=InvalidParameter")]
    [InlineData("/api/v1/lookup?code=MissingParamter")]
    [InlineData("/api/v1/lookup?code=%3CNope%22%C3%A9%3E")]
    public async Task A_lookup_is_written_as_its_contract_record_would_be(string url)
    {
        var body = await client.GetStringAsync(url);

        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<LookupApi.LookupResponse>(body, JsonOptions), JsonOptions), body);
    }

    [Fact]
    public async Task A_batch_is_written_as_its_contract_record_would_be()
    {
        var response = await client.PostAsJsonAsync("/api/v1/lookup", new { codes = new[] { "InvalidParameter", "<Nope\"é>", "", "TOOMANYREQUESTS" } });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<LookupApi.BatchResponse>(body, JsonOptions), JsonOptions), body);
    }

    [Fact]
    public async Task A_batch_answers_in_the_order_asked()
    {
        var response = await client.PostAsJsonAsync("/api/v1/lookup", new { codes = new[] { "RequestLimitExceeded", "Nope", "TOOMANYREQUESTS" } });

        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results");
        Assert.Equal(["RequestLimitExceeded", "Nope", "TOOMANYREQUESTS"], results.EnumerateArray().Select(r => r.GetProperty("query").GetString()));
        Assert.Equal([1, 0, 1], results.EnumerateArray().Select(r => r.GetProperty("entries").GetArrayLength()));
    }

    [Fact]
    public async Task A_batch_over_100_codes_or_empty_is_a_400_problem()
    {
        var tooMany = await client.PostAsJsonAsync("/api/v1/lookup", new { codes = Enumerable.Range(0, 101).Select(i => $"C{i}") });
        var empty = await client.PostAsJsonAsync("/api/v1/lookup", new { codes = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("codes", (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await client.PostAsync("/api/v1/lookup", new StringContent("{\"codes\": [", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_over_64_KiB_is_a_413_problem()
    {
        var huge = "{\"codes\": [\"" + new string('A', 70_000) + "\"]}";

        var response = await client.PostAsync("/api/v1/lookup", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("http://localhost/codes/http/status/413", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
    }
}
