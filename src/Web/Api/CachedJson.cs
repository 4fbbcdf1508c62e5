using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// A 200 whose body is JSON already serialized (a cached entry, or a response written around cached entries), sent
/// as it is. To OpenAPI it is a <typeparamref name="T"/>, like <see cref="Microsoft.AspNetCore.Http.HttpResults.Ok{TValue}"/>.
/// </summary>
public sealed class CachedJson<T>(byte[] utf8Json) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => JsonContentType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = utf8Json.Length;
        return httpContext.Response.Body.WriteAsync(utf8Json, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
