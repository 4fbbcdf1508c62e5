using KnowledgeBase.Data;
using KnowledgeBase.Data.Extraction;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBase.Web.Pages;

/// <summary><c>/paste</c>: paste a log line or an error response, see the codes in it and what they mean.</summary>
public sealed class PasteModel(KnowledgeBaseDbContext db, ICodeSearch search) : PageModel
{
    /// <summary>How many search results are shown when the paste holds nothing the extractor recognises.</summary>
    private const int SearchedResults = 5;

    [BindProperty]
    public string? Text { get; set; }

    public ExtractResponse? Result { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The pasted text cut into plain and matched pieces, to show where each match is.</summary>
    public IReadOnlyList<(string Text, int? Match)> Pieces { get; private set; } = [];

    /// <summary>The line searched for when nothing was recognised, and what the search found for it.</summary>
    public string? SearchedLine { get; private set; }

    public IReadOnlyList<SearchResult> SearchResults { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            Problem = "Paste a log line, a stack trace or a whole error response first.";
            return Page();
        }
        if (Text.Length > RequestLimits.MaxApiBodyBytes)
        {
            Problem = $"That is more than {RequestLimits.MaxApiBodyBytes / 1024} KiB: paste only the error response or the log lines around the error.";
            return Page();
        }

        // Relative links: the page is served from the same site.
        Result = await ErrorTextExtractor.ExtractAsync(db, Text, "", cancellationToken);
        Pieces = Cut(Text, Result.Matches);
        // No shape we know (a kubectl event, a message some tool printed on its own): the search compares the line
        // with every entry's words and messages.
        if (Result.Matches.Count == 0 && ErrorLine(Text) is { } line)
        {
            SearchedLine = line;
            // Entries with only some of its words are guesses, and "everything went fine" has none to guess at.
            SearchResults = (await search.SearchAsync(new SearchQuery(line, Limit: SearchedResults), cancellationToken)).Results
                .Where(r => r.Tier != "partial").ToList();
        }
        return Page();
    }

    private static readonly string[] ErrorWords = ["error", "fail", "exception", "denied", "refused", "invalid", "timeout", "timed out", "warning", "cannot", "unable"];

    /// <summary>The line of a paste most likely to be the error: the first with an error word in it, else the longest.</summary>
    private static string? ErrorLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var line = lines.FirstOrDefault(l => ErrorWords.Any(w => l.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? lines.MaxBy(l => l.Length);
        return line is null ? null : ParsedQuery.Clean(line);
    }

    private static List<(string Text, int? Match)> Cut(string text, IReadOnlyList<ExtractMatch> matches)
    {
        var pieces = new List<(string, int?)>();
        var position = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            // Matches never overlap in practice; if one did, the earlier one keeps the text.
            if (match.Start < position)
            {
                continue;
            }
            if (match.Start > position)
            {
                pieces.Add((text[position..match.Start], null));
            }
            pieces.Add((text.Substring(match.Start, match.Length), i + 1));
            position = match.Start + match.Length;
        }
        if (position < text.Length)
        {
            pieces.Add((text[position..], null));
        }
        return pieces;
    }
}
