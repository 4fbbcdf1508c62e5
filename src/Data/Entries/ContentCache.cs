using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        cache.Set(cacheKey, value, Options(ApproximateBytes(value)));
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
                cache.Set((current, "entry", baseUrl, id), entry, Options(ApproximateBytes(entry)));
            }
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private static MemoryCacheEntryOptions Options(long size) => new() { Size = size, SlidingExpiration = TimeSpan.FromMinutes(10) };

    /// <summary>
    /// What a cached value holds, roughly: text is most of an entry, two bytes a character, and every string, list and
    /// record around it adds its header; the cache's own entry and key add about as much again as a short string.
    /// </summary>
    internal static long ApproximateBytes(object? value)
    {
        const int PerObject = 32;
        const int PerCacheEntry = 256;
        switch (value)
        {
            case EntryDto e:
                string?[] texts =
                [
                    e.Vendor, e.VendorName, e.Service, e.ServiceName, e.Code, e.Title, e.Summary, e.Category, e.Retry.Verdict,
                    e.Retry.Guidance, e.Cause, e.Fix, e.Family, e.Updated, e.Url, e.ApiUrl,
                    .. e.Variants.Select(v => v.Message), .. e.Aliases,
                    .. e.Related.SelectMany(r => new[] { r.Vendor, r.Service, r.Code, r.Title, r.Url }),
                    .. e.Articles.Concat(e.Sources).SelectMany(l => new[] { l.Title, l.Url }),
                ];
                return PerCacheEntry + texts.Sum(t => PerObject + 2L * (t?.Length ?? 0)) + PerObject * (8 + e.Variants.Count + e.Related.Count + e.Articles.Count + e.Sources.Count);
            case System.Collections.ICollection list:
                // Lookup matches: a few short strings each.
                return PerCacheEntry + 8L * PerObject * list.Count;
            default:
                return PerCacheEntry;
        }
    }
}

/// <summary>The <c>ContentCache</c> section.</summary>
public sealed class ContentCacheOptions
{
    public const string Section = "ContentCache";

    /// <summary>
    /// How much the cached entries and lookups of one web process may hold, estimated from their text. A budget in
    /// bytes, not in entries: entries differ tenfold in length, and 50,000 long ones would hold hundreds of megabytes.
    /// Smaller is no saving when the entries in use do not fit: at 32 MB the benchmark's 19,000 looked-up entries
    /// pushed each other out, every lookup went to the database, and the process grew larger than with all cached.
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}

public static class ContentCacheServiceCollectionExtensions
{
    public static IServiceCollection AddContentCache(this IServiceCollection services)
    {
        // Bounded: a crawler walking every code must not grow the process without limit.
        services.AddOptions<ContentCacheOptions>()
            .BindConfiguration(ContentCacheOptions.Section)
            .Validate(options => options.SizeLimitMegabytes >= 1, "ContentCache:SizeLimitMegabytes must be 1 or more.")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddOptions<MemoryCacheOptions>()
            .Configure<IOptions<ContentCacheOptions>>((memory, content) => memory.SizeLimit = content.Value.SizeLimitMegabytes * 1024L * 1024);
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
