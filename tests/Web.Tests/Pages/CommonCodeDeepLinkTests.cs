using System.Net;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class CommonCodeDeepLinkTests(CommonCodeDeepLinkTests.App app) : IClassFixture<CommonCodeDeepLinkTests.App>
{
    /// <summary>The sample content and one code that 51 services use: more than a deep link lists.</summary>
    public sealed class App : SiteApp
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var vendors = new[] { ("acme", 30), ("globex", 15), ("initech", 6) };
            foreach (var (vendor, services) in vendors)
            {
                var first = Seed.Service(vendor, vendor.ToUpperInvariant(), "svc1", "Service 1");
                db.ErrorCodes.Add(Seed.Entry(first, "QuotaExhausted", 429));
                for (var i = 2; i <= services; i++)
                {
                    var service = new Data.Model.Service { Slug = $"svc{i}", Name = $"Service {i}", Vendor = first.Vendor };
                    db.ErrorCodes.Add(Seed.Entry(service, "QuotaExhausted", 429));
                }
            }
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_code_with_more_entries_than_listed_says_how_many_and_offers_its_vendors_and_a_search()
    {
        var response = await app.GetPageAsync("/e/QuotaExhausted");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("QuotaExhausted</code>: 51 entries", html);
        Assert.Contains("The first 50 are listed here", html);
        Assert.Contains("href=\"/search?q=QuotaExhausted\"", html);
        var acme = html.IndexOf("href=\"/e/QuotaExhausted?vendor=acme\">acme</a> <span class=\"count\">30</span>", StringComparison.Ordinal);
        var initech = html.IndexOf("href=\"/e/QuotaExhausted?vendor=initech\">initech</a> <span class=\"count\">6</span>", StringComparison.Ordinal);
        Assert.True(acme > 0 && initech > acme, "vendors are offered, the most frequent first");
    }

    [Fact]
    public async Task Narrowing_by_vendor_lists_all_of_that_vendors_entries_without_the_offer()
    {
        var html = await (await app.GetPageAsync("/e/QuotaExhausted?vendor=globex")).Content.ReadAsStringAsync();

        Assert.Contains("QuotaExhausted</code>: 15 entries from globex", html);
        Assert.DoesNotContain("are listed here", html);
        Assert.Contains("href=\"/codes/globex/svc15/QuotaExhausted\"", html);
    }
}
