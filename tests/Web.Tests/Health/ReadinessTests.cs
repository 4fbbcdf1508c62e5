using System.Net;
using System.Text.Json;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Health;

public sealed class ReadinessTests(KnowledgeBaseApp app) : IClassFixture<KnowledgeBaseApp>
{
    [Fact]
    public async Task Healthz_answers_while_the_process_is_alive()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_is_503_with_a_problem_until_content_is_imported_then_200()
    {
        var client = app.CreateClient();

        var before = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("application/problem+json", before.Content.Headers.ContentType?.MediaType);
        Assert.Contains("./kb import", await before.Content.ReadAsStringAsync());

        await using (var db = app.CreateContext())
        {
            db.ErrorCodes.Add(Seed.Entry(Seed.Service("http", "HTTP", "status", "HTTP status codes"), "429", 429, "throttling"));
            await db.SaveChangesAsync();
            await Seed.MarkImportedAsync(db, 1);
        }

        var after = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        using var body = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        Assert.Equal(1, body.RootElement.GetProperty("entries").GetInt32());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Unknown_page_in_a_browser_is_a_friendly_404()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }
}
