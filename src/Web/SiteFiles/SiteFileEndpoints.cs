using System.Xml.Linq;
using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.SiteFiles;

/// <summary>The files crawlers and browsers ask for at the site root: robots.txt, sitemap.xml, opensearch.xml.</summary>
public static class SiteFileEndpoints
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace OpenSearchNs = "http://a9.com/-/spec/opensearch/1.1/";

    public static IEndpointRouteBuilder MapSiteFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpRequest request) =>
            TypedResults.Text($"User-agent: *\nDisallow: /api/\nDisallow: /search\nAllow: /\nSitemap: {request.BaseUrl()}/sitemap.xml\n", "text/plain"))
            .ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearch).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        app.MapGet("/sitemap-pages.xml", SitemapPagesAsync).ExcludeFromDescription();
        app.MapGet("/sitemap-codes-{number:int}.xml", SitemapCodesAsync).ExcludeFromDescription();
        return app;
    }

    private static IResult OpenSearch(HttpRequest request)
    {
        var baseUrl = request.BaseUrl();
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(OpenSearchNs + "OpenSearchDescription",
                new XElement(OpenSearchNs + "ShortName", "Error Code KB"),
                new XElement(OpenSearchNs + "Description", "Search error codes, messages and HTTP statuses"),
                new XElement(OpenSearchNs + "InputEncoding", "UTF-8"),
                new XElement(OpenSearchNs + "Url",
                    new XAttribute("type", "text/html"),
                    new XAttribute("method", "get"),
                    new XAttribute("template", baseUrl + "/search?q={searchTerms}")),
                new XElement(OpenSearchNs + "Url",
                    new XAttribute("type", "application/opensearchdescription+xml"),
                    new XAttribute("rel", "self"),
                    new XAttribute("template", baseUrl + "/opensearch.xml"))));
        return Xml(document, "application/opensearchdescription+xml");
    }

    /// <summary>
    /// One sitemap while the site fits in one file (the protocol allows 50,000 URLs); beyond that a sitemap index
    /// naming one file of fixed pages and articles and as many files of entries as needed.
    /// </summary>
    private static async Task<IResult> SitemapAsync(HttpRequest request, KnowledgeBaseDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var perFile = UrlsPerFile(configuration);
        var entryCount = await db.ErrorCodes.CountAsync(cancellationToken);
        var articleCount = await db.Articles.CountAsync(cancellationToken);
        var baseUrl = request.BaseUrl();
        if (entryCount + articleCount + 2 <= perFile)
        {
            var urls = await PageUrlsAsync(db, baseUrl, cancellationToken);
            urls.AddRange(await EntryUrlsAsync(db, baseUrl, 0, perFile, cancellationToken));
            return UrlSet(urls);
        }

        var files = new List<string> { "/sitemap-pages.xml" };
        files.AddRange(Enumerable.Range(1, (entryCount + perFile - 1) / perFile).Select(n => $"/sitemap-codes-{n}.xml"));
        return Xml(new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(SitemapNs + "sitemapindex",
            files.Select(file => new XElement(SitemapNs + "sitemap", new XElement(SitemapNs + "loc", baseUrl + file))))), "application/xml");
    }

    private static async Task<IResult> SitemapPagesAsync(HttpRequest request, KnowledgeBaseDbContext db, CancellationToken cancellationToken) =>
        UrlSet(await PageUrlsAsync(db, request.BaseUrl(), cancellationToken));

    private static async Task<IResult> SitemapCodesAsync(int number, HttpRequest request, KnowledgeBaseDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var perFile = UrlsPerFile(configuration);
        var urls = number < 1 ? [] : await EntryUrlsAsync(db, request.BaseUrl(), (number - 1) * perFile, perFile, cancellationToken);
        return urls.Count == 0 ? TypedResults.NotFound() : UrlSet(urls);
    }

    private static int UrlsPerFile(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Sitemap:UrlsPerFile", 50_000), 10, 50_000);

    private static async Task<List<XElement>> PageUrlsAsync(KnowledgeBaseDbContext db, string baseUrl, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new { a.Slug, a.Updated })
            .ToListAsync(cancellationToken);
        var urls = new List<XElement> { Url(baseUrl + "/", null), Url(baseUrl + "/vendors", null) };
        urls.AddRange(articles.Select(a => Url(baseUrl + EntryUrls.Article(a.Slug), a.Updated)));
        return urls;
    }

    private static async Task<List<XElement>> EntryUrlsAsync(KnowledgeBaseDbContext db, string baseUrl, int skip, int take, CancellationToken cancellationToken)
    {
        var entries = await db.ErrorCodes.AsNoTracking()
            .OrderBy(e => e.Id)
            .Skip(skip)
            .Take(take)
            .Select(e => new { Vendor = e.Service.Vendor.Slug, Service = e.Service.Slug, e.Code, e.Updated })
            .ToListAsync(cancellationToken);
        return entries.Select(e => Url(baseUrl + EntryUrls.Page(e.Vendor, e.Service, e.Code), e.Updated)).ToList();
    }

    private static IResult UrlSet(IEnumerable<XElement> urls) =>
        Xml(new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(SitemapNs + "urlset", urls)), "application/xml");

    private static XElement Url(string location, DateOnly? updated) =>
        new(SitemapNs + "url",
            new XElement(SitemapNs + "loc", location),
            updated is { } date ? new XElement(SitemapNs + "lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null);

    private static IResult Xml(XDocument document, string contentType) =>
        TypedResults.Text(document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting), contentType, System.Text.Encoding.UTF8);
}
