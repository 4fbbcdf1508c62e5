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

    private static async Task<IResult> SitemapAsync(HttpRequest request, KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var baseUrl = request.BaseUrl();
        var entries = await db.ErrorCodes.AsNoTracking()
            .OrderBy(e => e.Id)
            .Select(e => new { Vendor = e.Service.Vendor.Slug, Service = e.Service.Slug, e.Code, e.Updated })
            .ToListAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new { a.Slug, a.Updated })
            .ToListAsync(cancellationToken);

        var urls = new List<XElement> { Url(baseUrl + "/", null), Url(baseUrl + "/vendors", null) };
        urls.AddRange(entries.Select(e => Url(baseUrl + EntryUrls.Page(e.Vendor, e.Service, e.Code), e.Updated)));
        urls.AddRange(articles.Select(a => Url(baseUrl + EntryUrls.Article(a.Slug), a.Updated)));
        return Xml(new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(SitemapNs + "urlset", urls)), "application/xml");
    }

    private static XElement Url(string location, DateOnly? updated) =>
        new(SitemapNs + "url",
            new XElement(SitemapNs + "loc", location),
            updated is { } date ? new XElement(SitemapNs + "lastmod", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null);

    private static IResult Xml(XDocument document, string contentType) =>
        TypedResults.Text(document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting), contentType, System.Text.Encoding.UTF8);
}
