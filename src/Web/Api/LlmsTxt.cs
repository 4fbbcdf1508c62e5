namespace KnowledgeBase.Web.Api;

/// <summary><c>/llms.txt</c>: how an LLM agent calls the API, in a few lines (https://llmstxt.org).</summary>
public static class LlmsTxt
{
    private const string Text = """
        # Error-code knowledge base

        > Look up API error codes (AWS, Alibaba Cloud, HTTP statuses, PostgreSQL SQLSTATEs, ...): what an error means,
        > its HTTP status, cause, fix, and whether and how to retry. JSON over HTTPS, no key needed, camelCase fields.

        ## API
        - [Look up a code](/api/v1/lookup?code=RequestLimitExceeded): GET /api/v1/lookup?code=X[&vendor=][&service=][&status=] → {query, entries[], suggestions[]}; entries matched by code, alias or family, exact first.
        - [One entry](/api/v1/codes/aws/ec2/RequestLimitExceeded): GET /api/v1/codes/{vendor}/{service}/{code} → the entry; 404 problem with suggestions.
        - [Search](/api/v1/search?q=too+many+requests): GET /api/v1/search?q=...&vendor=&service=&status=4xx&category=&limit=&offset= → {query, total, results[], facets, suggestions[]}.
        - Batch: POST /api/v1/lookup with {"codes": ["A", "B"]} (at most 100) → {results: [{query, entries[]}]}.
        - Paste a log or error response: POST /api/v1/extract with the text (text/plain or {"text": "..."}, at most 64 KiB) → {matches[], message}; each match has its kind, position and entries[]. Text in no shape we know is searched by its error line (kind searched-line).
        - [Vendors](/api/v1/vendors): GET /api/v1/vendors → vendors, services and entry counts.
        - [OpenAPI](/openapi/v1.json): the full contract.

        ## Entry fields
        vendor, service, code, httpStatus, variants[{httpStatus, message}], category, retry{verdict: retryable|not-retryable|conditional, guidance}, cause (Markdown), fix (Markdown), aliases, related[], articles[], sources[], updated, url (the human page), apiUrl.

        ## Notes
        - Errors are RFC 9457 problem details; 429 comes with Retry-After. Responses carry ETags: send If-None-Match.
        - Deep link for humans: /e/{code} redirects to the entry's page.
        """;

    public static IEndpointRouteBuilder MapLlmsTxt(this IEndpointRouteBuilder app)
    {
        app.MapGet("/llms.txt", () => TypedResults.Text(Text, "text/plain; charset=utf-8")).ExcludeFromDescription();
        return app;
    }
}
