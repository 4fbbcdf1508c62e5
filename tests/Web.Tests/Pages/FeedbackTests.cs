using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed partial class FeedbackTests(SiteApp app) : IClassFixture<SiteApp>
{
    private const string ArticlePath = "/articles/handling-throttling";

    [Fact]
    public async Task A_form_post_is_stored_and_redirected_back_to_the_page_which_thanks_the_reader()
    {
        var client = app.CreateClient();
        var form = await FeedbackForm.LoadAsync(app, client, ArticlePath);

        var response = await client.PostAsync("/feedback", form.With(helpful: false, comment: "Missing an example for the CLI."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ArticlePath + "?thanks=true#feedback", response.Headers.Location?.OriginalString);
        var thanked = await (await app.GetPageAsync(ArticlePath + "?thanks=true", client)).Content.ReadAsStringAsync();
        Assert.Contains("Thank you for your feedback.", thanked);
        await using var db = app.CreateContext();
        Assert.Contains(await db.Feedback.ToListAsync(), f => f.ArticleId == form.TargetId && !f.Helpful && f.Comment == "Missing an example for the CLI.");
    }

    [Fact]
    public async Task A_script_post_gets_json_thanks_without_a_redirect()
    {
        var client = app.CreateClient();
        var form = await FeedbackForm.LoadAsync(app, client, ArticlePath);
        var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = form.With(helpful: true, comment: null) };
        request.Headers.Accept.ParseAdd("application/json");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thank you", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var client = app.CreateClient();
        var form = await FeedbackForm.LoadAsync(app, client, ArticlePath);
        var fields = new Dictionary<string, string> { ["articleId"] = form.TargetId.ToString(), ["helpful"] = "true" };

        var response = await client.PostAsync("/feedback", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_comment_over_2000_characters_is_refused_with_a_clear_message()
    {
        var client = app.CreateClient();
        var form = await FeedbackForm.LoadAsync(app, client, ArticlePath);

        var response = await client.PostAsync("/feedback", form.With(helpful: true, comment: new string('x', 2001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 2000 characters", await response.Content.ReadAsStringAsync());
    }

    internal sealed partial record FeedbackForm(string Token, string TargetField, long TargetId)
    {
        public static async Task<FeedbackForm> LoadAsync(SiteApp app, HttpClient client, string path)
        {
            var html = await (await app.GetPageAsync(path, client)).Content.ReadAsStringAsync();
            var token = TokenPattern().Match(html).Groups[1].Value;
            var target = TargetPattern().Match(html);
            Assert.False(string.IsNullOrEmpty(token), "the page carries an antiforgery token");
            return new FeedbackForm(token, target.Groups[1].Value, long.Parse(target.Groups[2].Value));
        }

        public FormUrlEncodedContent With(bool helpful, string? comment) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token,
            [TargetField] = TargetId.ToString(),
            ["helpful"] = helpful ? "true" : "false",
            ["comment"] = comment ?? "",
        });

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();

        [GeneratedRegex("<input type=\"hidden\" name=\"(entryId|articleId)\" value=\"(\\d+)\"")]
        private static partial Regex TargetPattern();
    }
}

/// <summary>The app with a feedback limit of two answers per minute.</summary>
public sealed class StrictFeedbackApp : SiteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder web)
    {
        web.UseSetting("RateLimiting:Feedback:Burst", "2");
        web.UseSetting("RateLimiting:Feedback:PerSecond", "0.001");
    }
}

public sealed class FeedbackRateLimitTests(StrictFeedbackApp app) : IClassFixture<StrictFeedbackApp>
{
    [Fact]
    public async Task Feedback_over_the_limit_is_429_with_retry_after_not_503()
    {
        var client = app.CreateClient();
        var form = await FeedbackTests.FeedbackForm.LoadAsync(app, client, "/articles/handling-throttling");

        var first = await client.PostAsync("/feedback", form.With(true, null));
        var second = await client.PostAsync("/feedback", form.With(true, null));
        var third = await client.PostAsync("/feedback", form.With(true, null));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter is not null, "Retry-After is set");
    }
}
