using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class ExtractApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private const string CliLine =
        "An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-1234567890abcdef0' does not exist";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Plain_text_body_returns_matches_with_their_entries()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent(CliLine, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        Assert.Equal("InvalidInstanceID.NotFound", match.GetProperty("code").GetString());
        Assert.Equal(CliLine.IndexOf("InvalidInstanceID", StringComparison.Ordinal), match.GetProperty("start").GetInt32());
        Assert.Equal("InvalidInstanceID.NotFound".Length, match.GetProperty("length").GetInt32());
        Assert.Equal("aws-cli", match.GetProperty("kind").GetString());
        Assert.Equal("aws", match.GetProperty("vendor").GetString());
        var entry = Assert.Single(match.GetProperty("entries").EnumerateArray());
        Assert.Equal("http://localhost/codes/aws/ec2/InvalidInstanceID.NotFound", entry.GetProperty("url").GetString());
        Assert.StartsWith("Found 1 error code: InvalidInstanceID.NotFound", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Json_body_with_text_is_accepted()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/extract", new { text = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Assert.Single((await JsonAsync(response)).GetProperty("matches").EnumerateArray());
        Assert.Equal(("429", 429), (match.GetProperty("code").GetString(), match.GetProperty("httpStatus").GetInt32()));
        Assert.Equal("http://localhost/codes/http/status/429", Assert.Single(match.GetProperty("entries").EnumerateArray()).GetProperty("url").GetString());
    }

    [Fact]
    public async Task Text_without_anything_recognisable_is_an_empty_list_and_a_hint()
    {
        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent("all good here", Encoding.UTF8, "text/plain"));

        var body = await JsonAsync(response);
        Assert.Empty(body.GetProperty("matches").EnumerateArray());
        Assert.Equal("Nothing recognisable: paste the whole error response or log line.", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Text_with_no_shape_is_answered_by_searching_its_error_line()
    {
        const string Text = "deploy step 4\nThe specified InstanceId does not exist. (stopping web-1)\ndone";

        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent(Text, Encoding.UTF8, "text/plain"));

        var body = await JsonAsync(response);
        var match = Assert.Single(body.GetProperty("matches").EnumerateArray());
        Assert.Equal("searched-line", match.GetProperty("kind").GetString());
        Assert.Equal("The specified InstanceId does not exist. (stopping web-1)", match.GetProperty("code").GetString());
        Assert.Equal(Text.IndexOf("The specified", StringComparison.Ordinal), match.GetProperty("start").GetInt32());
        Assert.Contains(match.GetProperty("entries").EnumerateArray(),
            e => e.GetProperty("url").GetString() == "http://localhost/codes/alibaba-cloud/ecs/InvalidInstanceId.NotFound");
        Assert.StartsWith("No error code or message we know by its shape; the search finds", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("text/plain", "   ")]
    [InlineData("application/json", "{\"text\": \"\"}")]
    [InlineData("application/json", "{}")]
    [InlineData("application/json", "{\"text\": ")]
    public async Task Empty_or_missing_text_is_a_400_problem_naming_text(string contentType, string content)
    {
        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent(content, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.EndsWith("/codes/http/status/400", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Body_over_64_KiB_is_a_413_problem()
    {
        var text = new string('x', 64 * 1024 + 1);

        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Body_of_exactly_64_KiB_is_accepted()
    {
        var text = CliLine + new string(' ', 64 * 1024 - CliLine.Length);

        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Chunked_body_over_64_KiB_is_a_413_problem_too()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', 200_000))));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/extract") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Other_media_types_are_a_415_problem(string contentType)
    {
        var response = await app.CreateClient().PostAsync("/api/v1/extract", new StringContent("<Code>Throttling</Code>", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("text/plain", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Openapi_document_describes_both_request_bodies()
    {
        var document = await JsonAsync(await app.CreateClient().GetAsync("/openapi/v1.json"));

        var content = document.GetProperty("paths").GetProperty("/api/v1/extract").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty("text/plain", out _));
        Assert.True(content.GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Paste_page_posts_the_form_and_links_each_entry()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/paste");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.Contains("<label for=\"paste-text\">", form);

        var response = await client.PostAsync("/paste", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = CliLine,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/codes/aws/ec2/InvalidInstanceID.NotFound\"", html);
        Assert.Contains("<mark title=\"Match 1\">InvalidInstanceID.NotFound</mark>", html);
        Assert.Contains("aws-cli", html);
        var start = CliLine.IndexOf("InvalidInstanceID", StringComparison.Ordinal);
        Assert.Contains($"characters {start}–{start + "InvalidInstanceID.NotFound".Length}", html);
    }

    [Fact]
    public async Task Paste_page_says_what_to_do_when_nothing_is_found()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/paste");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/paste", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = "zqxv wplk",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("Nothing recognisable: paste the whole error response or log line.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Paste_page_searches_the_error_line_when_it_recognises_no_shape()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/paste");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var response = await client.PostAsync("/paste", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = "deploy step 4\nThe specified InstanceId does not exist. (stopping web-1)\ndone",
            ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("No error code or message we know by its shape; the search finds", html);
        Assert.Contains("href=\"/codes/alibaba-cloud/ecs/InvalidInstanceId.NotFound\"", html);
    }

    [Fact]
    public async Task Paste_page_rejects_a_post_without_the_antiforgery_token()
    {
        var response = await app.CreateClient().PostAsync("/paste", new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = CliLine }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
