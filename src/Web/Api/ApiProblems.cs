using KnowledgeBase.Data.Entries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// RFC 9457 problems whose <c>type</c> is our own entry for the HTTP status (<c>/codes/http/status/429</c>),
/// so a client that follows it lands on an explanation with retry guidance.
/// </summary>
public static class ApiProblems
{
    public static string TypeFor(HttpRequest request, int status) =>
        EntryUrls.Absolute(BaseUrl(request), EntryUrls.Page("http", "status", status.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static ProblemHttpResult BadParameter(HttpContext context, string parameter, string detail) =>
        TypedResults.Problem(
            type: TypeFor(context.Request, StatusCodes.Status400BadRequest),
            title: "Invalid parameter",
            detail: detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(HttpContext context, string detail, IReadOnlyList<SuggestionDto> suggestions) =>
        TypedResults.Problem(
            type: TypeFor(context.Request, StatusCodes.Status404NotFound),
            title: "No such entry",
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            extensions: new Dictionary<string, object?> { ["suggestions"] = suggestions });

    /// <summary>Every problem the app writes (status code pages, the exception handler, the rate limiter) gets the same type links.</summary>
    public static IServiceCollection AddApiProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            if (context.ProblemDetails.Type is null || context.ProblemDetails.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                context.ProblemDetails.Type = TypeFor(context.HttpContext.Request, status);
            }
        });
}

public sealed record SuggestionDto(string Code, string? Vendor, string? Service, string Url);
