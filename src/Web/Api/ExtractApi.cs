using System.Text;
using System.Text.Json;
using KnowledgeBase.Data;
using KnowledgeBase.Data.Extraction;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// <c>POST /api/v1/extract</c>: the text of a log line or an error response (as <c>text/plain</c> or as
/// <c>{ "text": "…" }</c>) → the codes, statuses and request IDs in it, each with its entries.
/// </summary>
public static class ExtractApi
{
    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/extract", ExtractAsync)
            .WithName("Extract")
            .WithSummary("Extract error codes, HTTP statuses and request IDs from a log line or an error response")
            // No Accepts<T>(): its content-type matcher would answer other media types with a bare 415 before the
            // handler could explain what to send.
            .WithDescription("Send the text as text/plain, or as JSON {\"text\": \"…\"}; at most 64 KiB.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = DescribeRequestBody();
                return Task.CompletedTask;
            })
            .Produces<ExtractResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    public sealed record ExtractRequest(string? Text);

    /// <summary>The handler reads the body itself (to explain a wrong media type), so the document is told what it accepts.</summary>
    private static OpenApiRequestBody DescribeRequestBody() => new()
    {
        Required = true,
        Description = "The log line or error response, at most 64 KiB.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            ["application/json"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "text" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["text"] = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        },
    };

    private static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult, ValidationProblem>> ExtractAsync(
        HttpRequest request, KnowledgeBaseDbContext db, ICodeSearch search, CancellationToken cancellationToken)
    {
        var baseUrl = ApiProblems.BaseUrl(request);

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !(IsPlainText(contentType) || IsJson(contentType)))
        {
            return Problem(request, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the text as text/plain, or as application/json in the form {\"text\": \"…\"}.");
        }
        // RequestLimits already refuses a declared length over the limit; this read also bounds a chunked body.
        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return Problem(request, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"The body is larger than {MaxBodyBytes / 1024} KiB: paste only the error response or the log lines around the error.");
        }

        string? text;
        if (IsJson(contentType))
        {
            try
            {
                text = JsonSerializer.Deserialize<ExtractRequest>(body, JsonSerializerOptions.Web)?.Text;
            }
            catch (JsonException)
            {
                return MissingText(request, "The body is not valid JSON: send {\"text\": \"…\"} with the log line or error response as the text.");
            }
        }
        else
        {
            text = (contentType.Encoding ?? Encoding.UTF8).GetString(body);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return MissingText(request, "The text is empty: paste a log line or an error response.");
        }
        return TypedResults.Ok(await ErrorTextExtractor.ExtractAsync(db, search, text, baseUrl, cancellationToken));
    }

    private static bool IsPlainText(MediaTypeHeaderValue type) => type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private const int MaxBodyBytes = RequestLimits.MaxApiBodyBytes;

    /// <summary>Reads at most <see cref="RequestLimits.MaxApiBodyBytes"/>; null when the body is longer (chunked bodies have no length to check first).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }
        return total > MaxBodyBytes ? null : buffer[..total];
    }

    private static ValidationProblem MissingText(HttpRequest request, string detail) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["text"] = [detail] },
            detail: detail,
            title: "The text to extract from is missing",
            type: ApiProblems.TypeFor(request, StatusCodes.Status400BadRequest));

    private static ProblemHttpResult Problem(HttpRequest request, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: ApiProblems.TypeFor(request, status));
}
