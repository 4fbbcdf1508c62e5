using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Data.Entries;

/// <summary>
/// Content changes only when an import runs, so lookups and entries are cached in the process under the id of the
/// latest import run. The id is re-read at most every <see cref="VersionCheckInterval"/>: a finished import is seen
/// by every web process within that time, and old keys simply stop being asked for (they expire).
/// </summary>
public sealed class ContentCache(IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan VersionCheckInterval = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private long version = -1;
    private DateTimeOffset checkedAt = DateTimeOffset.MinValue;

    /// <summary>The id of the latest finished import run (0 when nothing was imported).</summary>
    public async ValueTask<long> VersionAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (version >= 0 && now - checkedAt < VersionCheckInterval)
            {
                return version;
            }
        }
        var latest = await db.ImportRuns.AsNoTracking().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;
        lock (gate)
        {
            version = latest;
            checkedAt = now;
        }
        return latest;
    }

    public async Task<T> GetOrAddAsync<T>(KnowledgeBaseDbContext db, object key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var cacheKey = (await VersionAsync(db, cancellationToken), key);
        if (cache.TryGetValue(cacheKey, out T? cached) && cached is not null)
        {
            return cached;
        }
        var value = await load();
        cache.Set(cacheKey, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return value;
    }

    /// <summary>Whole entries by id, in the order asked, each cached on its own.</summary>
    public async Task<IReadOnlyList<EntryDto>> LoadEntriesAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var current = await VersionAsync(db, cancellationToken);
        var found = new Dictionary<long, EntryDto>();
        var missing = new List<long>();
        foreach (var id in ids)
        {
            if (cache.TryGetValue((current, "entry", baseUrl, id), out EntryDto? entry) && entry is not null)
            {
                found[id] = entry;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var (id, entry) in await EntryReader.LoadByIdAsync(db, missing, baseUrl, cancellationToken))
            {
                found[id] = entry;
                cache.Set((current, "entry", baseUrl, id), entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
            }
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}

public static class ContentCacheServiceCollectionExtensions
{
    public static IServiceCollection AddContentCache(this IServiceCollection services)
    {
        // Bounded: a crawler walking every code must not grow the process without limit.
        services.AddMemoryCache(options => options.SizeLimit = 50_000);
        services.TryAddTimeProvider();
        services.AddSingleton<ContentCache>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
