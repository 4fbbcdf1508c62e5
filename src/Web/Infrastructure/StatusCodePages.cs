namespace KnowledgeBase.Web.Infrastructure;

/// <summary>
/// Errors in the shape each caller reads: the API and non-HTML callers get RFC 9457 problems (from
/// AddProblemDetails), browsers the friendly error page. Never a stack trace.
/// </summary>
public static class StatusCodePages
{
    public static IApplicationBuilder UseErrorPagesAndProblems(this IApplicationBuilder app)
    {
        app.UseWhen(IsApiRequest, api => api.UseExceptionHandler());
        app.UseWhen(context => !IsApiRequest(context), pages => pages.UseExceptionHandler("/Error"));
        app.UseWhen(IsPageRequest, page => page.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
        app.UseWhen(context => !IsPageRequest(context), api => api.UseStatusCodePages());
        return app;
    }

    private static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static bool IsPageRequest(HttpContext context) =>
        !IsApiRequest(context) && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
