using System.Net;
using System.Xml.Linq;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class SiteFileTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Fact]
    public async Task Sitemap_lists_every_entry_and_article()
    {
        var response = await app.CreateClient().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/codes/aws/ec2/RequestLimitExceeded", locations);
        Assert.Contains("/codes/alibaba-cloud/ecs/InvalidInstanceId.NotFound", locations);
        Assert.Contains("/articles/handling-throttling", locations);
        Assert.Equal(13 + 1 + 2, locations.Count);
    }

    [Fact]
    public async Task Opensearch_description_points_the_browser_at_the_search_page()
    {
        var response = await app.CreateClient().GetAsync("/opensearch.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var template = xml.Descendants(ns + "Url").First(u => (string?)u.Attribute("type") == "text/html").Attribute("template")!.Value;
        Assert.EndsWith("/search?q={searchTerms}", template);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_and_keeps_crawlers_off_the_api()
    {
        var text = await (await app.CreateClient().GetAsync("/robots.txt")).Content.ReadAsStringAsync();

        Assert.Contains("Disallow: /api/", text);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await app.GetPageAsync("/vendors");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

public sealed class StaticAssetTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Fact]
    public async Task Fingerprinted_stylesheet_and_script_are_served_and_cached_for_long()
    {
        var html = await (await app.GetPageAsync("/vendors")).Content.ReadAsStringAsync();
        var css = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/css/site[^\"]+)\"").Groups[1].Value;
        var js = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/js/site[^\"]+)\"").Groups[1].Value;

        var cssResponse = await app.CreateClient().GetAsync(css);
        var jsResponse = await app.CreateClient().GetAsync(js);

        Assert.Equal(System.Net.HttpStatusCode.OK, cssResponse.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, jsResponse.StatusCode);
        Assert.Contains("prefers-color-scheme", await cssResponse.Content.ReadAsStringAsync());
        Assert.NotNull(cssResponse.Headers.ETag);
    }
}

/// <summary>The sample content with sitemap files of at most 10 URLs, so that it needs an index.</summary>
public sealed class SmallSitemapApp : SiteApp
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder web) => web.UseSetting("Sitemap:UrlsPerFile", "10");
}

public sealed class SitemapIndexTests(SmallSitemapApp app) : IClassFixture<SmallSitemapApp>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task A_site_larger_than_one_sitemap_gets_an_index_whose_files_list_every_entry_once()
    {
        var client = app.CreateClient();
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var files = index.Descendants(Ns + "sitemap").Select(s => new Uri(s.Element(Ns + "loc")!.Value).AbsolutePath).ToList();

        var locations = new List<string>();
        foreach (var file in files)
        {
            var urlset = XDocument.Parse(await client.GetStringAsync(file));
            locations.AddRange(urlset.Descendants(Ns + "loc").Select(l => new Uri(l.Value).AbsolutePath));
        }

        Assert.Equal(["/sitemap-pages.xml", "/sitemap-codes-1.xml", "/sitemap-codes-2.xml"], files);
        Assert.Equal(13 + 1 + 2, locations.Count);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Contains("/codes/aws/ec2/RequestLimitExceeded", locations);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/sitemap-codes-3.xml")).StatusCode);
    }
}
