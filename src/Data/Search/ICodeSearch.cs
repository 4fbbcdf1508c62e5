namespace KnowledgeBase.Data.Search;

/// <summary>
/// The one search service behind the pages, the deep links and the API. It runs on PostgreSQL
/// (Lucene.Net cannot be restored from our registry); another engine can be put behind this interface later.
/// </summary>
public interface ICodeSearch
{
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>"Did you mean": the nearest codes and article titles to a text that matched nothing well.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken);
}

/// <summary>
/// What the user typed (<see cref="Text"/> may itself hold filters such as <c>vendor:aws status:4xx</c>)
/// plus filters given separately, e.g. as query-string parameters.
/// </summary>
public sealed record SearchQuery(
    string Text,
    string? Vendor = null,
    string? Service = null,
    string? Status = null,
    string? Category = null,
    bool? Retryable = null,
    int Limit = 20,
    int Offset = 0);

public sealed record SearchResults(
    string Query,
    int Total,
    IReadOnlyList<SearchResult> Results,
    SearchFacets Facets,
    IReadOnlyList<Suggestion> Suggestions);

/// <param name="Kind"><c>code</c> or <c>article</c>.</param>
/// <param name="Snippet">HTML: escaped text with <c>&lt;mark&gt;</c> around the matched words.</param>
/// <param name="Tier">
/// How it matched: <c>message</c> (the text is the entry's own message, values aside), <c>exact</c>, <c>alias</c>,
/// <c>family</c>, <c>status</c>, <c>word</c> (a code named by an everyday word among others, with the other words:
/// <c>s3 nosuchkey</c>), <c>text</c> (all the words), <c>fuzzy</c> (a code like the one typed), <c>filter</c>
/// (filters alone), <c>partial</c> (some of the words: no entry had them all).
/// </param>
/// <param name="Id">The entry's or the article's row, for callers that load it whole; not shown to users.</param>
public sealed record SearchResult(
    string Kind,
    string? Vendor,
    string? Service,
    string? Code,
    string Title,
    int? HttpStatus,
    string? Category,
    string Snippet,
    string Url,
    string? ApiUrl,
    string Tier,
    long Id);

public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Vendor,
    IReadOnlyDictionary<string, int> HttpStatus,
    IReadOnlyDictionary<string, int> Category);

public sealed record Suggestion(string Text, string? Vendor, string? Service, string Url);
