namespace KnowledgeBase.Data.Entries;

/// <summary>Where an entry or article lives; every link the product hands out is built here.</summary>
public static class EntryUrls
{
    public static string Page(string vendor, string service, string code) =>
        $"/codes/{Uri.EscapeDataString(vendor)}/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(code)}";

    public static string Api(string vendor, string service, string code) =>
        $"/api/v1/codes/{Uri.EscapeDataString(vendor)}/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(code)}";

    /// <summary>
    /// A code as a route took it from the path. Some codes have slashes (Excel's #DIV/0!, WSL's Wsl/Service/E_UNEXPECTED,
    /// Firebase's auth/invalid-credential), which <see cref="Page"/> escapes, and the server leaves an escaped slash escaped.
    /// </summary>
    public static string CodeFromPath(string code) => code.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public static string Article(string slug) => $"/articles/{Uri.EscapeDataString(slug)}";

    /// <summary>Makes a site path absolute against the base the request came in on (empty base keeps it relative).</summary>
    public static string Absolute(string baseUrl, string path) => string.IsNullOrEmpty(baseUrl) ? path : baseUrl.TrimEnd('/') + path;
}
