using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Extraction;
using KnowledgeBase.Data.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBase.Web.Pages;

/// <summary><c>/search?q=…&amp;page=…</c>: the results of the one search service, with facets that narrow the query.</summary>
public sealed class SearchModel(ICodeSearch search, KnowledgeBaseDbContext db) : PageModel
{
    public const int PageSize = 20;
    private const int MaxPage = 50;

    public string Query { get; private set; } = "";
    public int PageNumber { get; private set; } = 1;
    public SearchResults? Results { get; private set; }

    /// <summary>
    /// The codes a tool's error output typed into the box names, each with its best entry, as <c>/paste</c> reads
    /// them (an AWS CLI line's operation says which service's ThrottlingException it is). Empty for anything else.
    /// </summary>
    public IReadOnlyList<ExtractMatch> Output { get; private set; } = [];

    /// <summary>Other spellings to search for, once each, when nothing matched better than a typo would.</summary>
    public IReadOnlyList<string> DidYouMean =>
        Results is { } results && (results.Total == 0 || results.Results.All(r => r.Tier == "fuzzy"))
            ? results.Suggestions.Select(s => s.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

    /// <summary>
    /// What the results are not, when they are less than the query asked for: no entry has the code typed (only
    /// entries that mention its words were found), or no entry has all the words (these have some). Null otherwise.
    /// </summary>
    public string? ShortOf
    {
        get
        {
            if (Results is not { Results: [var first, ..] })
            {
                return null;
            }
            if (first.Tier == "partial")
            {
                return "No entry has all of these words; these have some of them.";
            }
            // A word such as "throttling" is a search, not a code: only an identifier of several words says "code".
            return first.Tier == "text" && ParsedQuery.Parse(new SearchQuery(Query)).SingleCode is not null && IdentifierWords.Split(Query).Contains(' ')
                ? $"No entry has the code {Query}; these mention its words."
                : null;
        }
    }

    public int PageCount => Results is null ? 0 : Math.Min(MaxPage, (Results.Total + PageSize - 1) / PageSize);

    // "page" is also the route value naming the Razor page: read it from the query string explicitly.
    public async Task OnGetAsync(string? q, [FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        PageNumber = Math.Clamp(pageNumber ?? 1, 1, MaxPage);
        if (Query.Length == 0)
        {
            return;
        }
        Results = await search.SearchAsync(new SearchQuery(Query, Limit: PageSize, Offset: (PageNumber - 1) * PageSize), cancellationToken);
        if (PageNumber == 1 && ErrorTextScanner.Scan(Query).Codes.Any(c => !c.IsMessage))
        {
            // Relative links: the page is served from the same site.
            var output = await ErrorTextExtractor.ExtractAsync(db, search, Query, "", cancellationToken);
            Output = output.Matches.Where(m => m.Kind != ExtractionKinds.SearchedLine && m.Entries.Count > 0).ToList();
        }
    }

    /// <summary>The query narrowed by one more filter (<c>vendor:aws</c>); a value with spaces is quoted.</summary>
    public string Narrow(string filter, string value)
    {
        var term = $"{filter}:{(value.Contains(' ') ? $"\"{value}\"" : value)}";
        var text = Query.Contains(term, StringComparison.OrdinalIgnoreCase) ? Query : $"{Query} {term}";
        return Link(text, 1);
    }

    public static string Link(string query, int page) =>
        "/search?q=" + Uri.EscapeDataString(query) + (page > 1 ? $"&page={page}" : "");
}
