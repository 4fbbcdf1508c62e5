using System.Text;
using System.Text.Json;
using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// <c>POST /api/v1/extract</c>: the text of a log line or an error response (as <c>text/plain</c> or as
/// <c>{ "text": "…" }</c>) → the codes, statuses and request IDs in it, each with its entries.
/// </summary>
public static class ExtractApi
{
    /// <summary>The API's body limit (64 KiB); the scanner is linear, but the database work per paste must stay small.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/extract", ExtractAsync)
            .WithName("Extract")
            .WithSummary("Extract error codes, HTTP statuses and request IDs from a log line or an error response")
            // No Accepts<T>(): its content-type matcher would answer other media types with a bare 415 before the
            // handler could explain what to send.
            .WithDescription("Send the text as text/plain, or as JSON {\"text\": \"…\"}; at most 64 KiB.")
            .Produces<ExtractResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    public sealed record ExtractRequest(string? Text);

    private static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult, ValidationProblem>> ExtractAsync(
        HttpRequest request, KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !(IsPlainText(contentType) || IsJson(contentType)))
        {
            return Problem(baseUrl, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the text as text/plain, or as application/json in the form {\"text\": \"…\"}.");
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge(baseUrl);
        }
        var body = await ReadBodyAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return TooLarge(baseUrl);
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
                return MissingText(baseUrl, "The body is not valid JSON: send {\"text\": \"…\"} with the log line or error response as the text.");
            }
        }
        else
        {
            text = (contentType.Encoding ?? Encoding.UTF8).GetString(body);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return MissingText(baseUrl, "The text is empty: paste a log line or an error response.");
        }
        return TypedResults.Ok(await ErrorTextExtractor.ExtractAsync(db, text, baseUrl, cancellationToken));
    }

    private static bool IsPlainText(MediaTypeHeaderValue type) => type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is longer (chunked bodies have no length to check first).</summary>
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

    private static ProblemHttpResult TooLarge(string baseUrl) =>
        Problem(baseUrl, StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The body is larger than {MaxBodyBytes / 1024} KiB: paste only the error response or the log lines around the error.");

    private static ValidationProblem MissingText(string baseUrl, string detail) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["text"] = [detail] },
            detail: detail,
            title: "The text to extract from is missing",
            type: StatusType(baseUrl, StatusCodes.Status400BadRequest));

    private static ProblemHttpResult Problem(string baseUrl, int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: StatusType(baseUrl, status));

    /// <summary>Problem types point at our own entry for the status (<c>/codes/http/status/415</c>).</summary>
    private static string StatusType(string baseUrl, int status) =>
        EntryUrls.Absolute(baseUrl, EntryUrls.Page("http", "status", status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
