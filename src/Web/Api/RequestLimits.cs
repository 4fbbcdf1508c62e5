using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeBase.Web.Api;

/// <summary>API request bodies are small JSON or a pasted log: anything over 64 KiB is refused with 413.</summary>
public static class RequestLimits
{
    public const int MaxApiBodyBytes = 64 * 1024;

    public static IApplicationBuilder UseApiRequestLimits(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), branch => branch.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxApiBodyBytes)
            {
                await TooLargeAsync(context);
                return;
            }
            // A chunked body has no length up front: Kestrel stops reading it at the limit.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxApiBodyBytes;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await TooLargeAsync(context);
            }
        }));

    private static Task TooLargeAsync(HttpContext context) =>
        TypedResults.Problem(
            type: ApiProblems.TypeFor(context.Request, StatusCodes.Status413PayloadTooLarge),
            title: "Request body too large",
            detail: $"Request bodies are limited to {MaxApiBodyBytes / 1024} KiB.",
            statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
}
