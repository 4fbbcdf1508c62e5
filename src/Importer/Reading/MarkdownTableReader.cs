using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Importer.Reading;

/// <summary>
/// Finds pipe tables in Markdown as vendors publish them: leading and trailing pipes optional, prose around
/// the table ignored, tables inside code fences ignored.
/// </summary>
public static partial class MarkdownTableReader
{
    public sealed record PipeTable(int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows);

    public static List<PipeTable> Read(string body, int firstLine)
    {
        var lines = body.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var tables = new List<PipeTable>();
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence || i + 1 >= lines.Length || !lines[i].Contains('|') || !IsDelimiterRow(lines[i + 1]))
            {
                continue;
            }
            var header = SplitRow(lines[i]);
            var rows = new List<(int, IReadOnlyList<string>)>();
            var j = i + 2;
            for (; j < lines.Length && lines[j].Contains('|') && lines[j].Trim().Length > 0; j++)
            {
                rows.Add((firstLine + j, SplitRow(lines[j])));
            }
            tables.Add(new PipeTable(firstLine + i, header, rows));
            i = j - 1;
        }
        return tables;
    }

    private static bool IsDelimiterRow(string line) => line.Contains('|') && DelimiterRow().IsMatch(line);

    /// <summary>The cells of a row; <c>\|</c> is a literal pipe.</summary>
    public static IReadOnlyList<string> SplitRow(string line)
    {
        var text = line.Trim();
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }
        cells.Add(cell.ToString().Trim());
        if (text.StartsWith('|'))
        {
            cells.RemoveAt(0);
        }
        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal) && cells.Count > 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }
        return cells;
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}
