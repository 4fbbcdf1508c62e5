using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace KnowledgeBase.Web.Tests.Api;

public sealed class RateLimitTests(RateLimitTests.TightlyLimitedApp app) : IClassFixture<RateLimitTests.TightlyLimitedApp>
{
    public sealed class TightlyLimitedApp : SeededApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder web)
        {
            web.UseSetting("RateLimiting:Api:Burst", "3");
            web.UseSetting("RateLimiting:Api:PerSecond", "0.01");
        }
    }

    [Fact]
    public async Task Over_the_limit_is_a_429_problem_with_retry_after_and_no_queueing()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/vendors")).StatusCode);
        }

        var rejected = await client.GetAsync("/api/v1/vendors");

        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal("http://localhost/codes/http/status/429", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
