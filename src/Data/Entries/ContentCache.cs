using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>
    /// A code's matches (<see cref="CodeLookup"/>), cached under one key for everything that looks a code up: the
    /// lookup API, the deep link and an entry page whose service the code is not in all answer the same question.
    /// </summary>
    public Task<IReadOnlyList<CodeMatch>> LookUpAsync(KnowledgeBaseDbContext db, string code, LookupFilter filter, CancellationToken cancellationToken) =>
        GetOrAddAsync(db, ("lookup", code, filter), () => CodeLookup.FindAsync(db, code, filter, cancellationToken), cancellationToken);

    /// <summary>Whole entries by id, in the order asked, each cached on its own.</summary>
    public async Task<IReadOnlyList<EntryDto>> LoadEntriesAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var entries = await LoadAsync(db, ids, baseUrl, cancellationToken);
        return entries.Select(e => e.Entry ?? JsonSerializer.Deserialize<EntryDto>(e.Json, EntryJson)!).ToList();
    }

    /// <summary>Whole entries by id, in the order asked, as the API's UTF-8 JSON, ready to be written as they are.</summary>
    public async Task<IReadOnlyList<byte[]>> LoadEntriesJsonAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var entries = await LoadAsync(db, ids, baseUrl, cancellationToken);
        return entries.Select(e => e.Json).ToList();
    }

    /// <summary>
    /// Entries are kept as their UTF-8 JSON, not as objects: a third of the memory (about 1 KB an entry against 3 KB
    /// of UTF-16 strings and the records around them), and the API writes them without serializing them again.
    /// <see cref="CachedEntry.Entry"/> is set only for the ones just read from the database.
    /// </summary>
    private async Task<IReadOnlyList<CachedEntry>> LoadAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var current = await VersionAsync(db, cancellationToken);
        var found = new Dictionary<long, CachedEntry>();
        var missing = new List<long>();
        foreach (var id in ids)
        {
            if (cache.TryGetValue((current, "entry", baseUrl, id), out byte[]? json) && json is not null)
            {
                found[id] = new CachedEntry(json, null);
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
                var json = JsonSerializer.SerializeToUtf8Bytes(entry, EntryJson);
                found[id] = new CachedEntry(json, entry);
                cache.Set((current, "entry", baseUrl, id), json, Options(ApproximateBytes(json)));
            }
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    private sealed record CachedEntry(byte[] Json, EntryDto? Entry);

    /// <summary>
    /// The API's JSON, as ASP.NET Core writes it by default for HTTP responses, which the web app does not change:
    /// camelCase, and only what JSON itself requires escaped (not the HTML-safe escaping of <see cref="JsonSerializerOptions.Web"/>).
    /// </summary>
    public static readonly JsonSerializerOptions EntryJson = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static MemoryCacheEntryOptions Options(long size) => new() { Size = size, SlidingExpiration = TimeSpan.FromMinutes(10) };

    /// <summary>
    /// What a cached value holds, roughly: an entry is its JSON's bytes; a list of lookup matches is a few short
    /// strings each; the cache's own entry and key add about as much again as a short string.
    /// </summary>
    internal static long ApproximateBytes(object? value)
    {
        const int PerObject = 32;
        const int PerCacheEntry = 256;
        return value switch
        {
            byte[] json => PerCacheEntry + PerObject + json.Length,
            System.Collections.ICollection list => PerCacheEntry + 8L * PerObject * list.Count,
            _ => PerCacheEntry,
        };
    }
}

/// <summary>The <c>ContentCache</c> section.</summary>
public sealed class ContentCacheOptions
{
    public const string Section = "ContentCache";

    /// <summary>
    /// How much the cached entries (their JSON) and lookups of one web process may hold. A budget in bytes, not in
    /// entries: entries differ tenfold in length, and 50,000 long ones would hold a hundred megabytes. Smaller is no
    /// saving when the entries in use do not fit: they push each other out, every lookup goes to the database, and the
    /// process grows larger than with all of them cached (the benchmark's 19,000 looked-up entries take about 25 MB).
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
