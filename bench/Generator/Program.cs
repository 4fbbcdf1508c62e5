using System.Globalization;
using KnowledgeBase.Bench;

// The benchmark's own tool, driven by bench/run:
//   generate [--codes N] [--seed S] [--out DIR] [--urls DIR] [--url-count N]   writes a corpus and the request lists,
//                                                                             prints corpus.* figures as key=value
//   report --figures FILE [--out FILE]                                        writes the Markdown report and prints it
// Exit codes: 0 ok, 2 bad usage.
var command = args.FirstOrDefault();
var options = Options.Parse(args.Skip(1).ToArray());
try
{
    switch (command)
    {
        case "generate":
            var codes = options.Int("codes", 100_000);
            var seed = options.Int("seed", 42);
            var output = options.Text("out") ?? "bench/work/corpus";
            if (Directory.Exists(output))
            {
                // A smaller corpus written over a bigger one would leave stale files behind.
                Directory.Delete(output, recursive: true);
            }
            var corpus = CorpusGenerator.Generate(seed, codes);
            var written = ContentWriter.Write(corpus, output);
            UrlLists.Write(corpus, options.Text("urls") ?? "bench/work/urls", options.Int("url-count", 5_000), seed);
            foreach (var (key, value) in CorpusFigures(corpus, written))
            {
                Console.WriteLine($"{key}={value}");
            }
            return 0;
        case "report":
            var figures = Figures.Load(options.Text("figures") ?? throw new UsageException("report needs --figures FILE"));
            var report = Report.Write(figures);
            if (options.Text("out") is { } path)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, report);
            }
            Console.Write(report);
            return 0;
        default:
            throw new UsageException("Usage: KnowledgeBase.Bench generate [--codes N] [--seed S] [--out DIR] [--urls DIR] [--url-count N] | report --figures FILE [--out FILE]");
    }
}
catch (UsageException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

static IEnumerable<(string, string)> CorpusFigures(Corpus corpus, ContentWriter.Written written)
{
    string N(long n) => n.ToString(CultureInfo.InvariantCulture);
    yield return ("corpus.seed", N(corpus.Seed));
    yield return ("corpus.codes", N(corpus.Codes.Count()));
    yield return ("corpus.variants", N(corpus.Codes.Sum(c => c.Variants.Count)));
    yield return ("corpus.vendors", N(corpus.Vendors.Count));
    yield return ("corpus.services", N(corpus.Services.Count()));
    yield return ("corpus.entries", N(corpus.Codes.Count(c => c.Entry is not null)));
    yield return ("corpus.articles", N(corpus.Articles.Count));
    yield return ("corpus.files", N(written.Files));
    yield return ("corpus.bytes", N(written.Bytes));
}
