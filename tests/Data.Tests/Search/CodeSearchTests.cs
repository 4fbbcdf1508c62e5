using KnowledgeBase.Data.Model;
using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeBase.Data.Tests.Search;

public sealed class CodeSearchTests(CodeSearchTests.Fixture fixture) : IClassFixture<CodeSearchTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var ec2 = Seed.Service("aws", "Amazon Web Services", "ec2", "Amazon EC2");
            var ecr = new Service { Slug = "ecr", Name = "Amazon ECR", Vendor = ec2.Vendor };
            var apigateway = new Service { Slug = "apigateway", Name = "Amazon API Gateway", Vendor = ec2.Vendor };
            var ecs = Seed.Service("alibaba-cloud", "Alibaba Cloud", "ecs", "Elastic Compute Service");
            var http = Seed.Service("http", "HTTP", "status", "HTTP status codes");
            var sqlstate = Seed.Service("postgresql", "PostgreSQL", "sqlstate", "SQLSTATE error codes");

            var throttling = Seed.Entry(ecr, "ThrottlingException", 400, "throttling", RetryVerdict.Retryable,
                cause: "Docker or the SDK called GetAuthorizationToken faster than the account's rate allows.",
                variants: [(400, "Rate exceeded"), (429, "TOOMANYREQUESTS: Rate exceeded")]);
            throttling.Aliases.Add(new CodeAlias { Alias = "TOOMANYREQUESTS", AliasKey = "toomanyrequests" });
            db.ErrorCodes.AddRange(
                Seed.Entry(ec2, "RequestLimitExceeded", 503, "throttling", RetryVerdict.Retryable,
                    cause: "The account sent more API requests than EC2 allows per second.", variants: [(503, "Request limit exceeded.")]),
                Seed.Entry(ec2, "InvalidInstanceID.NotFound", 400, "not-found",
                    cause: "The instance does not exist, or was created moments ago and has not propagated yet.",
                    variants: [(400, "The instance ID 'i-1a2b3c4d' does not exist")]),
                Seed.Entry(ecs, "InvalidInstanceId.NotFound", 404, "not-found", variants: [(404, "The specified InstanceId does not exist.")]),
                Seed.Entry(ecs, "InvalidParameter", 400, variants: [(400, "The specified parameter is not valid.")]),
                Seed.Entry(ecs, "InvalidParameter.IsNull", 400, variants: [(400, "The parameter must not be null.")]),
                Seed.Entry(ecs, "Throttling", 400, "throttling", RetryVerdict.Retryable, variants: [(400, "Request was denied due to request throttling.")]),
                Seed.Entry(apigateway, "SignatureDoesNotMatch", 403, "authentication",
                    cause: "The signature the client computed differs from the one the service computed.",
                    variants: [(403, "The request signature we calculated does not match the signature you provided.")]),
                Seed.Entry(apigateway, "TooManyRequestsException", 429, "throttling", RetryVerdict.Retryable, variants: [(429, "Too Many Requests")]),
                Seed.Entry(http, "429", 429, "throttling", RetryVerdict.Retryable, variants: [(429, "Too Many Requests")]),
                Seed.Entry(http, "404", 404, "not-found", variants: [(404, "Not Found")]),
                Seed.Entry(sqlstate, "42939", null, variants: [(null, "reserved_name")]),
                Seed.Entry(ecs, "Forbidden.<script>", 403, "authorization", cause: "Holds <b>markup</b> & signs."),
                throttling);
            // More full-text matches than are ordered by cover density, the closest match among the last.
            var ledger = Seed.Service("ledgerco", "Ledger Co", "books", "Books API");
            db.ErrorCodes.AddRange(Enumerable.Range(1, 40).Select(i => Seed.Entry(ledger, $"BooksError{i:00}", null,
                cause: $"Ledger number {i} took its entries long before the period ended; only then was everything else sealed.")));
            db.ErrorCodes.Add(Seed.Entry(ledger, "LedgerSealed", 409, variants: [(409, "The ledger is sealed.")]));
            db.Articles.Add(new Article
            {
                Slug = "throttling-and-backoff", Title = "Throttling and exponential backoff", SourceFile = "a.md",
                Summary = "Why APIs throttle and how to retry with jitter.", Body = "Use exponential backoff with full jitter when a request is throttled.",
            });
            await db.SaveChangesAsync();

            // More matches of one word than are ranked, all from one vendor, stored before the one entry of another.
            var bulk = Seed.Service("bulkco", "Bulk Co", "parcels", "Parcels API");
            db.ErrorCodes.AddRange(Enumerable.Range(1, PostgresCodeSearch.TextCandidateCap).Select(i => Seed.Entry(bulk, $"Parcel{i:000}", 409,
                cause: "The parcel went into quarantine.", fix: "Wait for its release.")));
            await db.SaveChangesAsync();
            db.ErrorCodes.Add(Seed.Entry(Seed.Service("lastco", "Last Co", "customs", "Customs API"), "CustomsHold", 451, "legal",
                cause: "Customs put the shipment in quarantine.", fix: "Wait for its release."));
            // A message in the words every one of them has, its entry stored after them all.
            db.ErrorCodes.Add(Seed.Entry(Seed.Service("portco", "Port Co", "docks", "Docks API"), "ParcelHeld", 409,
                variants: [(409, "The parcel went into quarantine.")]));
            await db.SaveChangesAsync();
        }
    }

    private async Task<SearchResults> SearchAsync(string text, int limit = 20, int offset = 0)
    {
        await using var db = fixture.CreateContext();
        return await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text, Limit: limit, Offset: offset), CancellationToken.None);
    }

    private static string Id(SearchResult r) => r.Kind == "code" ? $"{r.Vendor}/{r.Service}/{r.Code}" : $"article:{r.Url}";

    [Theory]
    [InlineData("RequestLimitExceeded")]
    [InlineData("requestlimitexceeded")]
    [InlineData("RequestLimitExeeded")]
    public async Task A_code_in_any_case_or_with_a_typo_comes_first(string text)
    {
        var results = await SearchAsync(text);

        Assert.Equal("aws/ec2/RequestLimitExceeded", Id(results.Results[0]));
    }

    [Fact]
    public async Task Exact_matches_come_first_with_their_tier()
    {
        var results = await SearchAsync("RequestLimitExceeded");

        Assert.Equal("exact", results.Results[0].Tier);
    }

    [Fact]
    public async Task Words_no_entry_has_together_find_the_entries_with_some_of_them_as_partial()
    {
        var results = await SearchAsync("denied zebra okapi");

        Assert.NotEmpty(results.Results);
        Assert.All(results.Results, r => Assert.Equal("partial", r.Tier));
        Assert.Contains(results.Results, r => r.Code == "Throttling");
    }

    [Fact]
    public async Task Words_an_entry_has_together_are_text_not_partial()
    {
        var results = await SearchAsync("request denied");

        Assert.NotEmpty(results.Results);
        Assert.All(results.Results, r => Assert.Equal("text", r.Tier));
    }

    [Fact]
    public async Task A_typo_is_found_in_the_fuzzy_tier_with_suggestions()
    {
        var results = await SearchAsync("RequestLimitExeeded");

        Assert.Equal("fuzzy", results.Results[0].Tier);
        Assert.Contains(results.Suggestions, s => s.Text == "RequestLimitExceeded");
        Assert.Equal(results.Suggestions.Count, results.Suggestions.DistinctBy(s => s.Url).Count());
    }

    [Theory]
    [InlineData("SgnatureDoesNotMatch")]
    [InlineData("SignatrueDoesNotMatch")]
    [InlineData("SignatureDoesNtoMatch")]
    [InlineData("SignatureDoesNotMatchh")]
    [InlineData("SignatureDoesNotMach")]
    public async Task One_typo_anywhere_in_a_code_finds_it(string text)
    {
        var results = await SearchAsync(text);

        Assert.Equal("apigateway/SignatureDoesNotMatch", $"{results.Results[0].Service}/{results.Results[0].Code}");
        Assert.Equal("fuzzy", results.Results[0].Tier);
    }

    [Fact]
    public async Task A_code_shared_by_two_vendors_puts_both_on_top()
    {
        var results = await SearchAsync("InvalidInstanceId.NotFound");

        Assert.Equal(["alibaba-cloud/ecs/InvalidInstanceId.NotFound", "aws/ec2/InvalidInstanceID.NotFound"], results.Results.Take(2).Select(Id).Order());
    }

    [Fact]
    public async Task Words_find_identifiers_split_into_words()
    {
        var results = await SearchAsync("instance id not found");

        Assert.Contains("aws/ec2/InvalidInstanceID.NotFound", results.Results.Take(3).Select(Id));
    }

    [Fact]
    public async Task A_status_finds_the_http_entry_first_then_codes_with_that_status()
    {
        var results = await SearchAsync("429");

        Assert.Equal("http/status/429", Id(results.Results[0]));
        Assert.All(results.Results.Skip(1), r => Assert.Equal("status", r.Tier));
        Assert.Contains("aws/ecr/ThrottlingException", results.Results.Select(Id));
    }

    [Fact]
    public async Task A_docker_message_finds_the_ecr_entry_as_its_message_and_its_first_word_as_an_alias()
    {
        var message = await SearchAsync("TOOMANYREQUESTS: Rate exceeded");
        var word = await SearchAsync("TOOMANYREQUESTS");

        Assert.Equal(("aws/ecr/ThrottlingException", "message"), (Id(message.Results[0]), message.Results[0].Tier));
        Assert.Equal(("aws/ecr/ThrottlingException", "alias"), (Id(word.Results[0]), word.Results[0].Tier));
    }

    [Fact]
    public async Task The_start_of_a_code_finds_the_codes_it_begins()
    {
        var results = await SearchAsync("InvalidParam");

        Assert.Equal(["alibaba-cloud/ecs/InvalidParameter", "alibaba-cloud/ecs/InvalidParameter.IsNull"], results.Results.Take(2).Select(Id));
        Assert.All(results.Results.Take(2), r => Assert.Equal("family", r.Tier));
    }

    [Fact]
    public async Task A_family_finds_its_members_after_the_exact_code()
    {
        var results = await SearchAsync("InvalidParameter");

        Assert.Equal(["alibaba-cloud/ecs/InvalidParameter", "alibaba-cloud/ecs/InvalidParameter.IsNull"], results.Results.Take(2).Select(Id));
        Assert.Equal("family", results.Results[1].Tier);
    }

    [Fact]
    public async Task Prose_questions_find_entries_and_articles()
    {
        var signature = await SearchAsync("signature does not match");
        var backoff = await SearchAsync("exponential backoff jitter");

        Assert.Equal("aws/apigateway/SignatureDoesNotMatch", Id(signature.Results[0]));
        Assert.Equal("article", backoff.Results[0].Kind);
    }

    [Fact]
    public async Task Too_many_requests_finds_throttling_entries()
    {
        var results = await SearchAsync("too many requests");

        Assert.NotEmpty(results.Results);
        Assert.All(results.Results.Where(r => r.Kind == "code"), r => Assert.Equal("throttling", r.Category));
    }

    [Fact]
    public async Task A_bare_or_in_a_pasted_message_is_a_word_not_a_wider_search()
    {
        var both = await SearchAsync("request throttling");
        var withOr = await SearchAsync("request or throttling");

        Assert.Equal(both.Results.Select(Id), withOr.Results.Select(Id));
        Assert.DoesNotContain("aws/ec2/RequestLimitExceeded", withOr.Results.Select(Id));
    }

    [Fact]
    public async Task The_closest_match_of_many_comes_first_and_pages_cover_every_match_once()
    {
        var pages = new List<SearchResults>();
        for (var offset = 0; offset < 50; offset += 10)
        {
            pages.Add(await SearchAsync("ledger sealed", limit: 10, offset: offset));
        }

        Assert.Equal("ledgerco/books/LedgerSealed", Id(pages[0].Results[0]));
        var all = pages.SelectMany(p => p.Results).Select(Id).ToList();
        Assert.Equal(41, pages[0].Total);
        Assert.Equal(41, all.Distinct().Count());
        Assert.Equal(41, all.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_plan_mode_a_search_sets_is_gone_when_its_connection_is_used_again(bool noResetOnClose)
    {
        var oneConnection = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { MaxPoolSize = 1, NoResetOnClose = noResetOnClose }.ConnectionString;
        await using (var db = DataServiceCollectionExtensions.CreateContext(oneConnection))
        {
            await new PostgresCodeSearch(db).SearchAsync(new SearchQuery("request limit"), CancellationToken.None);
        }

        await using var next = DataServiceCollectionExtensions.CreateContext(oneConnection);
        await next.Database.OpenConnectionAsync();
        await using var show = new NpgsqlCommand("SHOW plan_cache_mode", (NpgsqlConnection)next.Database.GetDbConnection());
        Assert.Equal("auto", await show.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Snippets_highlight_matches_and_escape_everything_else()
    {
        var results = await SearchAsync("markup");

        var snippet = Assert.Single(results.Results).Snippet;
        Assert.Contains("<mark>markup</mark>", snippet);
        Assert.DoesNotContain("<b>", snippet);
        Assert.Contains("&amp; signs", snippet);
    }

    [Fact]
    public async Task A_pasted_message_with_an_id_in_it_finds_the_entry_by_its_other_words()
    {
        var results = await SearchAsync("The instance ID 'i-9f8e7d6c5b4a' does not exist");

        // Alibaba's "The specified InstanceId does not exist." is nearly the same message, a little less alike.
        Assert.Equal(["aws/ec2/InvalidInstanceID.NotFound", "alibaba-cloud/ecs/InvalidInstanceId.NotFound"], results.Results.Select(Id));
        Assert.All(results.Results, r => Assert.Equal("message", r.Tier));
    }

    [Theory]
    [InlineData("The parcel went into quarantine.")]
    [InlineData("the parcel went into quarantine")]
    public async Task A_pasted_message_finds_its_entry_beyond_the_cap_on_full_text_matches(string message)
    {
        var results = await SearchAsync(message);

        Assert.Equal(("portco/docks/ParcelHeld", "message"), (Id(results.Results[0]), results.Results[0].Tier));
    }

    [Theory]
    [InlineData("quarantine vendor:lastco")]
    [InlineData("quarantine service:customs")]
    [InlineData("quarantine status:451")]
    [InlineData("quarantine category:legal")]
    public async Task Filters_apply_before_the_cap_on_full_text_matches(string query)
    {
        var results = await SearchAsync(query);

        Assert.Equal(["lastco/customs/CustomsHold"], results.Results.Select(Id));
    }

    [Fact]
    public async Task Filters_alone_list_everything_they_match()
    {
        var results = await SearchAsync("vendor:aws status:4xx");

        Assert.Equal(4, results.Total);
        Assert.All(results.Results, r => Assert.Equal("aws", r.Vendor));
        Assert.Equal(4, results.Facets.Vendor["aws"]);
    }

    [Fact]
    public async Task Filters_narrow_text_and_exclusions_remove_words()
    {
        var throttlingOnAlibaba = await SearchAsync("throttling vendor:alibaba-cloud");
        var withoutDocker = await SearchAsync("rate exceeded -docker");

        Assert.Equal(["alibaba-cloud/ecs/Throttling"], throttlingOnAlibaba.Results.Select(Id));
        Assert.DoesNotContain("aws/ecr/ThrottlingException", withoutDocker.Results.Select(Id));
    }

    [Fact]
    public async Task Facets_count_the_whole_match_set_and_pages_do_not_overlap()
    {
        var first = await SearchAsync("category:throttling", limit: 2);
        var second = await SearchAsync("category:throttling", limit: 2, offset: 2);

        Assert.Equal(5, first.Total);
        Assert.Equal(5, first.Facets.Category["throttling"]);
        Assert.Empty(first.Results.Select(Id).Intersect(second.Results.Select(Id)));
        Assert.Equal(2, second.Results.Count);
    }

    [Theory]
    [InlineData("'; DROP TABLE error_codes; --")]
    [InlineData("\"unbalanced")]
    [InlineData("a & b | !c <-> d:* \\ ( ) '")]
    [InlineData("\0\u0001\ud800")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("status: vendor:")]
    [InlineData("%_%")]
    public async Task Any_input_is_safe(string text)
    {
        var results = await SearchAsync(text);

        Assert.NotNull(results);
    }

    [Fact]
    public async Task Ten_thousand_characters_are_safe()
    {
        var results = await SearchAsync(string.Concat(Enumerable.Repeat("Throttling \"x -y status:4", 400)));

        Assert.NotNull(results);
    }

    [Fact]
    public async Task Nothing_found_gives_suggestions_not_an_error()
    {
        var results = await SearchAsync("Throtling");

        Assert.Contains(results.Suggestions.Concat(results.Results.Select(r => new Suggestion(r.Code!, r.Vendor, r.Service, r.Url))), s => s.Text == "Throttling");
    }

    [Fact]
    public async Task A_prefix_finds_codes_while_typing()
    {
        var results = await SearchAsync("RequestLim");

        Assert.Equal("aws/ec2/RequestLimitExceeded", Id(results.Results[0]));
    }
}
