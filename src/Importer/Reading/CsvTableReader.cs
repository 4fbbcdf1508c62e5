using CsvHelper;
using KnowledgeBase.Importer.Validation;

namespace KnowledgeBase.Importer.Reading;

/// <summary>RFC 4180 CSV: the first record is the header; quoted fields may hold commas, quotes and newlines.</summary>
public static class CsvTableReader
{
    public static List<TableRow> Read(string file, string text, TableMetadata meta, Problems problems)
    {
        var records = new List<(int Line, IReadOnlyList<string> Cells)>();
        var malformed = false;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record =>
            {
                malformed = true;
                problems.Add(file, (int)Math.Max(1, record.LineNumber), $"bad CSV: {Describe(record.Reason)}");
            },
        };
        using (var reader = CsvReader.Create(new StringReader(text), options))
        {
            while (reader.Read())
            {
                records.Add(((int)reader.LineNumber, reader.Current.ToArray()));
            }
        }
        if (malformed)
        {
            return [];
        }
        var headerIndex = records.FindIndex(r => r.Cells.Any(c => c.Trim().Length > 0));
        if (headerIndex < 0)
        {
            problems.Add(file, 1, "no code column: the file is empty");
            return [];
        }
        var (headerLine, header) = records[headerIndex];
        var map = ColumnMap.Find(header, meta.Columns);
        if (map is null)
        {
            problems.Add(file, headerLine, TableShaper.DescribeMissingCode(header));
            return [];
        }
        return TableShaper.Rows(file, map, records.Skip(headerIndex + 1), problems);
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the whole field and double the quote)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        _ => reason.ToString(),
    };
}
