namespace KnowledgeBase.Importer.Reading;

/// <summary>Which column of a table holds what, found by header name (or by the metadata's <c>columns</c> mapping).</summary>
public sealed record ColumnMap(int Code, int Status, int Message, int Category, int Retry, int Cause, int Fix)
{
    public static readonly string[] Roles = ["code", "status", "message", "category", "retry", "cause", "fix"];

    /// <summary>The map of a header, or null when no column is a code column.</summary>
    public static ColumnMap? Find(IReadOnlyList<string> header, IReadOnlyDictionary<string, string> mapped)
    {
        var names = header.Select(h => h.Trim().Trim('*', '`', '_').Trim().ToLowerInvariant()).ToArray();
        var taken = new HashSet<int>();

        int Take(string role, Func<string, bool> matches)
        {
            if (mapped.TryGetValue(role, out var explicitHeader))
            {
                var index = Array.FindIndex(names, n => string.Equals(n, explicitHeader.Trim(), StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    taken.Add(index);
                }
                return index;
            }
            for (var i = 0; i < names.Length; i++)
            {
                if (!taken.Contains(i) && matches(names[i]))
                {
                    taken.Add(i);
                    return i;
                }
            }
            return -1;
        }

        var code = Take("code", n => n.Contains("code", StringComparison.Ordinal) && !n.Contains("status", StringComparison.Ordinal) && !n.Contains("http", StringComparison.Ordinal));
        if (code < 0)
        {
            return null;
        }
        var status = Take("status", n => n.Contains("status", StringComparison.Ordinal) || n.Contains("http", StringComparison.Ordinal));
        var category = Take("category", n => n == "category");
        var retry = Take("retry", n => n is "retry" or "retryable" or "retry verdict");
        var cause = Take("cause", n => n == "cause");
        var fix = Take("fix", n => n is "fix" or "solution" or "resolution");
        var message = Take("message", n =>
            n.Contains("message", StringComparison.Ordinal) || n.Contains("description", StringComparison.Ordinal) ||
            n.Contains("meaning", StringComparison.Ordinal) || n.Contains("reason", StringComparison.Ordinal));
        return new ColumnMap(code, status, message, category, retry, cause, fix);
    }
}
