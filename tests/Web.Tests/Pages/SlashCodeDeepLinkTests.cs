using System.Net;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class SlashCodeDeepLinkTests(SlashCodeDeepLinkTests.App app) : IClassFixture<SlashCodeDeepLinkTests.App>
{
    /// <summary>The sample content and a code that SDKs print with a slash (Firebase's auth/invalid-credential).</summary>
    public sealed class App : SiteApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var entry = Seed.Entry(Seed.Service("firebase", "Firebase", "auth", "Firebase Authentication"), "invalid-credential", 400);
            entry.Aliases.Add(SampleContent.Alias("auth/invalid-credential"));
            db.ErrorCodes.Add(entry);
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [InlineData("/e/auth/invalid-credential")]
    [InlineData("/e/auth%2Finvalid-credential")]
    [InlineData("/e/AUTH%2finvalid-credential")]
    public async Task A_code_with_a_slash_redirects_to_its_page(string path)
    {
        var response = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/codes/firebase/auth/invalid-credential", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_with_a_slash_is_404()
    {
        var response = await app.GetPageAsync("/e/auth/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
