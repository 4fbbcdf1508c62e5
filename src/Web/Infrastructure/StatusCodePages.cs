namespace KnowledgeBase.Web.Infrastructure;

/// <summary>
/// Empty error responses get a body: API and non-HTML callers an RFC 9457 problem (from AddProblemDetails),
/// browsers the friendly error page.
/// </summary>
public static class StatusCodePages
{
    public static IApplicationBuilder UseStatusCodePagesForProblemsAndPages(this IApplicationBuilder app)
    {
        app.UseWhen(IsPageRequest, page => page.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
        app.UseWhen(context => !IsPageRequest(context), api => api.UseStatusCodePages());
        return app;
    }

    private static bool IsPageRequest(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
