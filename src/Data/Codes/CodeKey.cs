namespace KnowledgeBase.Data.Codes;

/// <summary>
/// The one normalization of error codes shared by the importer, search, the web pages and the API,
/// so that a code typed, pasted or linked in any spelling lands on the same entry.
/// </summary>
public static class CodeKey
{
    // EC2 returns some codes with these prefixes (Client.UnauthorizedOperation), and Chrome prints its network
    // errors in their namespace (net::ERR_CERT_COMMON_NAME_INVALID); the entry is the bare code.
    private static readonly string[] IgnoredPrefixes = ["client.", "server.", "net::"];

    // What a code is quoted or followed by in messages and logs: "An error occurred (RequestLimitExceeded) when…",
    // "[ThrottlingException]", "TOOMANYREQUESTS:". No code of any vendor begins or ends with these.
    private static readonly char[] TrimmedCharacters = [' ', '\t', '\r', '\n', '"', '\'', '`', ':', ',', ';', '(', ')', '[', ']', '{', '}'];

    /// <summary>Lower-cased, trimmed, without <c>Client.</c>/<c>Server.</c>/<c>net::</c> prefixes.</summary>
    public static string Normalize(string code)
    {
        var key = code.Trim(TrimmedCharacters).ToLowerInvariant();
        foreach (var prefix in IgnoredPrefixes)
        {
            if (key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
            }
        }
        return key;
    }

    /// <summary>
    /// The key of the family a dotted code belongs to (<c>InvalidParameter.IsNull</c> → <c>invalidparameter</c>),
    /// or null when the code has no family part.
    /// </summary>
    public static string? FamilyOf(string code)
    {
        var key = Normalize(code);
        var dot = key.IndexOf('.');
        return dot > 0 ? key[..dot] : null;
    }

    /// <summary>Whether a string can be a code at all: short, one line, not blank.</summary>
    public static bool IsPlausible(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 200 && !code.Contains('\n');
}
