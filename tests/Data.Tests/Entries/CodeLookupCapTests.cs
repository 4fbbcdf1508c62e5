using KnowledgeBase.Data.Entries;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Data.Tests.Entries;

public sealed class CodeLookupCapTests(CodeLookupCapTests.Fixture fixture) : IClassFixture<CodeLookupCapTests.Fixture>
{
    /// <summary>A family with more members than a lookup returns, its own entry stored after all of them.</summary>
    public sealed class Fixture : TestDatabase
    {
        public const int Members = CodeLookup.MaxMatches + 50;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var service = Seed.Service("acme", "Acme", "api", "Acme API");
            db.ErrorCodes.AddRange(Enumerable.Range(0, Members).Reverse().Select(i => Seed.Entry(service, $"Quota.Member{i:000}", 400)));
            await db.SaveChangesAsync();
            db.ErrorCodes.Add(Seed.Entry(service, "Quota", 400));
            await db.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_lookup_past_the_cap_keeps_the_exact_match_and_the_first_members_in_order()
    {
        await using var db = fixture.CreateContext();

        var matches = await CodeLookup.FindAsync(db, "Quota", new LookupFilter(), CancellationToken.None);

        Assert.Equal(CodeLookup.MaxMatches, matches.Count);
        Assert.Equal(("Quota", MatchKind.Exact), (matches[0].Code, matches[0].Kind));
        Assert.Equal(
            Enumerable.Range(0, CodeLookup.MaxMatches - 1).Select(i => $"Quota.Member{i:000}"),
            matches.Skip(1).Select(m => m.Code));
    }
}
