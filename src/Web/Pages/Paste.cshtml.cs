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
    [BindProperty]
    public string? Text { get; set; }

    public ExtractResponse? Result { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The pasted text cut into plain and matched pieces, to show where each match is.</summary>
    public IReadOnlyList<(string Text, int? Match)> Pieces { get; private set; } = [];

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
        Result = await ErrorTextExtractor.ExtractAsync(db, search, Text, "", cancellationToken);
        Pieces = Cut(Text, Result.Matches);
        return Page();
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
