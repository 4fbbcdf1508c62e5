using System.Text;

namespace KnowledgeBase.Data.Codes;

/// <summary>
/// Splits identifiers into lower-case words the way the database function <c>kb_identifier_words</c> does for the
/// index (<c>InvalidInstanceID.NotFound</c> → <c>invalid instance id not found</c>,
/// <c>ERR_CERT_COMMON_NAME_INVALID</c> → <c>err cert common name invalid</c>), so that typed codes and the
/// indexed codes meet as the same words. Letters outside ASCII are kept, for prose in other languages.
/// </summary>
public static class IdentifierWords
{
    public static string Split(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                AppendSpace(builder);
                continue;
            }
            if (i > 0 && char.IsUpper(c))
            {
                var previous = text[i - 1];
                var lowerBefore = char.IsLower(previous) || char.IsDigit(previous);
                // The end of an acronym: the D of IDNot in InvalidInstanceIDNotFound starts no word, the N does.
                var acronymEnd = char.IsUpper(previous) && i + 1 < text.Length && char.IsLower(text[i + 1]);
                if (lowerBefore || acronymEnd)
                {
                    AppendSpace(builder);
                }
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Trim();
    }

    private static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }
}
