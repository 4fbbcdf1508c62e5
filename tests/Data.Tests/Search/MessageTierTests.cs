using KnowledgeBase.Data.Model;
using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Data.Tests.Search;

public sealed class MessageTierTests(MessageTierTests.Fixture fixture) : IClassFixture<MessageTierTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var gizmo = Seed.Service("gizmo", "Gizmo", "api", "Gizmo API");
            var http = Seed.Service("http", "HTTP", "status", "HTTP status codes");
            var errno = Seed.Service("abacus", "Abacus", "errno", "Abacus errno values");
            db.ErrorCodes.AddRange(
                Seed.Entry(gizmo, "Unavailable", 503, "server", RetryVerdict.Retryable, variants: [(503, "The gizmo is resting.")]),
                Seed.Entry(http, "503", 503, "server", RetryVerdict.Retryable, variants: [(503, "Service Unavailable")]),
                Seed.Entry(gizmo, "HttpFault", null, "server", RetryVerdict.Conditional,
                    variants: [(null, "503 Server Error: Service Unavailable for url: …")]),
                Seed.Entry(gizmo, "StackFrame", null, "client", RetryVerdict.NotRetryable, variants: [(null, "at \"…\", line …")]),
                Seed.Entry(gizmo, "ECONNRESET", null, "network", RetryVerdict.Retryable, variants: [(null, "read ECONNRESET")]),
                Seed.Entry(errno, "ECONNRESET", null, "network", RetryVerdict.Retryable),
                Seed.Entry(gizmo, "ArtifactNotFound", null, "not-found", RetryVerdict.NotRetryable, variants: [(null, "Could not find artifact … in … (…)")]),
                Seed.Entry(errno, "ECONNREFUSED", null, "network", RetryVerdict.Retryable, variants: [(null, "Connection refused"), (null, "abacus: connection refused")]),
                Seed.Entry(gizmo, "RemoteRefused", null, "network", RetryVerdict.Retryable,
                    variants: [(null, "Gizmo … on resource '…' failed: Connection refused.")]),
                Seed.Entry(gizmo, "WrappedStatus", null, "network", RetryVerdict.Retryable,
                    variants: [(null, "gizmo rpc error: status = … detail = …")]),
                Seed.Entry(gizmo, "RefLockFailed", null, "client", RetryVerdict.Conditional,
                    variants: [(null, "error: cannot lock gizmo ref '…': is at … but expected …")]),
                Seed.Entry(errno, "ENOENT", null, "not-found", RetryVerdict.NotRetryable, variants: [(null, "No such file or directory")]),
                Seed.Entry(gizmo, "ConfigLoadFailed", null, "client", RetryVerdict.NotRetryable, variants: [(null, "Failed to load Gizmo config; …")]),
                Seed.Entry(errno, "DialTimeout", null, "network", RetryVerdict.Retryable, variants: [(null, "dial tcp …: connection timed out")]),
                Seed.Entry(gizmo, "AgentUnreachable", null, "network", RetryVerdict.Retryable, variants: [(null, "Error querying Gizmo agent: …")]),
                Seed.Entry(gizmo, "ExpressionTooLong", null, "validation", RetryVerdict.NotRetryable, variants: [(null, "Exceeded max expression length …")]),
                Seed.Entry(gizmo, "PipeSnappedByPeer", null, "network", RetryVerdict.Retryable, variants: [(null, "write unix …->…: write: pipe snapped by peer")]),
                Seed.Entry(errno, "ESNAPPED", null, "network", RetryVerdict.Retryable, variants: [(null, "Pipe snapped by peer")]),
                Seed.Entry(gizmo, "InvalidWorkflow", null, "validation", RetryVerdict.NotRetryable,
                    variants: [(null, "The gizmo workflow is not valid and will not run. … (Line: …, Col: …): …")]));
            // Other programs' messages with the system's text in them make it an error that programs wrap.
            db.ErrorCodes.AddRange(new[] { "Sprocket", "Widget", "Doohickey", "Thingamajig" }.Select(tool =>
                Seed.Entry(gizmo, $"{tool}Missing", null, "not-found", RetryVerdict.NotRetryable, variants: [(null, $"{tool} cannot open …: No such file or directory")])));
            db.ErrorCodes.AddRange(new[] { "Sprocket", "Widget", "Doohickey", "Thingamajig", "Whatsit" }.Select(tool =>
                Seed.Entry(gizmo, $"{tool}Down", null, "network", RetryVerdict.Retryable, variants: [(null, $"{tool} lost its backend: Get \"…\": dial tcp …: connection timed out")])));
            // The same message in two entries, one of which other entries point at; the other says its words more often.
            var quietLine = Seed.Entry(errno, "EQUIET", null, "network", RetryVerdict.Retryable, variants: [(null, "The line went quiet again")]);
            db.ErrorCodes.Add(Seed.Entry(gizmo, "QuietLine", null, "network", RetryVerdict.Retryable,
                cause: "The line went quiet again: a quiet line stays quiet until the line is reset.", variants: [(null, "The line went quiet again")]));
            var pointers = new[] { "WatchdogTripped", "HeartbeatLost" }.Select(code => Seed.Entry(gizmo, code, null, "network", RetryVerdict.Retryable)).ToList();
            db.ErrorCodes.AddRange([quietLine, .. pointers]);
            await db.SaveChangesAsync();
            db.CodeRelations.AddRange(pointers.Select(p => new CodeRelation { ErrorCodeId = p.Id, RelatedId = quietLine.Id }));
            await db.SaveChangesAsync();
        }
    }

    private async Task<SearchResults> SearchAsync(string text)
    {
        await using var db = fixture.CreateContext();
        return await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text), CancellationToken.None);
    }

    [Fact]
    public async Task A_pasted_message_finds_the_entry_it_belongs_to_before_the_codes_its_words_look_like()
    {
        var results = await SearchAsync("503 Server Error: Service Unavailable for url: https://gizmo.example/v1/parts");

        Assert.Equal(("HttpFault", "message"), (results.Results[0].Code, results.Results[0].Tier));
        Assert.Equal(["503"], results.Results.Skip(1).Where(r => r.Tier == "exact").Select(r => r.Code!));
    }

    [Fact]
    public async Task A_few_words_are_no_message_and_codes_come_first()
    {
        var results = await SearchAsync("Unavailable");

        Assert.Equal(("Unavailable", "exact"), (results.Results[0].Code, results.Results[0].Tier));
        Assert.DoesNotContain(results.Results, r => r.Tier == "message");
    }

    [Fact]
    public async Task A_message_of_the_same_shape_is_the_entrys_own_however_long_its_values()
    {
        var results = await SearchAsync("at \"BILLING.INVOICES_PACKAGE_BODY\", line 16384");

        Assert.Equal(("StackFrame", "message"), (results.Results[0].Code, results.Results[0].Tier));
    }

    [Fact]
    public async Task Two_words_after_a_severity_are_a_message_and_the_named_code_with_that_message_comes_first()
    {
        var results = await SearchAsync("Error: read ECONNRESET");

        Assert.Equal(("gizmo", "message"), (results.Results[0].Vendor, results.Results[0].Tier));
    }

    [Fact]
    public async Task Words_that_are_an_entrys_whole_message_find_it_before_the_code_they_spell()
    {
        var results = await SearchAsync("Pipe snapped by peer");

        Assert.Equal(["ESNAPPED", "PipeSnappedByPeer"], results.Results.Take(2).Select(r => r.Code!));
        Assert.All(results.Results.Take(2), r => Assert.Equal("message", r.Tier));
    }

    [Fact]
    public async Task Of_entries_with_the_same_message_the_one_others_point_at_comes_first()
    {
        var results = await SearchAsync("The line went quiet again");

        Assert.Equal(["EQUIET", "QuietLine"], results.Results.Take(2).Select(r => r.Code!));
    }

    [Fact]
    public async Task A_line_whose_values_are_words_finds_the_message_it_fills()
    {
        var results = await SearchAsync("[ERROR] Failed to execute goal on project app: Could not find artifact com.example:lib:jar:2.0 in central (https://repo.example/maven2) -> [Help 1]");

        Assert.Equal(("ArtifactNotFound", "message"), (results.Results[0].Code, results.Results[0].Tier));
    }

    [Fact]
    public async Task A_message_the_line_fills_goes_before_the_message_its_last_part_is()
    {
        var results = await SearchAsync("Message : Gizmo GET on resource 'http://inventory.internal:8081/items' failed: Connection refused.");

        Assert.Equal(("RemoteRefused", "message"), (results.Results[0].Code, results.Results[0].Tier));
        Assert.Contains(results.Results, r => r.Code == "ECONNREFUSED");
    }

    [Fact]
    public async Task A_line_without_the_severity_a_message_begins_with_still_fills_it()
    {
        var results = await SearchAsync("cannot lock gizmo ref 'refs/heads/main': is at 3f2a9c1e8b7d but expected 9b8a7c6d5e4f");

        Assert.Equal(("RefLockFailed", "message"), (results.Results[0].Code, results.Results[0].Tier));
    }

    [Fact]
    public async Task A_wrapper_whose_value_is_the_lines_last_part_does_not_go_before_that_parts_own_entry()
    {
        var results = await SearchAsync("sync failed: gizmo rpc error: status = 7 detail = abacus: connection refused");

        Assert.Equal("ECONNREFUSED", results.Results[0].Code);
    }

    [Fact]
    public async Task A_programs_wrapper_around_a_system_error_goes_before_the_system_errors_entry()
    {
        var results = await SearchAsync("Failed to load Gizmo config; open ../../.gizmo.hcl: no such file or directory");

        Assert.Equal(("ConfigLoadFailed", "message"), (results.Results[0].Code, results.Results[0].Tier));
        Assert.Contains(results.Results, r => r.Code == "ENOENT");
    }

    [Fact]
    public async Task A_wrapper_around_an_error_few_messages_contain_goes_after_that_errors_entry()
    {
        var results = await SearchAsync("The gizmo workflow is not valid and will not run. .gizmo/build.yml (Line: 88, Col: 9): Exceeded max expression length 21000");

        Assert.Equal(("ExpressionTooLong", "message"), (results.Results[0].Code, results.Results[0].Tier));
    }

    [Fact]
    public async Task A_programs_wrapper_around_a_system_error_with_values_goes_before_the_system_errors_entry()
    {
        var results = await SearchAsync("Error querying Gizmo agent: dial tcp 127.0.0.1:8500: connection timed out");

        Assert.Equal(("AgentUnreachable", "message"), (results.Results[0].Code, results.Results[0].Tier));
        Assert.Contains(results.Results, r => r.Code == "DialTimeout");
    }
}
