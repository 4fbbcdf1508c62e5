using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Model;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Data.Tests.Entries;

public sealed class CodeLookupTests(CodeLookupTests.Fixture fixture) : IClassFixture<CodeLookupTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var ec2 = Seed.Service("aws", "Amazon Web Services", "ec2", "Amazon EC2");
            var ecs = Seed.Service("alibaba-cloud", "Alibaba Cloud", "ecs", "Elastic Compute Service");
            var unauthorized = Seed.Entry(ec2, "UnauthorizedOperation", 403, "authorization");
            unauthorized.Aliases.Add(new CodeAlias { Alias = "Client.UnauthorizedOperation", AliasKey = "unauthorizedoperation" });
            var ecr = Seed.Service("aws", "Amazon Web Services", "ecr", "Amazon ECR");
            ecr.Vendor = ec2.Vendor;
            var throttling = Seed.Entry(ecr, "ThrottlingException", 429, "throttling", RetryVerdict.Retryable);
            throttling.Aliases.Add(new CodeAlias { Alias = "TOOMANYREQUESTS", AliasKey = "toomanyrequests" });
            db.ErrorCodes.AddRange(
                Seed.Entry(ec2, "InvalidInstanceID.NotFound", 400, "not-found"),
                Seed.Entry(ecs, "InvalidInstanceId.NotFound", 404, "not-found"),
                Seed.Entry(ecs, "MissingParameter", 400, variants: [(400, "The input parameter “Action” is not supplied"), (403, "OwnerId is not supplied")]),
                Seed.Entry(ecs, "InvalidParameter", 400),
                Seed.Entry(ecs, "InvalidParameter.IsNull", 400),
                unauthorized,
                throttling);
            await db.SaveChangesAsync();
        }
    }

    private async Task<IReadOnlyList<CodeMatch>> FindAsync(string code, LookupFilter? filter = null)
    {
        await using var db = fixture.CreateContext();
        return await CodeLookup.FindAsync(db, code, filter ?? new LookupFilter(), CancellationToken.None);
    }

    [Fact]
    public async Task Lookup_is_case_insensitive_and_finds_every_vendor()
    {
        var matches = await FindAsync("invalidinstanceid.notfound");

        Assert.Equal(["alibaba-cloud/ecs", "aws/ec2"], matches.Select(m => $"{m.Vendor}/{m.Service}"));
        Assert.All(matches, m => Assert.Equal(MatchKind.Exact, m.Kind));
    }

    [Fact]
    public async Task Lookup_lists_the_code_spelled_as_written_first()
    {
        var matches = await FindAsync("InvalidInstanceID.NotFound");

        Assert.Equal(["aws/ec2", "alibaba-cloud/ecs"], matches.Select(m => $"{m.Vendor}/{m.Service}"));
    }

    [Fact]
    public async Task Lookup_strips_the_client_prefix() =>
        Assert.Equal("UnauthorizedOperation", Assert.Single(await FindAsync("Client.UnauthorizedOperation")).Code);

    [Fact]
    public async Task Lookup_resolves_aliases()
    {
        var match = Assert.Single(await FindAsync("TOOMANYREQUESTS"));

        Assert.Equal(("ThrottlingException", MatchKind.Alias), (match.Code, match.Kind));
    }

    [Fact]
    public async Task Unknown_member_of_a_known_family_falls_back_to_the_family()
    {
        var match = Assert.Single(await FindAsync("MissingParameter.Foo"));

        Assert.Equal(("MissingParameter", MatchKind.Family), (match.Code, match.Kind));
    }

    [Fact]
    public async Task A_family_lists_its_members_after_the_exact_entry()
    {
        var matches = await FindAsync("InvalidParameter");

        Assert.Equal([("InvalidParameter", MatchKind.Exact), ("InvalidParameter.IsNull", MatchKind.Member)], matches.Select(m => (m.Code, m.Kind)));
    }

    [Fact]
    public async Task Filters_narrow_by_vendor_and_by_any_variant_status()
    {
        Assert.Equal("aws", Assert.Single(await FindAsync("InvalidInstanceId.NotFound", new LookupFilter(Vendor: "AWS"))).Vendor);
        Assert.Single(await FindAsync("MissingParameter", new LookupFilter(HttpStatus: 403)));
        Assert.Empty(await FindAsync("MissingParameter", new LookupFilter(HttpStatus: 500)));
    }

    [Fact]
    public async Task Entries_load_with_variants_in_order_and_absolute_urls()
    {
        await using var db = fixture.CreateContext();
        var id = Assert.Single(await CodeLookup.FindAsync(db, "MissingParameter", new LookupFilter(), CancellationToken.None)).Id;

        var entry = Assert.Single(await EntryReader.LoadAsync(db, [id], "https://kb.example", CancellationToken.None));

        Assert.Equal([400, 403], entry.Variants.Select(v => v.HttpStatus ?? 0));
        Assert.Equal("https://kb.example/codes/alibaba-cloud/ecs/MissingParameter", entry.Url);
        Assert.Equal("https://kb.example/api/v1/codes/alibaba-cloud/ecs/MissingParameter", entry.ApiUrl);
        Assert.Equal("not-retryable", entry.Retry.Verdict);
    }
}
