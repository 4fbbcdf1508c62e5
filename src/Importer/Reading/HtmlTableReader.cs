using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Reading;

/// <summary>An HTML page saved from a vendor's documentation: every table whose header names a code column.</summary>
public static class HtmlTableReader
{
    public static List<TableRow> Read(string file, string text, TableMetadata meta, Problems problems)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(text);
        var rows = new List<TableRow>();
        var found = false;
        foreach (var table in document.QuerySelectorAll("table").OfType<IHtmlTableElement>())
        {
            var tableRows = table.Rows.ToList();
            if (tableRows.Count == 0)
            {
                continue;
            }
            var header = tableRows[0].Cells.Select(Text).ToList();
            var map = ColumnMap.Find(header, meta.Columns);
            if (map is null)
            {
                continue;
            }
            found = true;
            var body = tableRows.Skip(1).Select(r => (LineOf(r), (IReadOnlyList<string>)r.Cells.Select(Text).ToList()));
            rows.AddRange(TableShaper.Rows(file, map, body, problems));
        }
        if (!found)
        {
            problems.Add(file, 1, "no code column: no <table> on the page has a header that contains 'code'");
        }
        return rows;
    }

    private static int LineOf(IHtmlTableRowElement row) => row.SourceReference?.Position.Line ?? 1;

    private static string Text(IHtmlTableCellElement cell) =>
        string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
