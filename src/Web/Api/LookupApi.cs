using System.Buffers;
using System.Globalization;
using System.Text.Json;
using KnowledgeBase.Data;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// <c>/api/v1/lookup</c>: every entry a code as written can mean, across vendors (exact, alias, family), for tools
/// that hold a code but not its vendor. GET for one code, POST for up to <see cref="MaxCodes"/> at once.
/// </summary>
public static class LookupApi
{
    public const int MaxCodes = 100;

    public static RouteGroupBuilder MapLookupApi(this RouteGroupBuilder api)
    {
        api.MapGet("/lookup", GetAsync)
            .WithName("LookupCode")
            .WithSummary("Every entry whose code, alias or family matches a code, exact matches first; suggestions when none does.");
        api.MapPost("/lookup", PostAsync)
            .WithName("LookupCodes")
            .WithSummary($"The GET lookup for up to {MaxCodes} codes at once, answered in the order asked.");
        return api;
    }

    public sealed record LookupResponse(string Query, IReadOnlyList<EntryDto> Entries, IReadOnlyList<SuggestionDto> Suggestions);

    public sealed record BatchRequest(IReadOnlyList<string>? Codes);

    public sealed record BatchResponse(IReadOnlyList<BatchResult> Results);

    public sealed record BatchResult(string Query, IReadOnlyList<EntryDto> Entries);

    private static async Task<Results<CachedJson<LookupResponse>, ProblemHttpResult>> GetAsync(
        HttpContext context, KnowledgeBaseDbContext db, ContentCache cache, ICodeSearch search, CancellationToken cancellationToken,
        string? code = null, string? vendor = null, string? service = null, string? status = null)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return ApiProblems.BadParameter(context, "code", "Give the code to look up: /api/v1/lookup?code=RequestLimitExceeded");
        }
        if (code.Length > 200)
        {
            return ApiProblems.BadParameter(context, "code", "A code is at most 200 characters long; to find codes in a log, POST it to /api/v1/extract.");
        }
        int? httpStatus = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 100 or > 599)
            {
                return ApiProblems.BadParameter(context, "status", "The status must be an HTTP status code between 100 and 599.");
            }
            httpStatus = parsed;
        }

        var entries = await LookUpAsync(db, cache, code, new LookupFilter(vendor, service, httpStatus), context.Request, cancellationToken);
        IReadOnlyList<SuggestionDto> suggestions = entries.Count == 0
            ? (await search.SuggestAsync(code, 5, cancellationToken)).ToDto(context.Request)
            : [];
        return new CachedJson<LookupResponse>(WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("query", code);
            WriteEntries(writer, entries);
            writer.WritePropertyName("suggestions");
            JsonSerializer.Serialize(writer, suggestions, ContentCache.EntryJson);
            writer.WriteEndObject();
        }));
    }

    private static async Task<Results<CachedJson<BatchResponse>, ProblemHttpResult>> PostAsync(
        BatchRequest request, HttpContext context, KnowledgeBaseDbContext db, ContentCache cache, CancellationToken cancellationToken)
    {
        if (request.Codes is not { Count: > 0 } codes)
        {
            return ApiProblems.BadParameter(context, "codes", "Send { \"codes\": [\"A\", \"B\"] } with at least one code.");
        }
        if (codes.Count > MaxCodes)
        {
            return ApiProblems.BadParameter(context, "codes", $"At most {MaxCodes} codes per request; this one has {codes.Count}.");
        }
        var results = new List<(string Query, IReadOnlyList<byte[]> Entries)>(codes.Count);
        foreach (var code in codes)
        {
            var entries = string.IsNullOrWhiteSpace(code) ? [] : await LookUpAsync(db, cache, code, new LookupFilter(), context.Request, cancellationToken);
            results.Add((code ?? "", entries));
        }
        return new CachedJson<BatchResponse>(WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var (query, entries) in results)
            {
                writer.WriteStartObject();
                writer.WriteString("query", query);
                WriteEntries(writer, entries);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }));
    }

    private static async Task<IReadOnlyList<byte[]>> LookUpAsync(
        KnowledgeBaseDbContext db, ContentCache cache, string code, LookupFilter filter, HttpRequest request, CancellationToken cancellationToken)
    {
        var matches = await cache.LookUpAsync(db, code, filter, cancellationToken);
        return await cache.LoadEntriesJsonAsync(db, matches.Select(m => m.Id).ToList(), ApiProblems.BaseUrl(request), cancellationToken);
    }

    /// <summary>
    /// The responses are written by hand around the cached entries' JSON, which goes out as it is: turning every entry
    /// of every answer back into objects only to serialize them again cost a fifth of the lookup's throughput. The
    /// records above stay the contract, for OpenAPI and for the tests that hold the two forms equal.
    /// </summary>
    private static byte[] WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ContentCache.EntryJson.Encoder }))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteEntries(Utf8JsonWriter writer, IReadOnlyList<byte[]> entries)
    {
        writer.WriteStartArray("entries");
        foreach (var entry in entries)
        {
            writer.WriteRawValue(entry, skipInputValidation: true);
        }
        writer.WriteEndArray();
    }
}
