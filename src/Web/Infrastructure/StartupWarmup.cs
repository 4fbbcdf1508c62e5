using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Infrastructure;

/// <summary>
/// Reads one entry the way <c>GET /api/v1/codes/…</c> does while the server starts: EF Core's model, the lookup's
/// and the entry's queries, the first pooled connection and the entry's JSON contract are built once, before a
/// client waits for them. Without it the first lookup after a start took 1.0-1.4 s on its own (0.6-0.8 s with it).
/// Whatever fails here (no database yet, an empty one) is left for the requests to report.
/// </summary>
public sealed class StartupWarmup(IServiceScopeFactory scopes, ILogger<StartupWarmup> logger) : BackgroundService
{
    /// <summary>Entries are cached per base URL: the warm-up's own entry is kept apart from every client's.</summary>
    private const string WarmupBaseUrl = "http://warm-up.invalid";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting first: the warm-up runs beside Kestrel's start, not before it.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeBaseDbContext>();
            var cache = scope.ServiceProvider.GetRequiredService<ContentCache>();
            var first = await db.ErrorCodes.AsNoTracking()
                .OrderBy(e => e.Id)
                .Select(e => new { Vendor = e.Service.Vendor.Slug, Service = e.Service.Slug, e.Code })
                .FirstOrDefaultAsync(stoppingToken);
            if (first is null)
            {
                return;
            }
            if (await CodesApi.FindIdAsync(db, cache, first.Vendor, first.Service, first.Code, stoppingToken) is { } id)
            {
                await cache.LoadEntriesJsonAsync(db, [id], WarmupBaseUrl, stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "Warm-up skipped: {Reason}", ex.Message);
        }
    }
}

public static class StartupWarmupExtensions
{
    public static IServiceCollection AddStartupWarmup(this IServiceCollection services) => services.AddHostedService<StartupWarmup>();
}
