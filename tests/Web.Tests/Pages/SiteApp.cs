using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Pages;

/// <summary>The real app on a database holding <see cref="SampleContent"/>.</summary>
public class SiteApp : KnowledgeBaseApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        await SampleContent.SeedAsync(db);
    }

    /// <summary>A GET as a browser sends it (HTML accepted), without following redirects.</summary>
    public async Task<HttpResponseMessage> GetPageAsync(string path, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        return await (client ?? CreateClient()).SendAsync(request);
    }
}
