using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Api;

/// <summary><c>GET /api/v1/codes/{vendor}/{service}/{code}</c>: one entry, the hottest path of the product.</summary>
public static class CodesApi
{
    public static RouteGroupBuilder MapCodesApi(this RouteGroupBuilder api)
    {
        // The code takes the rest of the path: some codes have slashes (EntryUrls.CodeFromPath).
        api.MapGet("/codes/{vendor}/{service}/{**code}", GetAsync)
            .WithName("GetCode")
            .WithSummary("One entry by vendor, service and code (any case; Client./Server. prefixes and aliases resolve).");
        return api;
    }

    private static async Task<Results<CachedJson<EntryDto>, ProblemHttpResult>> GetAsync(
        string vendor, string service, string code, HttpContext context,
        KnowledgeBaseDbContext db, ContentCache cache, ICodeSearch search, CancellationToken cancellationToken)
    {
        code = EntryUrls.CodeFromPath(code);
        var id = await FindIdAsync(db, cache, vendor, service, code, cancellationToken)
            ?? await FindMovedIdAsync(db, cache, vendor, code, cancellationToken);
        if (id is long found)
        {
            var entries = await cache.LoadEntriesJsonAsync(db, [found], ApiProblems.BaseUrl(context.Request), cancellationToken);
            if (entries.Count == 1)
            {
                return new CachedJson<EntryDto>(entries[0]);
            }
        }
        var suggestions = await search.SuggestAsync(code, 5, cancellationToken);
        return ApiProblems.NotFound(context, $"There is no entry for '{code}' in {vendor}/{service}.", suggestions.ToDto(context.Request));
    }

    /// <summary>The entry's id within one service: its own code first, then an alias.</summary>
    public static Task<long?> FindIdAsync(
        KnowledgeBaseDbContext db, ContentCache cache, string vendor, string service, string code, CancellationToken cancellationToken)
    {
        if (!CodeKey.IsPlausible(code))
        {
            return Task.FromResult<long?>(null);
        }
        var key = CodeKey.Normalize(code);
        vendor = vendor.ToLowerInvariant();
        service = service.ToLowerInvariant();
        return cache.GetOrAddAsync(db, ("code-id", vendor, service, key), async () =>
        {
            var inService = db.ErrorCodes.AsNoTracking().Where(e => e.Service.Slug == service && e.Service.Vendor.Slug == vendor);
            // Two index probes, the code first; one query with an OR over the alias would walk the whole service.
            return await inService.Where(e => e.CodeKey == key).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await inService.Where(e => e.Aliases.Any(a => a.AliasKey == key)).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// An entry that moved to another of its vendor's services (Prisma's migrate codes left prisma/client) keeps its
    /// old address: the vendor's only entry with that code answers it, as <c>/codes/{vendor}/{code}</c> finds it.
    /// </summary>
    public static async Task<long?> FindMovedIdAsync(
        KnowledgeBaseDbContext db, ContentCache cache, string vendor, string code, CancellationToken cancellationToken) =>
        (await cache.LookUpAsync(db, code, new LookupFilter(Vendor: vendor), cancellationToken))
            .Where(m => m.Kind == MatchKind.Exact).ToList() is [var only] ? only.Id : null;

    public static IReadOnlyList<SuggestionDto> ToDto(this IEnumerable<Suggestion> suggestions, HttpRequest request) =>
        suggestions.Select(s => new SuggestionDto(s.Text, s.Vendor, s.Service, EntryUrls.Absolute(ApiProblems.BaseUrl(request), s.Url))).ToList();
}
