using KnowledgeBase.Data.Codes;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Reading;

/// <summary>Turns the cells of any table format into rows, checking each cell where it was written.</summary>
public static class TableShaper
{
    public static string DescribeMissingCode(IReadOnlyList<string> header) =>
        $"no code column: no header of ({string.Join(" | ", header.Select(h => StatusText.Shorten(h.Trim())))}) contains 'code' " +
        "(name the column with 'columns: { code: ... }' in the metadata)";

    public static List<TableRow> Rows(
        string file, ColumnMap map, IEnumerable<(int Line, IReadOnlyList<string> Cells)> rows, Problems problems)
    {
        var result = new List<TableRow>();
        foreach (var (line, cells) in rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            string Cell(int index) => index >= 0 && index < cells.Count ? cells[index].Trim() : "";

            var code = CleanCode(Cell(map.Code));
            if (code.Length == 0)
            {
                problems.Add(file, line, "empty code");
                continue;
            }
            if (!CodeKey.IsPlausible(code) || CodeKey.Normalize(code).Length == 0)
            {
                problems.Add(file, line, $"'{StatusText.Shorten(code)}' cannot be a code (one line, at most 200 characters)");
                continue;
            }
            if (!StatusText.TryParse(Cell(map.Status), out var status, out var error))
            {
                problems.Add(file, line, error!);
                continue;
            }
            var category = NullIfEmpty(Cell(map.Category))?.ToLowerInvariant();
            if (category is not null && !Vocabulary.Categories.Contains(category))
            {
                problems.Add(file, line, $"unknown category '{StatusText.Shorten(category)}' (one of: {Vocabulary.CategoryList})");
            }
            var retryText = NullIfEmpty(Cell(map.Retry));
            var retry = Vocabulary.RetrySlug(retryText);
            if (retryText is not null && retry is null)
            {
                problems.Add(file, line, $"unknown retry verdict '{StatusText.Shorten(retryText)}' (one of: retryable, not-retryable, conditional)");
            }
            var own = new Knowledge(category, retry, null, NullIfEmpty(Cell(map.Cause)), NullIfEmpty(Cell(map.Fix)));
            result.Add(new TableRow(line, code, status, Cell(map.Message), own));
        }
        return result;
    }

    /// <summary>The code as the vendor spells it, without the Markdown emphasis or code span around it.</summary>
    public static string CleanCode(string cell)
    {
        var code = cell.Trim();
        while (code.Length >= 2 && ((code[0] == '`' && code[^1] == '`') || (code[0] == '*' && code[^1] == '*') || (code[0] == '_' && code[^1] == '_')))
        {
            code = code[1..^1].Trim();
        }
        return code;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
