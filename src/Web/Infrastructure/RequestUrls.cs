namespace KnowledgeBase.Web.Infrastructure;

public static class RequestUrls
{
    /// <summary>The scheme, host and path base the request came in on: what absolute links are built against.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
