using System.Text.RegularExpressions;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Reading;

/// <summary>
/// PostgreSQL's <c>errcodes.txt</c>: <c>Section: Class XX - Title</c> lines open a family keyed by the class code;
/// every <c>SQLSTATE severity ERRCODE_MACRO [condition_name]</c> line is one variant of its code (a few SQLSTATEs
/// appear twice, under a second macro name), with the condition and macro names as aliases.
/// </summary>
public static partial class ErrcodesReader
{
    public static List<TableRow> Read(string file, string text, Problems problems)
    {
        var rows = new List<TableRow>();
        string? family = null;
        string? familyTitle = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (SectionLine().Match(line) is { Success: true } section)
            {
                family = section.Groups[1].Value;
                familyTitle = section.Groups[2].Value.Trim();
                continue;
            }
            if (CodeLine().Match(line) is { Success: true } code)
            {
                var sqlState = code.Groups[1].Value;
                var macro = code.Groups[3].Value;
                var condition = code.Groups[4].Success ? code.Groups[4].Value : null;
                var classCode = family ?? sqlState[..2];
                rows.Add(new TableRow(number, sqlState, null, condition ?? macro, Knowledge.None)
                {
                    FamilyKey = classCode.ToLowerInvariant(),
                    Title = Humanize(condition ?? macro["ERRCODE_".Length..]),
                    Summary = familyTitle is null ? null : $"Class {classCode}: {familyTitle}.",
                    Aliases = condition is null ? [macro] : [condition, macro],
                });
                continue;
            }
            problems.Add(file, number, $"not an errcodes.txt line (expected 'Section: Class XX - Title' or 'SQLSTATE E|W|S ERRCODE_NAME [condition]'): '{StatusText.Shorten(line.Trim())}'");
        }
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(file, 1, "no code column: the errcodes file lists no SQLSTATE lines");
        }
        return rows;
    }

    private static string Humanize(string name)
    {
        var words = name.Replace('_', ' ').Trim().ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"^Section:\s+Class\s+([0-9A-Z]{2})\s+-\s+(.*)$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^([0-9A-Z]{5})\s+([EWS])\s+(ERRCODE_[A-Z0-9_]+)(?:\s+([a-z0-9_]+))?\s*$")]
    private static partial Regex CodeLine();
}
