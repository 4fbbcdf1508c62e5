using System.Security.Cryptography;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// A strong ETag on every successful API GET (a hash of the body) with <c>If-None-Match</c> → 304, and a short
/// <c>Cache-Control</c>: content changes only when an import runs, so a minute of staleness is harmless.
/// </summary>
public static class HttpCaching
{
    public const string CacheControl = "public, max-age=60";

    public static IApplicationBuilder UseApiHttpCaching(this IApplicationBuilder app) =>
        app.UseWhen(
            context => (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/llms.txt")),
            branch => branch.Use(WithETagAsync));

    private static async Task WithETagAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = "\"" + Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = CacheControl;
            if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(v => v.Trim() == etag || v.Trim() == "*")))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }
        context.Response.ContentLength = buffer.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        }
    }
}
