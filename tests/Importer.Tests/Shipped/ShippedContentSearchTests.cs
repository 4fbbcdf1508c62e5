using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>The search examples the product promises, against the content it ships with.</summary>
public sealed class ShippedContentSearchTests(ShippedContent content) : IClassFixture<ShippedContent>
{
    private async Task<SearchResults> SearchAsync(string text)
    {
        await using var db = content.CreateContext();
        return await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text), CancellationToken.None);
    }

    private static string Id(SearchResult r) => r.Kind == "code" ? $"{r.Vendor}/{r.Service}/{r.Code}" : r.Url;

    [Theory]
    [InlineData("RequestLimitExceeded")]
    [InlineData("requestlimitexceeded")]
    [InlineData("RequestLimitExeeded")]
    public async Task The_ec2_throttling_code_comes_first_in_any_case_and_with_a_typo(string text) =>
        Assert.Equal("aws/ec2/RequestLimitExceeded", Id((await SearchAsync(text)).Results[0]));

    [Fact]
    public async Task A_code_two_vendors_share_puts_both_on_top()
    {
        var results = await SearchAsync("InvalidInstanceId.NotFound");

        Assert.Equal(
            ["alibaba-cloud/ecs/InvalidInstanceId.NotFound", "aws/ec2/InvalidInstanceID.NotFound"],
            results.Results.Take(2).Select(Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Words_find_the_instance_not_found_entries_in_the_top_three()
    {
        var top = (await SearchAsync("instance id not found")).Results.Take(3).Select(Id).ToList();

        Assert.Contains(top, id => id.EndsWith("/InvalidInstanceID.NotFound", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_status_finds_the_http_entry_first_then_codes_with_that_status()
    {
        var results = (await SearchAsync("429")).Results;

        Assert.Equal("http/status/429", Id(results[0]));
        Assert.Contains(results.Skip(1), r => r.Vendor == "aws" && r.HttpStatus == 429);
    }

    [Fact]
    public async Task Too_many_requests_finds_throttling_entries()
    {
        var results = (await SearchAsync("too many requests")).Results.Where(r => r.Kind == "code").Take(5).ToList();

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("throttling", r.Category));
    }

    [Fact]
    public async Task Signature_does_not_match_finds_the_signature_entry_first()
    {
        var first = (await SearchAsync("signature does not match")).Results[0];

        Assert.Equal("SignatureDoesNotMatch", first.Code);
    }

    [Fact]
    public async Task Docker_throttling_output_finds_the_ecr_entry_first() =>
        Assert.Equal("aws/ecr/ThrottlingException", Id((await SearchAsync("TOOMANYREQUESTS: Rate exceeded")).Results[0]));

    [Fact]
    public async Task An_aws_cli_error_line_finds_the_code_it_names_first() =>
        Assert.Equal("aws/ec2/RequestLimitExceeded", Id((await SearchAsync(
            "An error occurred (RequestLimitExceeded) when calling the RunInstances operation (reached max retries: 4): Request limit exceeded.")).Results[0]));

    [Fact]
    public async Task A_chrome_network_error_as_the_browser_prints_it_finds_its_entry_exactly()
    {
        var first = (await SearchAsync("net::ERR_CERT_COMMON_NAME_INVALID")).Results[0];

        Assert.Equal(("aws/apigateway/ERR_CERT_COMMON_NAME_INVALID", "exact"), (Id(first), first.Tier));
    }

    [Theory]
    [InlineData("HTTP/1.1 503 Service Unavailable", "http/status/503")]
    [InlineData("HTTP/1.1 429 Too Many Requests", "http/status/429")]
    [InlineData("service unavailable", "http/status/503")]
    [InlineData("not found", "http/status/404")]
    public async Task A_status_line_or_its_reason_phrase_finds_the_status_entry_first(string text, string expected)
    {
        var first = (await SearchAsync(text)).Results[0];

        Assert.Equal((expected, "exact"), (Id(first), first.Tier));
    }

    [Fact]
    public async Task Every_search_result_links_to_an_existing_page()
    {
        await using var db = content.CreateContext();
        var results = await SearchAsync("throttling");

        Assert.NotEmpty(results.Results);
        foreach (var result in results.Results.Where(r => r.Kind == "code"))
        {
            var matches = await CodeLookup.FindAsync(db, result.Code!, new LookupFilter(result.Vendor, result.Service), CancellationToken.None);
            Assert.Contains(matches, m => m.Kind == MatchKind.Exact && EntryUrls.Page(m.Vendor, m.Service, m.Code) == result.Url);
        }
    }
}
