using KnowledgeBase.Data.Model;
using KnowledgeBase.Data.Search;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Tests.Search;

/// <summary>
/// Full text reads code_search, which triggers on error_codes keep in step: these tests write entries the way any
/// client would and search for what they wrote.
/// </summary>
public sealed class CodeSearchTableTests(CodeSearchTableTests.Fixture fixture) : IClassFixture<CodeSearchTableTests.Fixture>
{
    public sealed class Fixture : TestDatabase;

    private async Task<IReadOnlyList<string?>> FindCodesAsync(string text)
    {
        await using var db = fixture.CreateContext();
        var results = await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text), CancellationToken.None);
        return results.Results.Where(r => r.Tier == "text").Select(r => r.Code).ToList();
    }

    [Fact]
    public async Task Added_changed_and_removed_entries_are_found_by_their_current_words_only()
    {
        var service = Seed.Service("acme", "Acme", "vault", "Vault API");
        await using (var db = fixture.CreateContext())
        {
            db.ErrorCodes.Add(Seed.Entry(service, "VaultSealed", 503, "unavailable", RetryVerdict.Retryable,
                cause: "The vault was sealed by an operator after a tamper alarm."));
            await db.SaveChangesAsync();
        }
        var afterAdding = await FindCodesAsync("tamper alarm");

        await using (var db = fixture.CreateContext())
        {
            var entry = await db.ErrorCodes.AsTracking().SingleAsync(e => e.Code == "VaultSealed");
            entry.Cause = "The vault was sealed during a scheduled key rotation.";
            entry.HttpStatus = 423;
            await db.SaveChangesAsync();
        }
        var oldWordsAfterChanging = await FindCodesAsync("tamper alarm");
        var newWordsAfterChanging = await FindCodesAsync("key rotation status:423");

        await using (var db = fixture.CreateContext())
        {
            await db.ErrorCodes.Where(e => e.Code == "VaultSealed").ExecuteDeleteAsync();
        }
        var afterRemoving = await FindCodesAsync("key rotation");

        Assert.Equal(["VaultSealed"], afterAdding);
        Assert.Empty(oldWordsAfterChanging);
        Assert.Equal(["VaultSealed"], newWordsAfterChanging);
        Assert.Empty(afterRemoving);
    }

    [Fact]
    public async Task A_full_text_result_names_the_vendor_and_service_of_its_entry()
    {
        var billing = Seed.Service("globex", "Globex", "billing", "Billing API");
        var ledger = Seed.Service("initech", "Initech", "ledger", "Ledger API");
        await using (var db = fixture.CreateContext())
        {
            db.ErrorCodes.Add(Seed.Entry(billing, "CardDeclined", 402, "payment", RetryVerdict.NotRetryable,
                cause: "The issuing bank refused the charge for a frosted parsnip."));
            db.ErrorCodes.Add(Seed.Entry(ledger, "PeriodClosed", 409, "conflict", RetryVerdict.NotRetryable,
                cause: "The accounting period of the frosted parsnip is closed."));
            await db.SaveChangesAsync();
        }

        await using var search = fixture.CreateContext();
        var results = await new PostgresCodeSearch(search).SearchAsync(new SearchQuery("frosted parsnip"), CancellationToken.None);

        Assert.Equal(
            [("globex", "billing", "CardDeclined", "/codes/globex/billing/CardDeclined"), ("initech", "ledger", "PeriodClosed", "/codes/initech/ledger/PeriodClosed")],
            results.Results.Where(r => r.Tier == "text").Select(r => (r.Vendor, r.Service, r.Code, r.Url)).OrderBy(r => r.Code).ToList());
    }

    [Fact]
    public async Task Identifiers_in_messages_prose_and_articles_are_found_by_their_words_as_well_as_whole()
    {
        var service = Seed.Service("umbrella", "Umbrella", "relay", "Relay API");
        await using (var db = fixture.CreateContext())
        {
            db.ErrorCodes.Add(Seed.Entry(service, "RelayDropped", null, "network", RetryVerdict.Retryable,
                cause: "The relay closed the socket.", fix: "Lower quietPeriodMillis below the relay's own idle timeout.",
                variants: [(null, "('Relay lost.', PeerVanished('Upstream gw.quokka.example went away'))")]));
            db.Articles.Add(new Article
            {
                Slug = "relay-idle-sockets", Title = "Idle sockets behind a relay", SourceFile = "a.md",
                Summary = "Why pooled sockets die.", Body = "Set lingerWindowSeconds on the pool.",
            });
            await db.SaveChangesAsync();
        }

        await using var search = fixture.CreateContext();
        async Task<IReadOnlyList<string>> FindAsync(string text) =>
            (await new PostgresCodeSearch(search).SearchAsync(new SearchQuery(text), CancellationToken.None)).Results
                .Select(r => r.Kind == "code" ? r.Code! : r.Url).ToList();

        Assert.Equal(["RelayDropped"], await FindAsync("('Relay lost.', PeerVanished('Upstream gw.quokka.example went away'))"));
        Assert.Equal(["RelayDropped"], await FindAsync("peer vanished upstream gw quokka"));
        Assert.Equal(["RelayDropped"], await FindAsync("PeerVanished gw.quokka.example"));
        Assert.Equal(["RelayDropped"], await FindAsync("quiet period millis"));
        Assert.Equal(["/articles/relay-idle-sockets"], await FindAsync("lingerWindowSeconds"));
        Assert.Equal(["/articles/relay-idle-sockets"], await FindAsync("linger window seconds"));
    }
}
