using System.Net;
using KnowledgeBase.Web.Pages;

namespace KnowledgeBase.Web.Tests.Pages;

public sealed class SearchPageTests(SiteApp app) : IClassFixture<SiteApp>
{
    [Fact]
    public async Task Results_put_the_exact_code_first_with_its_status_badge()
    {
        var response = await app.GetPageAsync("/search?q=RequestLimitExceeded");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = html.IndexOf("class=\"result-title\"", StringComparison.Ordinal);
        Assert.True(first > 0);
        Assert.StartsWith("class=\"result-title\" href=\"/codes/aws/ec2/RequestLimitExceeded\"", html[first..]);
        Assert.Contains("href=\"/status/503\"", html);
    }

    [Fact]
    public async Task Snippets_keep_their_highlight_marks_and_nothing_else_is_raw()
    {
        var html = await (await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("signature does not match <b>x</b>"))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<b>x</b>", html);
    }

    [Fact]
    public async Task Facet_links_add_a_filter_to_the_query()
    {
        var html = await (await app.GetPageAsync("/search?q=throttling")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/search?q=throttling%20vendor%3Aaws\"", html);
        Assert.Contains("href=\"/search?q=throttling%20status%3A429\"", html);
    }

    [Fact]
    public async Task Filters_alone_list_what_matches_them()
    {
        var html = await (await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("vendor:alibaba-cloud"))).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/codes/alibaba-cloud/ecs/InvalidInstanceId.NotFound\"", html);
        Assert.DoesNotContain("href=\"/codes/aws/", html);
    }

    [Fact]
    public async Task A_tools_error_output_is_read_as_the_paste_reader_reads_it_above_the_results()
    {
        // Two services have a ThrottlingException worded "Rate exceeded"; the operation is STS's.
        var query = "An error occurred (ThrottlingException) when calling the AssumeRole operation (reached max retries: 4): Rate exceeded";

        var html = await (await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query))).Content.ReadAsStringAsync();

        var output = html.IndexOf("class=\"read-output\"", StringComparison.Ordinal);
        Assert.True(output > 0);
        var firstLink = html.IndexOf("<a href=", output, StringComparison.Ordinal);
        Assert.StartsWith("<a href=\"/codes/aws/sts/ThrottlingException\"", html[firstLink..]);
        Assert.True(output < html.IndexOf("class=\"result-list\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_and_codes_typed_alone_are_not_read_as_error_output()
    {
        var html = await (await app.GetPageAsync("/search?q=RequestLimitExceeded")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("read-output", html);
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_without_results()
    {
        var response = await app.GetPageAsync("/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Type an error code", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_code_says_so_above_the_entries_that_mention_its_words()
    {
        var html = await (await app.GetPageAsync("/search?q=LimitExceededRequest")).Content.ReadAsStringAsync();

        Assert.Contains("No entry has the code LimitExceededRequest; these mention its words.", html);
        Assert.Contains("href=\"/codes/aws/ec2/RequestLimitExceeded\"", html);
    }

    [Fact]
    public async Task Words_no_entry_has_together_show_the_entries_with_some_of_them_and_say_so()
    {
        var html = await (await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("throttling zebra okapi"))).Content.ReadAsStringAsync();

        Assert.Contains("No entry has all of these words; these have some of them.", html);
        Assert.Contains("class=\"result-title\"", html);
    }

    [Theory]
    [InlineData("throttling")]
    [InlineData("RequestLimitExceeded")]
    [InlineData("request limit exceeded")]
    public async Task Results_that_are_what_the_query_asked_for_carry_no_notice(string query)
    {
        var html = await (await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query))).Content.ReadAsStringAsync();

        Assert.Contains("class=\"result-title\"", html);
        Assert.DoesNotContain("No entry has", html);
    }

    [Fact]
    public async Task A_typo_offers_did_you_mean()
    {
        var html = await (await app.GetPageAsync("/search?q=SignatureDoesNotMach")).Content.ReadAsStringAsync();

        Assert.Contains("SignatureDoesNotMatch", html);
    }

    [Fact]
    public async Task Did_you_mean_names_each_spelling_once_even_when_several_vendors_share_it()
    {
        var html = await (await app.GetPageAsync("/search?q=ThrottlingExeption")).Content.ReadAsStringAsync();

        Assert.Contains("Did you mean", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<a href=\"/search[?]q=ThrottlingException\">"));
    }
}

/// <summary>Sample content plus enough entries of one vendor to fill two result pages.</summary>
public sealed class ManyEntriesApp : SiteApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var service = KnowledgeBase.TestSupport.Seed.Service("bulk", "Bulk Vendor", "api", "Bulk API");
        db.ErrorCodes.AddRange(Enumerable.Range(1, 25).Select(i =>
            KnowledgeBase.TestSupport.Seed.Entry(service, $"BulkError{i:00}", 400, variants: [(400, $"Bulk failure number {i}")])));
        await db.SaveChangesAsync();
    }
}

public sealed class SearchPagingTests(ManyEntriesApp app) : IClassFixture<ManyEntriesApp>
{
    [Fact]
    public async Task Results_are_paged_with_next_and_previous_links()
    {
        var first = await (await app.GetPageAsync("/search?q=vendor%3Abulk")).Content.ReadAsStringAsync();
        var second = await (await app.GetPageAsync("/search?q=vendor%3Abulk&page=2")).Content.ReadAsStringAsync();

        Assert.Contains("25 results", first);
        Assert.Contains("rel=\"next\" href=\"/search?q=vendor%3Abulk&amp;page=2\"", first);
        Assert.DoesNotContain("rel=\"prev\"", first);
        Assert.Equal(SearchModel.PageSize, CountResults(first));
        Assert.Contains("rel=\"prev\" href=\"/search?q=vendor%3Abulk\"", second);
        Assert.Contains("start=\"21\"", second);
        Assert.Equal(5, CountResults(second));
    }

    private static int CountResults(string html) => System.Text.RegularExpressions.Regex.Matches(html, "class=\"result-title\"").Count;
}
