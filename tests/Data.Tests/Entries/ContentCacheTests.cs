using System.Text.Json;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Model;
using KnowledgeBase.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeBase.Data.Tests.Entries;

public sealed class ContentCacheTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task A_finished_import_is_served_once_the_version_check_interval_has_passed()
    {
        await using var db = database.CreateContext();
        var service = Seed.Service("aws", "Amazon Web Services", "ec2", "Amazon EC2");
        var entry = Seed.Entry(service, "RequestLimitExceeded", 503, cause: "Old cause.");
        db.ErrorCodes.Add(entry);
        await db.SaveChangesAsync();
        await Seed.MarkImportedAsync(db, 1);
        var clock = new ManualClock();
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1024 * 1024 });
        var cache = new ContentCache(memory, clock);
        var before = await cache.LoadEntriesAsync(db, [entry.Id], "", CancellationToken.None);

        await db.ErrorCodes.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.Cause, "New cause."));
        await Seed.MarkImportedAsync(db, 1);
        var soon = await cache.LoadEntriesAsync(db, [entry.Id], "", CancellationToken.None);
        clock.Now += ContentCache.VersionCheckInterval;
        var later = await cache.LoadEntriesAsync(db, [entry.Id], "", CancellationToken.None);

        Assert.Equal("Old cause.", before[0].Cause);
        Assert.Equal("Old cause.", soon[0].Cause);
        Assert.Equal("New cause.", later[0].Cause);
    }

    [Fact]
    public async Task The_budget_is_in_bytes_so_an_entry_larger_than_all_of_it_is_served_but_not_kept()
    {
        await using var db = database.CreateContext();
        var service = Seed.Service("acme", "Acme", "api", "Acme API");
        var small = Seed.Entry(service, "Small", 400, cause: "Short.");
        var large = Seed.Entry(service, "Large", 400, cause: new string('x', 20_000));
        db.ErrorCodes.AddRange(small, large);
        await db.SaveChangesAsync();
        await Seed.MarkImportedAsync(db, 2);
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 16 * 1024 });
        var cache = new ContentCache(memory, new ManualClock());

        await cache.LoadEntriesAsync(db, [small.Id, large.Id], "", CancellationToken.None);
        await db.ErrorCodes.Where(e => e.Id == small.Id || e.Id == large.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.Summary, "Changed."));
        var again = await cache.LoadEntriesAsync(db, [small.Id, large.Id], "", CancellationToken.None);

        Assert.Null(again[0].Summary);
        Assert.Equal("Changed.", again[1].Summary);
    }

    [Fact]
    public async Task A_cached_entry_reads_back_as_the_entry_it_was()
    {
        await using var db = database.CreateContext();
        var service = Seed.Service("widgetco", "WidgetCo", "widgets", "WidgetCo Widgets");
        var entry = Seed.Entry(service, "WidgetLimitExceeded", 429, "throttling", RetryVerdict.Retryable,
            "Too many **widgets** at once.", "Wait, then retry.", (429, "Widget limit exceeded."), (503, "Slow down, \"please\" <now>."));
        entry.Aliases = [new CodeAlias { Alias = "WIDGETS", AliasKey = "widgets" }];
        db.ErrorCodes.Add(entry);
        await db.SaveChangesAsync();
        await Seed.MarkImportedAsync(db, 1);
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1024 * 1024 });
        var cache = new ContentCache(memory, new ManualClock());

        var fromDatabase = (await cache.LoadEntriesAsync(db, [entry.Id], "https://kb.example", CancellationToken.None)).Single();
        await db.ErrorCodes.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(e => e.SetProperty(x => x.Cause, "Changed."));
        var fromCache = (await cache.LoadEntriesAsync(db, [entry.Id], "https://kb.example", CancellationToken.None)).Single();
        var json = await cache.LoadEntriesJsonAsync(db, [entry.Id], "https://kb.example", CancellationToken.None);

        Assert.Equal("Too many **widgets** at once.", fromCache.Cause);
        Assert.Equal(["Widget limit exceeded.", "Slow down, \"please\" <now>."], fromCache.Variants.Select(v => v.Message));
        Assert.Equal(["WIDGETS"], fromCache.Aliases);
        Assert.Equal(JsonSerializer.Serialize(fromDatabase, ContentCache.EntryJson), JsonSerializer.Serialize(fromCache, ContentCache.EntryJson));
        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(fromDatabase, ContentCache.EntryJson), json.Single());
    }

    [Fact]
    public async Task An_entry_that_does_not_exist_has_no_json()
    {
        await using var db = database.CreateContext();
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1024 * 1024 });
        var cache = new ContentCache(memory, new ManualClock());

        var json = await cache.LoadEntriesJsonAsync(db, [long.MaxValue], "", CancellationToken.None);

        Assert.Empty(json);
    }

    [Fact]
    public void An_entry_is_measured_by_its_json()
    {
        var entry = new EntryDto(
            "acme", "Acme", "api", "Acme API", "Short", null, null, 400, [new VariantDto(400, "Too short.")], "validation",
            new RetryDto("not-retryable", ""), "Short.", "", [], null, [], [], [new LinkDto("Acme API errors", "https://acme.example/errors")],
            "2026-11-23", "https://kb.example/codes/acme/api/Short", "https://kb.example/api/v1/codes/acme/api/Short");
        var longer = entry with { Cause = new string('x', 10_000) };

        var size = ContentCache.ApproximateBytes(JsonSerializer.SerializeToUtf8Bytes(entry, ContentCache.EntryJson));
        var longerSize = ContentCache.ApproximateBytes(JsonSerializer.SerializeToUtf8Bytes(longer, ContentCache.EntryJson));

        Assert.InRange(size, 600, 2_000);
        Assert.Equal(10_000 - "Short.".Length, longerSize - size);
    }
}
