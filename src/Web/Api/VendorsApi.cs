using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Web.Api;

/// <summary><c>GET /api/v1/vendors</c>: what the knowledge base covers, with entry counts.</summary>
public static class VendorsApi
{
    public static RouteGroupBuilder MapVendorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/vendors", ListAsync)
            .WithName("ListVendors")
            .WithSummary("Vendors with their services and how many entries each has.");
        return api;
    }

    public sealed record VendorsResponse(IReadOnlyList<VendorDto> Vendors);

    public sealed record VendorDto(string Vendor, string Name, int Entries, IReadOnlyList<ServiceDto> Services);

    public sealed record ServiceDto(string Service, string Name, int Entries);

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<VendorsResponse>> ListAsync(
        KnowledgeBaseDbContext db, ContentCache cache, CancellationToken cancellationToken)
    {
        var vendors = await cache.GetOrAddAsync(db, "vendors", () => LoadAsync(db, cancellationToken), cancellationToken);
        return TypedResults.Ok(vendors);
    }

    public static async Task<VendorsResponse> LoadAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking()
            .Select(s => new { Vendor = s.Vendor.Slug, VendorName = s.Vendor.Name, s.Slug, s.Name, Entries = s.Codes.Count })
            .ToListAsync(cancellationToken);
        return new VendorsResponse(services
            .GroupBy(s => (s.Vendor, s.VendorName))
            .OrderBy(g => g.Key.Vendor, StringComparer.Ordinal)
            .Select(g => new VendorDto(g.Key.Vendor, g.Key.VendorName, g.Sum(s => s.Entries),
                g.OrderBy(s => s.Slug, StringComparer.Ordinal).Select(s => new ServiceDto(s.Slug, s.Name, s.Entries)).ToList()))
            .ToList());
    }
}
