namespace KnowledgeBase.Data.Entries;

/// <summary>Where an entry or article lives; every link the product hands out is built here.</summary>
public static class EntryUrls
{
    public static string Page(string vendor, string service, string code) =>
        $"/codes/{Uri.EscapeDataString(vendor)}/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(code)}";

    public static string Api(string vendor, string service, string code) =>
        $"/api/v1/codes/{Uri.EscapeDataString(vendor)}/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(code)}";

    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    /// <summary>Makes a site path absolute against the base the request came in on (empty base keeps it relative).</summary>
    public static string Absolute(string baseUrl, string path) => string.IsNullOrEmpty(baseUrl) ? path : baseUrl.TrimEnd('/') + path;
}
