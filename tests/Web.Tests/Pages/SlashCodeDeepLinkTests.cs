using System.Net;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class SlashCodeDeepLinkTests(SlashCodeDeepLinkTests.App app) : IClassFixture<SlashCodeDeepLinkTests.App>
{
    /// <summary>The sample content, a code that SDKs print with a slash (Firebase's auth/invalid-credential) and a code that has one (Excel's #DIV/0!).</summary>
    public sealed class App : SiteApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var entry = Seed.Entry(Seed.Service("firebase", "Firebase", "auth", "Firebase Authentication"), "invalid-credential", 400);
            entry.Aliases.Add(SampleContent.Alias("auth/invalid-credential"));
            db.ErrorCodes.Add(entry);
            db.ErrorCodes.Add(Seed.Entry(Seed.Service("microsoft", "Microsoft", "excel", "Microsoft Excel"), "#DIV/0!", null));
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

    [Theory]
    [InlineData("/codes/microsoft/excel/%23DIV%2F0!")]
    [InlineData("/codes/microsoft/excel/%23DIV/0!")]
    public async Task A_code_with_a_slash_has_a_page(string path)
    {
        var response = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("#DIV/0!", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_code_with_a_slash_named_without_its_service_moves_to_its_page()
    {
        var redirect = await app.GetPageAsync("/codes/microsoft/%23DIV%2F0!");
        var page = await app.GetPageAsync(redirect.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.StartsWith("/codes/microsoft/excel/", redirect.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_deep_link_to_a_code_with_a_slash_leads_to_its_page()
    {
        var redirect = await app.GetPageAsync("/e/%23DIV%2F0!");
        var page = await app.GetPageAsync(redirect.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task The_api_answers_a_code_with_a_slash()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/codes/microsoft/excel/%23DIV%2F0!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"code\":\"#DIV/0!\"", await response.Content.ReadAsStringAsync());
    }
}
