using KnowledgeBase.Data.Entries;
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
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
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
}
