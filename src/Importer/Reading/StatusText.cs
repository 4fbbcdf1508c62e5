using System.Globalization;

namespace KnowledgeBase.Importer.Reading;

/// <summary>Reads an HTTP status cell: <c>400</c>, <c>429 Too Many Requests</c>, or nothing (<c>-</c>, <c>N/A</c>).</summary>
public static class StatusText
{
    public static bool TryParse(string? text, out int? status, out string? error)
    {
        status = null;
        error = null;
        var value = text?.Trim().Trim('`', '*').Trim() ?? "";
        if (value is "" or "-" or "—" or "–" or "n/a" or "N/A")
        {
            return true;
        }
        var digits = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > 9 || (digits < value.Length && !char.IsWhiteSpace(value[digits])))
        {
            error = $"HTTP status '{Shorten(value)}' is not a number";
            return false;
        }
        var number = int.Parse(value[..digits], CultureInfo.InvariantCulture);
        if (number is < 100 or > 599)
        {
            error = $"HTTP status {number} is outside 100-599";
            return false;
        }
        status = number;
        return true;
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
