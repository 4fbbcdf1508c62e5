using System.Text.RegularExpressions;
using KnowledgeBase.Data.Model;

namespace KnowledgeBase.Importer.Validation;

/// <summary>The closed sets of values the content format allows (see content/README.md).</summary>
public static partial class Vocabulary
{
    public static readonly IReadOnlySet<string> Categories = new HashSet<string>(StringComparer.Ordinal)
    {
        "throttling", "quota", "authentication", "authorization", "not-found", "validation", "conflict",
        "consistency", "tls", "server", "client", "success", "redirect", "informational",
    };

    public static bool IsSlug(string? value) => value is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(value);

    /// <summary>The retry verdict as stored (<c>retryable</c>, <c>not-retryable</c>, <c>conditional</c>), or null.</summary>
    public static string? RetrySlug(string? value) =>
        RetryVerdicts.TryParse(value, out var verdict) ? verdict.ToSlug() : null;

    public static string CategoryList => string.Join(", ", Categories.Order(StringComparer.Ordinal));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
