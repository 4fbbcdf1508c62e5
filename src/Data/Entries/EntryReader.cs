using KnowledgeBase.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Entries;

/// <summary>Loads whole entries (with variants, aliases, related codes, articles, sources) by id, in the order asked.</summary>
public static class EntryReader
{
    public static async Task<IReadOnlyList<EntryDto>> LoadAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        var byId = await LoadByIdAsync(db, ids, baseUrl, cancellationToken);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>The entries that exist among <paramref name="ids"/>, by id.</summary>
    public static async Task<IReadOnlyDictionary<long, EntryDto>> LoadByIdAsync(
        KnowledgeBaseDbContext db, IReadOnlyList<long> ids, string baseUrl, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, EntryDto>();
        }

        // Six statements per uncached entry, each planned once per connection instead of on every execution.
        var connection = await GenericPlans.OpenAsync(db, cancellationToken);
        try
        {
            var rows = await db.ErrorCodes.AsNoTracking()
                .Where(e => ids.Contains(e.Id))
                .Select(e => new
                {
                    e.Id,
                    Vendor = e.Service.Vendor.Slug,
                    VendorName = e.Service.Vendor.Name,
                    Service = e.Service.Slug,
                    ServiceName = e.Service.Name,
                    e.Code,
                    e.Title,
                    e.Summary,
                    e.HttpStatus,
                    e.Category,
                    e.Retry,
                    e.RetryGuidance,
                    e.Cause,
                    e.Fix,
                    e.FamilyKey,
                    e.Updated,
                    Variants = e.Variants.OrderBy(v => v.Position).Select(v => new VariantDto(v.HttpStatus, v.Message)).ToList(),
                    Aliases = e.Aliases.OrderBy(a => a.Alias).Select(a => a.Alias).ToList(),
                    Related = e.Related
                        .OrderBy(r => r.Related.Service.Vendor.Slug).ThenBy(r => r.Related.Service.Slug).ThenBy(r => r.Related.Code)
                        .Select(r => new { Vendor = r.Related.Service.Vendor.Slug, Service = r.Related.Service.Slug, r.Related.Code, r.Related.Title, r.Related.HttpStatus })
                        .ToList(),
                    Articles = e.Articles.OrderBy(a => a.Article.Title).Select(a => new { a.Article.Title, a.Article.Slug }).ToList(),
                    Sources = e.Sources.OrderBy(s => s.Position).Select(s => new LinkDto(s.Title, s.Url)).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(cancellationToken);

            var entries = new Dictionary<long, EntryDto>(rows.Count);
            foreach (var r in rows)
            {
                entries.Add(r.Id, new EntryDto(
                    r.Vendor, r.VendorName, r.Service, r.ServiceName, r.Code, r.Title, r.Summary, r.HttpStatus, r.Variants,
                    r.Category, new RetryDto(r.Retry.ToSlug(), r.RetryGuidance), r.Cause, r.Fix, r.Aliases, r.FamilyKey,
                    r.Related.Select(x => new RelatedDto(x.Vendor, x.Service, x.Code, x.Title, x.HttpStatus,
                        EntryUrls.Absolute(baseUrl, EntryUrls.Page(x.Vendor, x.Service, x.Code)))).ToList(),
                    r.Articles.Select(a => new LinkDto(a.Title, EntryUrls.Absolute(baseUrl, EntryUrls.Article(a.Slug)))).ToList(),
                    r.Sources,
                    r.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    EntryUrls.Absolute(baseUrl, EntryUrls.Page(r.Vendor, r.Service, r.Code)),
                    EntryUrls.Absolute(baseUrl, EntryUrls.Api(r.Vendor, r.Service, r.Code))));
            }
            return entries;
        }
        finally
        {
            await GenericPlans.CloseAsync(db, connection);
        }
    }
}
