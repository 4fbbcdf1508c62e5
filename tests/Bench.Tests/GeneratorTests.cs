using System.Text;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Bench.Tests;

public sealed class GeneratorTests
{
    private const int Codes = 300;

    private static void Generate(string root, int seed)
    {
        var corpus = CorpusGenerator.Generate(seed, Codes);
        ContentWriter.Write(corpus, Path.Combine(root, "corpus"));
        UrlLists.Write(corpus, Path.Combine(root, "urls"), 200, seed);
    }

    private static Dictionary<string, byte[]> ReadAll(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        using var temp = new TempDirectory();
        Generate(temp.Sub("a"), seed: 7);
        Generate(temp.Sub("b"), seed: 7);

        var a = ReadAll(temp.Sub("a"));
        var b = ReadAll(temp.Sub("b"));

        Assert.NotEmpty(a);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
    }

    [Fact]
    public void Another_seed_writes_another_corpus()
    {
        using var temp = new TempDirectory();
        Generate(temp.Sub("a"), seed: 7);
        Generate(temp.Sub("b"), seed: 8);

        var a = ReadAll(temp.Sub("a"));
        var b = ReadAll(temp.Sub("b"));

        Assert.Contains(a, file => !b.TryGetValue(file.Key, out var other) || !other.SequenceEqual(file.Value));
    }

    [Fact]
    public void The_corpus_has_the_asked_size_and_every_code_shape()
    {
        var corpus = CorpusGenerator.Generate(42, 20_000);
        var codes = corpus.Codes.ToList();

        Assert.Equal(20_000, codes.Count);
        Assert.Equal(50, corpus.Vendors.Count);
        Assert.InRange(corpus.Services.Count(), 450, 500);
        Assert.All(corpus.Services, s => Assert.Equal(s.Codes.Count, s.Codes.Select(c => c.Code.ToLowerInvariant()).Distinct().Count()));
        Assert.All(codes, c => Assert.InRange(c.Variants.Count, 1, 6));
        Assert.All(codes, c => Assert.Equal(c.Variants.Count, c.Variants.Distinct().Count()));
        Assert.Contains(codes, c => c.Variants.Count >= 5);
        Assert.Contains(codes, c => c.Code.Contains('.', StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Code.Contains('_', StringComparison.Ordinal) && c.Code == c.Code.ToUpperInvariant());
        Assert.Contains(codes, c => c.Code.All(char.IsAsciiDigit));
        Assert.Contains(codes, c => c.Code.All(char.IsAsciiLetter) && char.IsUpper(c.Code[0]) && c.Code.Any(char.IsLower));
        Assert.Contains(corpus.Services, s => s.Format == TableFormat.Csv);
        Assert.Contains(codes, c => c.Entry is not null && !c.InTable);
    }

    [Fact]
    public void Every_table_file_has_front_matter_and_a_table_with_a_code_column()
    {
        using var temp = new TempDirectory();
        var corpus = CorpusGenerator.Generate(3, Codes);
        ContentWriter.Write(corpus, temp.Path);

        var rowsByService = new Dictionary<string, int>();
        foreach (var file in Directory.EnumerateFiles(temp.Path, "errors.md", SearchOption.AllDirectories))
        {
            var (meta, body) = SplitFrontMatter(File.ReadAllText(file));
            Assert.False(string.IsNullOrEmpty(Scalar(meta, "vendor")), file);
            Assert.False(string.IsNullOrEmpty(Scalar(meta, "service")), file);
            var lines = body.Split('\n').Where(l => l.Contains('|', StringComparison.Ordinal)).ToList();
            var header = Cells(lines[0]);
            Assert.Contains(header, h => h.Contains("code", StringComparison.OrdinalIgnoreCase) && !h.Contains("http", StringComparison.OrdinalIgnoreCase));
            Assert.Matches(@"^\|?(-+\|)+$", lines[1]);
            Assert.All(lines.Skip(2), row => Assert.Equal(header.Count, Cells(row).Count));
            rowsByService[$"{Scalar(meta, "vendor")}/{Scalar(meta, "service")}"] = lines.Count - 2;
        }
        foreach (var file in Directory.EnumerateFiles(temp.Path, "errors.csv", SearchOption.AllDirectories))
        {
            var meta = Parse(File.ReadAllText(Path.ChangeExtension(file, ".yml")));
            var records = CsvRecords(File.ReadAllText(file));
            Assert.Equal("Code", records[0][0]);
            Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
            Assert.All(records.Skip(1), r => Assert.False(string.IsNullOrEmpty(r[0])));
            rowsByService[$"{Scalar(meta, "vendor")}/{Scalar(meta, "service")}"] = records.Count - 1;
        }

        foreach (var service in corpus.Services)
        {
            var expected = service.Codes.Where(c => c.InTable).Sum(c => c.Variants.Count);
            Assert.Equal(expected, rowsByService[$"{service.Vendor.Slug}/{service.Slug}"]);
        }
    }

    [Fact]
    public void Every_entry_file_names_its_code_and_only_codes_that_exist()
    {
        using var temp = new TempDirectory();
        var corpus = CorpusGenerator.Generate(5, Codes);
        ContentWriter.Write(corpus, temp.Path);
        var known = corpus.Codes.Select(c => $"{c.Service.Vendor.Slug}/{c.Service.Slug}/{c.Code}").ToHashSet(StringComparer.Ordinal);

        var entries = Directory.EnumerateFiles(temp.Path, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}entries{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(corpus.Codes.Count(c => c.Entry is not null), entries.Count);
        foreach (var file in entries)
        {
            var (meta, body) = SplitFrontMatter(File.ReadAllText(file));
            var code = $"{Scalar(meta, "vendor")}/{Scalar(meta, "service")}/{Scalar(meta, "code")}";
            Assert.Contains(code, known);
            Assert.Contains(Scalar(meta, "retry"), new[] { "retryable", "not-retryable", "conditional" });
            Assert.False(string.IsNullOrEmpty(Scalar(meta, "category")));
            if (meta.Children.TryGetValue(new YamlScalarNode("related"), out var related))
            {
                Assert.All(((YamlSequenceNode)related).Children, r => Assert.Contains(((YamlScalarNode)r).Value!, known));
            }
            Assert.Contains("## Cause", body, StringComparison.Ordinal);
            Assert.Contains("## Fix", body, StringComparison.Ordinal);
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(temp.Path, "articles")))
        {
            var (meta, _) = SplitFrontMatter(File.ReadAllText(file));
            Assert.All(((YamlSequenceNode)meta.Children[new YamlScalarNode("codes")]).Children,
                c => Assert.Contains(((YamlScalarNode)c).Value!, known));
        }
    }

    [Fact]
    public void The_request_lists_ask_for_codes_of_the_corpus()
    {
        using var temp = new TempDirectory();
        var corpus = CorpusGenerator.Generate(9, Codes);
        UrlLists.Write(corpus, temp.Path, 100, 9);
        var pages = corpus.Codes.Select(c => $"/codes/{c.Service.Vendor.Slug}/{c.Service.Slug}/{Uri.EscapeDataString(c.Code)}").ToHashSet();

        foreach (var name in UrlLists.Names)
        {
            Assert.Equal(100, File.ReadAllLines(Path.Combine(temp.Path, name + ".txt")).Length);
        }
        Assert.All(File.ReadAllLines(Path.Combine(temp.Path, "page.txt")), url => Assert.Contains(url, pages));
        Assert.All(File.ReadAllLines(Path.Combine(temp.Path, "search-typo.txt")), url => Assert.StartsWith("/api/v1/search?q=", url));
        // mixed, exact, typo and text rows, each with the columns of bench_queries (bench/pgbench/setup.sql).
        var queries = File.ReadAllLines(Path.Combine(temp.Path, "search-queries.tsv"));
        Assert.Equal(400, queries.Length);
        Assert.All(queries, q => Assert.Equal(BenchQueriesColumnCount(), q.Split('\t').Length));
    }

    [Theory]
    [InlineData("InvalidParameter")]
    [InlineData("ERR_BUCKET_LOCKED")]
    [InlineData("40013")]
    public void A_typo_changes_the_code_by_one_edit(string code)
    {
        var rng = new Rng(1);
        for (var i = 0; i < 50; i++)
        {
            var typo = UrlLists.Typo(rng, code);
            Assert.NotEqual(code, typo);
            Assert.InRange(typo.Length, code.Length - 1, code.Length + 1);
        }
    }

    private static (YamlMappingNode Meta, string Body) SplitFrontMatter(string text)
    {
        Assert.StartsWith("---\n", text);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "front matter is closed");
        return (Parse(text[4..end]), text[(end + 5)..]);
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> CsvRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.False(quoted, "every quoted field is closed");
        return records;
    }

    private static List<string> Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    /// <summary>The columns <c>CREATE TABLE bench_queries</c> declares in bench/pgbench/setup.sql, which COPY fills from the file.</summary>
    private static int BenchQueriesColumnCount()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "KnowledgeBase.sln")))
        {
            directory = directory.Parent ?? throw new DirectoryNotFoundException("No KnowledgeBase.sln above " + AppContext.BaseDirectory);
        }
        var sql = File.ReadAllText(Path.Combine(directory.FullName, "bench", "pgbench", "setup.sql"));
        var table = sql[sql.IndexOf("CREATE TABLE bench_queries (", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("PRIMARY KEY", StringComparison.Ordinal)];
        return table.Split('\n').Count(line => line.TrimEnd().EndsWith("NOT NULL,", StringComparison.Ordinal));
    }
}
