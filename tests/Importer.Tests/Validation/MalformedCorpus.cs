using System.Text;

namespace KnowledgeBase.Importer.Tests.Validation;

/// <summary>One broken input: its files, and the problem the importer must report (file, optional line, words of the message).</summary>
public sealed record MalformedCase(string Name, IReadOnlyDictionary<string, byte[]> Files, string File, int? Line, string Message)
{
    public override string ToString() => Name;
}

/// <summary>Inputs that are wrong in every way the content format can be wrong; each must be refused, naming file and line.</summary>
public static class MalformedCorpus
{
    private const string Front = "---\nvendor: bad\nservice: api\ndefaults:\n  category: validation\n  retry: not-retryable\n---\n";
    private const string Header = "Error code | HTTP status code | Error message |\n---|---|---|\n";
    private const string Sidecar = "vendor: bad\nservice: api\ndefaults:\n  category: validation\n  retry: not-retryable\n";
    private const string Errcodes = "vendor: pg\nservice: sqlstate\nformat: postgresql-errcodes\ndefaults:\n  category: server\n  retry: not-retryable\n";

    private static MalformedCase Case(string name, string file, int? line, string message, params (string Path, object Content)[] files) =>
        new(name, files.ToDictionary(f => f.Path, f => f.Content as byte[] ?? Encoding.UTF8.GetBytes((string)f.Content)), file, line, message);

    private static string Entry(string extra, string body = "") =>
        $"---\nvendor: bad\nservice: api\ncode: Broken\ncategory: validation\nretry: not-retryable\n{extra}---\n{body}";

    private static string Article(string keys, string body = "Text.\n") => $"---\n{keys}---\n{body}";

    public static readonly IReadOnlyList<MalformedCase> All =
    [
        // Markdown tables
        Case("md no code column", "t.md", 8, "no code column", ("t.md", Front + "Name | Status | Message |\n---|---|---|\nA | 400 | x |\n")),
        Case("md empty code", "t.md", 11, "empty code", ("t.md", Front + Header + "A | 400 | x |\n| | 400 | y |\n")),
        Case("md code only backticks", "t.md", 11, "empty code", ("t.md", Front + Header + "A | 400 | x |\n`` | 400 | y |\n")),
        Case("md status below 100", "t.md", 11, "outside 100-599", ("t.md", Front + Header + "A | 400 | x |\nB | 99 | y |\n")),
        Case("md status above 599", "t.md", 11, "outside 100-599", ("t.md", Front + Header + "A | 400 | x |\nB | 600 | y |\n")),
        Case("md status not a number", "t.md", 11, "not a number", ("t.md", Front + Header + "A | 400 | x |\nB | four hundred | y |\n")),
        Case("md status huge number", "t.md", 11, "not a number", ("t.md", Front + Header + "A | 400 | x |\nB | 99999999999999 | y |\n")),
        Case("md duplicate row in one file", "t.md", 12, "bad/t.md:10", ("t.md", Front + Header + "A | 400 | x |\nB | 400 | y |\nA | 400 | x |\n")),
        Case("md duplicate row across files", "u.md", 10, "bad/t.md:10", ("t.md", Front + Header + "A | 400 | x |\n"), ("u.md", Front + Header + "a | 400 | x |\n")),
        Case("md code too long", "t.md", 10, "cannot be a code", ("t.md", Front + Header + new string('A', 300) + " | 400 | x |\n")),
        Case("md no table at all", "t.md", 8, "no pipe table", ("t.md", Front + "Just prose, no table here.\n")),
        Case("md unknown category in row", "t.md", 10, "unknown category", ("t.md", Front + "Code | Status | Message | Category |\n---|---|---|---|\nA | 400 | x | typo |\n")),
        Case("md unknown retry in row", "t.md", 10, "unknown retry verdict", ("t.md", Front + "Code | Status | Message | Retry |\n---|---|---|---|\nA | 400 | x | maybe |\n")),
        Case("md columns mapping to a missing header", "t.md", 8, "no code column", ("t.md", "---\nvendor: bad\nservice: api\ncolumns: { code: Fehlercode }\ndefaults: { category: server, retry: retryable }\n---\n\nName | Status |\n---|---|\nA | 400 |\n")),
        Case("md unknown column role", "t.md", 4, "unknown column role", ("t.md", "---\nvendor: bad\nservice: api\ncolumns: { kode: Code }\ndefaults: { category: server, retry: retryable }\n---\nCode | Status |\n---|---|\nA | 400 |\n")),
        Case("md missing category and retry", "t.md", 7, "no category", ("t.md", "---\nvendor: bad\nservice: api\n---\n" + Header + "A | 400 | x |\n")),
        Case("md missing retry only", "t.md", 8, "no retry verdict", ("t.md", "---\nvendor: bad\nservice: api\ndefaults: { category: server }\n---\n" + Header + "A | 400 | x |\n")),
        Case("md unknown category in defaults", "t.md", 5, "unknown category", ("t.md", "---\nvendor: bad\nservice: api\ndefaults:\n  category: weird\n  retry: retryable\n---\n" + Header + "A | 400 | x |\n")),
        Case("md unknown retry in family", "t.md", 6, "unknown retry verdict", ("t.md", "---\nvendor: bad\nservice: api\nfamilies:\n  A:\n    retry: sometimes\n---\n" + Header + "A.B | 400 | x |\n")),
        Case("md unknown key in defaults", "t.md", 6, "unknown key 'retryable'", ("t.md", "---\nvendor: bad\nservice: api\ndefaults:\n  category: server\n  retryable: yes\n---\n" + Header + "A | 400 | x |\n")),

        // Front matter and YAML
        Case("yaml unclosed quote", "t.md", null, "bad YAML", ("t.md", "---\nvendor: \"bad\nservice: api\n---\n" + Header + "A | 400 | x |\n")),
        Case("yaml unclosed flow sequence", "t.md", null, "bad YAML", ("t.md", "---\nvendor: bad\nservice: [api\n---\n" + Header + "A | 400 | x |\n")),
        Case("yaml bad indentation", "t.md", null, "bad YAML", ("t.md", "---\nvendor: bad\n  service: api\n - x\n---\n" + Header + "A | 400 | x |\n")),
        Case("yaml tab indentation", "t.md", null, "bad YAML", ("t.md", "---\nvendor: bad\ndefaults:\n\tcategory: server\n---\n" + Header + "A | 400 | x |\n")),
        Case("yaml root is a list", "t.md", 2, "bad YAML", ("t.md", "---\n- vendor\n- service\n---\n" + Header + "A | 400 | x |\n")),
        Case("yaml nested too deep", "t.md", 2, "nested deeper", ("t.md", "---\nvendor: bad\nservice: api\nx: " + new string('[', 500) + new string(']', 500) + "\n---\n")),
        Case("front matter not closed", "t.md", 1, "not closed", ("t.md", "---\nvendor: bad\nservice: api\n" + Header + "A | 400 | x |\n")),
        Case("no front matter", "t.md", 1, "no front matter", ("t.md", Header + "A | 400 | x |\n")),
        Case("empty markdown file", "t.md", 1, "no front matter", ("t.md", "")),
        Case("front matter of no known kind", "t.md", 1, "unknown kind of file", ("t.md", "---\ntitle: Something\n---\nText\n")),
        Case("unknown top-level key", "t.md", 4, "unknown key 'servce'", ("t.md", "---\nvendor: bad\nservice: api\nservce: api\ndefaults: { category: server, retry: retryable }\n---\n" + Header + "A | 400 | x |\n")),
        Case("vendor slug with spaces", "t.md", 2, "invalid vendor", ("t.md", "---\nvendor: Bad Vendor\nservice: api\ndefaults: { category: server, retry: retryable }\n---\n" + Header + "A | 400 | x |\n")),
        Case("bad updated date", "t.md", 4, "YYYY-MM-DD", ("t.md", "---\nvendor: bad\nservice: api\nupdated: 23/11/2026\ndefaults: { category: server, retry: retryable }\n---\n" + Header + "A | 400 | x |\n")),
        Case("source is not a URL", "t.md", 4, "must be a URL", ("t.md", "---\nvendor: bad\nservice: api\nsource: javascript:alert(1)\ndefaults: { category: server, retry: retryable }\n---\n" + Header + "A | 400 | x |\n")),

        // Encoding and size
        Case("table not UTF-8", "t.md", 10, "not UTF-8", ("t.md", Encoding.UTF8.GetBytes(Front + Header).Concat(new byte[] { 0x41, 0x20, 0x7C, 0x20, 0xFF, 0xFE, 0x0A }).ToArray())),
        Case("latin-1 entry file", "e.md", 3, "not UTF-8", ("e.md", Encoding.Latin1.GetBytes("---\nvendor: bad\ncode: Caf\u00e9\n---\n"))),
        Case("NUL bytes", "t.md", 2, "NUL", ("t.md", new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x00 })),
        Case("file over 4 MiB", "big.md", 1, "4 MiB", ("big.md", Front + Header + string.Concat(Enumerable.Range(0, 150_000).Select(i => $"Code{i} | 400 | message number {i} |\n")))),

        // Markdown that cannot be rendered
        Case("entry body nested too deep", "e.md", 8, "too deeply nested", ("e.md", Entry("", new string('>', 20_000) + "\n"))),
        Case("article body nested too deep", "a.md", 6, "too deeply nested", ("a.md", Article("slug: deep\ntitle: Deep\ncodes: []\n", new string('[', 20_000)))),

        // Entry files
        Case("entry without vendor", "e.md", 1, "missing 'vendor'", ("e.md", "---\nservice: api\ncode: X\ncategory: server\nretry: retryable\n---\n")),
        Case("entry with empty code", "e.md", 4, "empty code", ("e.md", "---\nvendor: bad\nservice: api\ncode: \"\"\ncategory: server\nretry: retryable\n---\n")),
        Case("entry httpStatus out of range", "e.md", 7, "outside 100-599", ("e.md", Entry("httpStatus: 700\n"))),
        Case("entry unknown related code", "e.md", 7, "unknown related code 'bad/api/Nowhere'", ("e.md", Entry("related: [bad/api/Nowhere]\n"))),
        Case("entry related not vendor/service/code", "e.md", 7, "must be written vendor/service/code", ("e.md", Entry("related: [JustACode]\n"))),
        Case("entry message without text", "e.md", 8, "needs a message", ("e.md", Entry("messages:\n  - status: 400\n"))),
        Case("entry unknown category", "e.md", 5, "unknown category", ("e.md", "---\nvendor: bad\nservice: api\ncode: X\ncategory: nope\nretry: retryable\n---\n")),
        Case("entry without category anywhere", "e.md", 4, "no category", ("e.md", "---\nvendor: bad\nservice: api\ncode: X\nretry: retryable\n---\n")),
        Case("two entry files for one code", "f.md", 4, "a second entry file", ("e.md", Entry("")), ("f.md", Entry("").Replace("Broken", "broken"))),
        Case("entry source without url", "e.md", 8, "needs a url", ("e.md", Entry("sources:\n  - title: Docs\n"))),
        Case("entry aliases as a mapping", "e.md", 8, "must be a list", ("e.md", Entry("aliases:\n  a: b\n"))),
        Case("entry unknown key", "e.md", 7, "unknown key 'fixx'", ("e.md", Entry("fixx: something\n"))),

        // Articles
        Case("article slug with spaces", "a.md", 2, "invalid slug", ("a.md", Article("slug: Throttling And Backoff\ntitle: T\ncodes: []\n"))),
        Case("article without title", "a.md", 1, "missing 'title'", ("a.md", Article("slug: no-title\ncodes: []\n"))),
        Case("article unknown code", "a.md", 4, "unknown article code 'bad/api/Missing'", ("a.md", Article("slug: unknown-code\ntitle: T\ncodes: [bad/api/Missing]\n"))),
        Case("article without codes", "a.md", 1, "missing 'codes'", ("a.md", Article("slug: no-codes\ntitle: T\n"))),
        Case("two articles with one slug", "b.md", 2, "already used by bad/a.md:2", ("a.md", Article("slug: same\ntitle: A\ncodes: []\n")), ("b.md", Article("slug: same\ntitle: B\ncodes: []\n"))),
        Case("article about an unknown vendor", "a.md", 4, "unknown vendor", ("a.md", Article("slug: vendorless\ntitle: T\nvendor: nobody\ncodes: []\n"))),

        // CSV
        Case("csv no code column", "c.csv", 1, "no code column", ("c.csv", "Name,Status,Message\nA,400,x\n"), ("c.yml", Sidecar)),
        Case("csv stray quote", "c.csv", 3, "bad CSV", ("c.csv", "Code,Status,Message\nA,400,x\nB,400,a \"quoted\" word\n"), ("c.yml", Sidecar)),
        Case("csv unterminated quote", "c.csv", 3, "bad CSV", ("c.csv", "Code,Status,Message\nA,400,x\nB,400,\"never closed\nC,400,z\n"), ("c.yml", Sidecar)),
        Case("csv empty code", "c.csv", 3, "empty code", ("c.csv", "Code,Status,Message\nA,400,x\n\"\",400,y\n"), ("c.yml", Sidecar)),
        Case("csv status out of range", "c.csv", 2, "outside 100-599", ("c.csv", "Code,Status,Message\nA,1000,x\n"), ("c.yml", Sidecar)),
        Case("csv without sidecar", "c.csv", 1, "no metadata", ("c.csv", "Code,Status,Message\nA,400,x\n")),
        Case("csv sidecar bad YAML", "c.yml", null, "bad YAML", ("c.csv", "Code,Status,Message\nA,400,x\n"), ("c.yml", "vendor: bad\nservice: [api\n")),
        Case("csv empty file", "c.csv", 1, "no code column", ("c.csv", ""), ("c.yml", Sidecar)),

        // HTML
        Case("html without an error table", "h.html", 1, "no <table> on the page", ("h.html", "<html><body><nav><a href='/'>Home</a></nav><table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>b</td></tr></table></body></html>"), ("h.yml", Sidecar)),
        Case("html empty code cell", "h.html", 4, "empty code", ("h.html", "<html><body><table>\n<tr><th>Error code</th><th>Status</th></tr>\n<tr><td>A</td><td>400</td></tr>\n<tr><td> </td><td>400</td></tr>\n</table></body></html>"), ("h.yml", Sidecar)),
        Case("html status out of range", "h.html", 3, "outside 100-599", ("h.html", "<table>\n<tr><th>Error code</th><th>HTTP status</th></tr>\n<tr><td>A</td><td>42</td></tr>\n</table>"), ("h.yml", Sidecar)),
        Case("html nested very deep", "h.html", 1, "no <table> on the page", ("h.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>deep</p>"), ("h.yml", Sidecar)),
        Case("html without sidecar", "h.html", 1, "no metadata", ("h.html", "<table><tr><th>Code</th></tr><tr><td>A</td></tr></table>")),

        // errcodes.txt
        Case("errcodes garbage line", "errcodes.txt", 3, "not an errcodes.txt line", ("errcodes.txt", "Section: Class 22 - Data Exception\n22000    E    ERRCODE_DATA_EXCEPTION    data_exception\nthis is not a code line\n"), ("errcodes.yml", Errcodes)),
        Case("errcodes with no codes", "errcodes.txt", 1, "no SQLSTATE lines", ("errcodes.txt", "# only a comment\n"), ("errcodes.yml", Errcodes)),
        Case("errcodes without defaults", "errcodes.txt", 2, "no category", ("errcodes.txt", "Section: Class 22 - Data Exception\n22000    E    ERRCODE_DATA_EXCEPTION    data_exception\n"), ("errcodes.yml", "vendor: pg\nservice: sqlstate\nformat: postgresql-errcodes\n")),
        Case("unknown format", "x.yml", 1, "unknown format", ("x.txt", "whatever\n"), ("x.yml", "vendor: bad\nservice: api\nformat: excel\n")),
    ];
}
