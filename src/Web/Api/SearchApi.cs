using System.Globalization;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeBase.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the search box's results as JSON (also what the site's instant search calls).</summary>
public static class SearchApi
{
    public const int DefaultLimit = 20;

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Search codes and articles: a code, a typo, a message or words, with filters vendor:, service:, status:, category:, retryable:.");
        return api;
    }

    public sealed record SearchResponse(
        string Query, int Total, IReadOnlyList<SearchResultDto> Results, FacetsDto Facets, IReadOnlyList<SuggestionDto> Suggestions);

    public sealed record SearchResultDto(
        string Kind, string? Vendor, string? Service, string? Code, string Title, int? HttpStatus, string? Category,
        string Snippet, string Url, string? ApiUrl, string Tier);

    public sealed record FacetsDto(
        IReadOnlyDictionary<string, int> Vendor, IReadOnlyDictionary<string, int> HttpStatus, IReadOnlyDictionary<string, int> Category);

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(
        HttpContext context, ICodeSearch search, CancellationToken cancellationToken,
        string? q = null, string? vendor = null, string? service = null, string? status = null, string? category = null,
        string? retryable = null, string? limit = null, string? offset = null)
    {
        if (status is { Length: > 0 } && StatusRange.TryParse(status) is null)
        {
            return ApiProblems.BadParameter(context, "status", "The status must be an HTTP status (429) or a class (4xx).");
        }
        bool? retry = null;
        if (retryable is { Length: > 0 })
        {
            if (!bool.TryParse(retryable, out var parsedRetry))
            {
                return ApiProblems.BadParameter(context, "retryable", "retryable must be true or false.");
            }
            retry = parsedRetry;
        }
        if (!TryParseCount(limit, DefaultLimit, out var take) || take < 1)
        {
            return ApiProblems.BadParameter(context, "limit", $"limit must be a whole number from 1 to {PostgresCodeSearch.MaxLimit}.");
        }
        if (!TryParseCount(offset, 0, out var skip) || skip > 10_000)
        {
            return ApiProblems.BadParameter(context, "offset", "offset must be a whole number from 0 to 10000.");
        }
        var query = new SearchQuery(q ?? "", vendor, service, status, category, retry, Math.Min(take, PostgresCodeSearch.MaxLimit), skip);
        if (string.IsNullOrWhiteSpace(q) && vendor is null && service is null && status is null && category is null && retry is null)
        {
            return ApiProblems.BadParameter(context, "q", "Give a query (q=RequestLimitExceeded) or at least one filter (vendor, service, status, category, retryable).");
        }

        var results = await search.SearchAsync(query, cancellationToken);
        var baseUrl = ApiProblems.BaseUrl(context.Request);
        return TypedResults.Ok(new SearchResponse(
            results.Query,
            results.Total,
            results.Results.Select(r => new SearchResultDto(
                r.Kind, r.Vendor, r.Service, r.Code, r.Title, r.HttpStatus, r.Category, r.Snippet,
                EntryUrls.Absolute(baseUrl, r.Url), r.ApiUrl is null ? null : EntryUrls.Absolute(baseUrl, r.ApiUrl), r.Tier)).ToList(),
            new FacetsDto(results.Facets.Vendor, results.Facets.HttpStatus, results.Facets.Category),
            results.Suggestions.ToDto(context.Request)));
    }

    private static bool TryParseCount(string? value, int fallback, out int count)
    {
        count = fallback;
        return string.IsNullOrEmpty(value) || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
