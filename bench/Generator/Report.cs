using System.Globalization;
using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>One target of the benchmark issue and how it came out.</summary>
public sealed record TargetResult(string Name, string Limit, string Measured, bool Pass, string? Note = null)
{
    public string Verdict => Pass ? "PASS" : "FAIL";
}

/// <summary>Turns the collected figures into the Markdown report of bench/results/.</summary>
public static class Report
{
    public sealed record Scenario(string Key, string Title, string Path);

    public static readonly Scenario[] WrkScenarios =
    [
        new("ceiling", "Ceiling (trivial endpoint)", "/healthz"),
        new("exact", "Exact lookup", "/api/v1/codes/{vendor}/{service}/{code}"),
        new("lookup", "Lookup by query", "/api/v1/lookup?code="),
        new("deeplink", "Deep link", "/e/{code}"),
        new("page", "Code page", "/codes/{vendor}/{service}/{code}"),
        new("search-mixed", "Search, mixed queries", "/api/v1/search?q="),
        new("search-exact", "Search, exact codes only", "/api/v1/search?q="),
        new("search-typo", "Search, typos only", "/api/v1/search?q="),
        new("search-text", "Search, full text only", "/api/v1/search?q="),
        new("search-mixed-per-core", "Search, mixed queries, one connection per core", "/api/v1/search?q="),
        new("search-typo-per-core", "Search, typos only, one connection per core", "/api/v1/search?q="),
        new("search-text-per-core", "Search, full text only, one connection per core", "/api/v1/search?q="),
    ];

    public static readonly Scenario[] PgbenchScripts =
    [
        new("lookup", "Exact lookup SQL", "bench/pgbench/lookup.sql"),
        new("search", "Search SQL, mixed queries", "bench/pgbench/search.sql"),
        new("search-typo", "Search SQL, typos only", "bench/pgbench/search.sql"),
        new("search-text", "Search SQL, full text only", "bench/pgbench/search.sql"),
    ];

    /// <summary>Above this share of failed or non-2xx/3xx responses a scenario measured errors, not the feature.</summary>
    public const double MaxErrorShare = 0.01;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(Figures figures)
    {
        var text = new StringBuilder();
        var date = figures.Text("date") ?? "unknown date";
        var commit = figures.Text("commit") ?? "unknown commit";
        var codes = figures.Number("corpus.codes");
        text.Append($"# Benchmark {date} ({commit})\n\n");
        if (figures.Text("quick") == "1")
        {
            text.Append($"> Quick run (`./kb bench --quick`): {Count(codes)} codes and short runs. The targets are set for 100,000 codes; ")
                .Append("these verdicts are indicative only.\n\n");
        }
        text.Append("Absolute figures drift on a shared machine; ratios taken in the same run hold. Every HTTP and SQL figure is the median of ")
            .Append(figures.Text("wrk.repetitions") ?? "?").Append(" repetitions after a warm-up.\n\n");

        WriteMachine(text, figures);
        WriteCorpus(text, figures);
        WriteImport(text, figures);
        WriteWrk(text, figures);
        WritePgbench(text, figures);
        WriteWeb(text, figures);
        WriteTargets(text, Evaluate(figures));
        return text.ToString();
    }

    private static void WriteMachine(StringBuilder text, Figures figures)
    {
        text.Append("## Machine\n\n");
        text.Append($"- CPU: {figures.Text("machine.cpu") ?? CpuModel() ?? "unknown"}\n");
        text.Append($"- Cores: {figures.Text("machine.cores") ?? Environment.ProcessorCount.ToString(Invariant)}\n");
        if (figures.Number("machine.memory_kb") is { } memory)
        {
            text.Append($"- Memory: {memory / 1024 / 1024:0.0} GiB\n");
        }
        if (figures.Text("machine.load") is { } load)
        {
            text.Append($"- Load average before the run: {load}\n");
        }
        text.Append("- wrk, PostgreSQL and the web app share these cores.\n\n");
    }

    private static void WriteCorpus(StringBuilder text, Figures figures)
    {
        text.Append("## Corpus\n\n");
        text.Append($"{Count(figures.Number("corpus.codes"))} codes, {Count(figures.Number("corpus.variants"))} message variants, ")
            .Append($"{Count(figures.Number("corpus.vendors"))} vendors, {Count(figures.Number("corpus.services"))} services, ")
            .Append($"{Count(figures.Number("corpus.entries"))} entry files, {Count(figures.Number("corpus.articles"))} articles; ")
            .Append($"{Count(figures.Number("corpus.files"))} files, {Megabytes(figures.Number("corpus.bytes"))} (seed {figures.Text("corpus.seed") ?? "?"}).\n\n");
    }

    private static void WriteImport(StringBuilder text, Figures figures)
    {
        text.Append("## Import\n\n| run | wall time | peak RSS | importer's summary |\n|---|---|---|---|\n");
        foreach (var (key, title) in new[] { ("full", "Full import into an empty database"), ("again", "Unchanged re-import") })
        {
            var exit = figures.Text($"import.{key}.exit");
            var summary = figures.Text($"import.{key}.summary") ?? "";
            if (exit is not null && exit != "0")
            {
                summary = $"exit code {exit}. {summary}";
            }
            text.Append($"| {title} | {Seconds(figures.Number($"import.{key}.seconds"))} | {Kilobytes(figures.Number($"import.{key}.rss_kb"))} | {Cell(summary)} |\n");
        }
        text.Append('\n');
    }

    private static void WriteWrk(StringBuilder text, Figures figures)
    {
        text.Append("## HTTP load (wrk)\n\n");
        text.Append($"`wrk -t{figures.Text("wrk.threads") ?? "?"} -c{figures.Text("wrk.connections") ?? "?"} -d{figures.Text("wrk.duration") ?? "?"} --latency`, ")
            .Append("rotating through the request lists of bench/work/urls; the web app published in Release with ReadyToRun code, `ASPNETCORE_ENVIRONMENT=Production`. ")
            .Append($"The rows \"one connection per core\" run the same search lists with `-c{figures.Text("wrk.threads") ?? "?"}`: at 16 connections a search mostly waits behind the others.\n\n");
        text.Append("| scenario | path | requests/s | p50 | p99 | throughput vs ceiling | errors |\n|---|---|---|---|---|---|---|\n");
        var ceiling = figures.Median("wrk.ceiling", "rps");
        foreach (var scenario in WrkScenarios)
        {
            var prefix = $"wrk.{scenario.Key}";
            var rps = figures.Median(prefix, "rps");
            if (rps is null && scenario.Key != "ceiling")
            {
                continue;
            }
            text.Append($"| {scenario.Title} | `{scenario.Path}` | {Rate(rps)} | {Millis(figures.Median(prefix, "p50_ms"))} | {Millis(figures.Median(prefix, "p99_ms"))} | ")
                .Append($"{(ErrorNote(figures, prefix) is null ? Ratio(rps, ceiling) : "n/a (errors)")} | {ErrorText(figures, prefix)} |\n");
        }
        text.Append('\n');
    }

    private static void WritePgbench(StringBuilder text, Figures figures)
    {
        text.Append("## Database floor (pgbench)\n\n");
        text.Append($"`pgbench -n -M prepared -c {figures.Text("pgbench.clients") ?? "?"} -j {figures.Text("pgbench.threads") ?? "?"} -T {figures.Text("pgbench.seconds") ?? "?"}` ")
            .Append("against the same database, with the SQL the web app runs; the web layer's cost is the gap between the two.\n\n");
        text.Append("| SQL | transactions/s | p50 | p99 | web requests/s as share of it | web p50 minus SQL p50 |\n|---|---|---|---|---|---|\n");
        foreach (var script in PgbenchScripts)
        {
            var prefix = $"pgbench.{script.Key}";
            var tps = figures.Median(prefix, "tps");
            if (tps is null && figures.Repetitions(prefix).Count == 0)
            {
                continue;
            }
            var web = script.Key switch
            {
                "lookup" => "wrk.exact",
                "search" => "wrk.search-mixed",
                _ => $"wrk.{script.Key}",
            };
            var webP50 = figures.Median(web, "p50_ms");
            var sqlP50 = figures.Median(prefix, "p50_ms");
            text.Append($"| {script.Title} (`{script.Path}`) | {Rate(tps)} | {Millis(sqlP50)} | {Millis(figures.Median(prefix, "p99_ms"))} | ")
                .Append($"{Ratio(figures.Median(web, "rps"), tps)} | {(webP50 is { } w && sqlP50 is { } s ? Millis(w - s) : "n/a")} |\n");
        }
        text.Append('\n');
        WriteStatementLatencies(text, figures);
    }

    /// <summary>pgbench -r's average latency of each statement, from the last repetition: where the SQL time goes.</summary>
    private static void WriteStatementLatencies(StringBuilder text, Figures figures)
    {
        var blocks = new List<string>();
        foreach (var script in PgbenchScripts)
        {
            var prefix = $"pgbench.{script.Key}";
            var last = figures.Repetitions(prefix).LastOrDefault(n => figures.Text($"{prefix}.{n}.log") is { } path && File.Exists(path));
            if (figures.Text($"{prefix}.{last}.log") is not { } log || !File.Exists(log))
            {
                continue;
            }
            var statements = StatementLatencies(File.ReadLines(log)).Where(s => s.Milliseconds >= 0.01).ToList();
            if (statements.Count > 0)
            {
                blocks.Add($"{script.Title}:\n```\n" + string.Join('\n', statements.Select(s => $"{s.Milliseconds,10:0.000} ms  {s.Statement}")) + "\n```\n");
            }
        }
        if (blocks.Count > 0)
        {
            text.Append("Where the SQL time goes: pgbench's average latency per statement (last repetition; statements that did not run show 0).\n\n");
            text.Append(string.Join('\n', blocks)).Append('\n');
        }
    }

    public static IEnumerable<(double Milliseconds, string Statement)> StatementLatencies(IEnumerable<string> pgbenchOutput)
    {
        var inside = false;
        foreach (var line in pgbenchOutput)
        {
            if (line.StartsWith("statement latencies", StringComparison.Ordinal))
            {
                inside = true;
                continue;
            }
            var parts = line.Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (!inside || parts.Length < 3 || !double.TryParse(parts[0], NumberStyles.Float, Invariant, out var ms))
            {
                continue;
            }
            // "  12.345  0  SELECT …": latency, failures, the statement's first line.
            var statement = parts[2].Trim();
            yield return (ms, statement.Length > 100 ? statement[..100] + "…" : statement);
        }
    }

    private static void WriteWeb(StringBuilder text, Figures figures)
    {
        text.Append("## Web process\n\n");
        text.Append($"- Peak RSS (VmHWM) over the whole load: {Kilobytes(figures.Number("web.rss_peak_kb"))}\n");
        var starts = figures.Repetitions("cold_start").Select(n => figures.Number($"cold_start.{n}.ms")).OfType<double>().Select(ms => Seconds(ms / 1000));
        text.Append($"- Cold start, process start to the first answered lookup: {Seconds(figures.Median("cold_start", "ms") / 1000)} median ({string.Join(", ", starts)})\n\n");
    }

    private static void WriteTargets(StringBuilder text, IReadOnlyList<TargetResult> targets)
    {
        text.Append("## Targets\n\n| target | limit | measured | verdict |\n|---|---|---|---|\n");
        foreach (var target in targets)
        {
            var note = target.Note is null ? "" : $" ({target.Note})";
            text.Append($"| {target.Name} | {target.Limit} | {target.Measured}{note} | **{target.Verdict}** |\n");
        }
        text.Append($"\n{targets.Count(t => t.Pass)} of {targets.Count} targets pass.\n\n");
        foreach (var target in targets)
        {
            text.Append($"{target.Verdict}: {target.Name} ({target.Measured}, limit {target.Limit})\n");
        }
    }

    /// <summary>Every target of the issue, in its order. A figure that was not measured fails.</summary>
    public static IReadOnlyList<TargetResult> Evaluate(Figures figures)
    {
        var targets = new List<TargetResult>();
        void Below(string name, double? value, double limit, string unit, string? scenario = null)
        {
            var note = scenario is null ? null : ErrorNote(figures, scenario);
            var measured = value is null ? "not measured" : $"{value.Value.ToString("0.##", Invariant)} {unit}";
            targets.Add(new TargetResult(name, $"< {limit.ToString("0.##", Invariant)} {unit}", measured, value < limit && note is null, note));
        }

        // The verdict stays at 16 connections; the note gives the same figure without the queueing.
        void PerCore(string scenario, string figure)
        {
            if (figures.Median(scenario + "-per-core", figure) is { } value)
            {
                targets[^1] = targets[^1] with { Note = Join(targets[^1].Note, $"{value.ToString("0.##", Invariant)} ms at one connection per core") };
            }
        }

        Below("Exact lookup p99", figures.Median("wrk.exact", "p99_ms"), 5, "ms", "wrk.exact");
        var exact = figures.Median("wrk.exact", "rps");
        var ceiling = figures.Median("wrk.ceiling", "rps");
        var share = exact / ceiling;
        var exactNote = ErrorNote(figures, "wrk.exact") ?? ErrorNote(figures, "wrk.ceiling");
        targets.Add(new TargetResult("Exact lookup throughput vs ceiling", "≥ 50 %",
            share is null ? "not measured" : $"{share.Value * 100:0.#} % ({Rate(exact)} of {Rate(ceiling)} req/s)",
            share >= 0.5 && exactNote is null, exactNote));
        Below("Search (mixed) p99", figures.Median("wrk.search-mixed", "p99_ms"), 25, "ms", "wrk.search-mixed");
        PerCore("wrk.search-mixed", "p99_ms");
        Below("Search (typos only) p99", figures.Median("wrk.search-typo", "p99_ms"), 20, "ms", "wrk.search-typo");
        PerCore("wrk.search-typo", "p99_ms");
        Below("Search (full text only) p50", figures.Median("wrk.search-text", "p50_ms"), 3, "ms", "wrk.search-text");
        PerCore("wrk.search-text", "p50_ms");
        Below("Cold start to first answered lookup", figures.Median("cold_start", "ms") / 1000, 2, "s");
        Below("Full import", ImportFigure(figures, "full", "seconds"), 30, "s");
        Below("Unchanged re-import", ImportFigure(figures, "again", "seconds"), 10, "s");
        // The memory of an import that failed says nothing about the importer's peak.
        var rss = new[] { ImportFigure(figures, "full", "rss_kb"), ImportFigure(figures, "again", "rss_kb") }.OfType<double>().ToList();
        Below("Importer peak RSS", rss.Count == 0 ? null : rss.Max() / 1024, 500, "MB");
        Below("Web process RSS under load", figures.Number("web.rss_peak_kb") / 1024, 300, "MB");
        if (figures.Number("corpus.codes") is { } codes && codes != 100_000)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                if (targets[i].Name.Contains("import", StringComparison.OrdinalIgnoreCase) || targets[i].Name.Contains("Search", StringComparison.Ordinal)
                    || targets[i].Name.Contains("RSS", StringComparison.Ordinal))
                {
                    targets[i] = targets[i] with { Note = Join(targets[i].Note, $"on {Count(codes)} codes, not 100,000") };
                }
            }
        }
        return targets;
    }

    private static string Join(string? a, string b) => a is null ? b : $"{a}; {b}";

    /// <summary>An import that failed has no valid time or memory.</summary>
    private static double? ImportFigure(Figures figures, string key, string figure) =>
        figures.Text($"import.{key}.exit") is { } exit && exit != "0" ? null : figures.Number($"import.{key}.{figure}");

    private static string? ErrorNote(Figures figures, string prefix)
    {
        var requests = figures.Median(prefix, "requests");
        var errors = figures.Median(prefix, "errors");
        if (requests is null or 0 || errors is null)
        {
            return null;
        }
        var share = errors.Value / requests.Value;
        return share > MaxErrorShare ? $"{share * 100:0.#} % of responses were errors" : null;
    }

    private static string ErrorText(Figures figures, string prefix)
    {
        var requests = figures.Median(prefix, "requests");
        var errors = figures.Median(prefix, "errors");
        if (requests is null || errors is null)
        {
            return "n/a";
        }
        return errors == 0 ? "0" : $"{errors.Value:0} of {requests.Value:0}";
    }

    public static string? CpuModel()
    {
        const string path = "/proc/cpuinfo";
        if (!File.Exists(path))
        {
            return null;
        }
        return File.ReadLines(path)
            .Where(l => l.StartsWith("model name", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
            .FirstOrDefault();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Count(double? value) => value is null ? "?" : value.Value.ToString("#,0", Invariant);

    private static string Rate(double? value) => value is null ? "n/a" : value.Value.ToString("#,0", Invariant);

    private static string Millis(double? value) => value is null ? "n/a" : value.Value.ToString("0.00", Invariant) + " ms";

    private static string Seconds(double? value) => value is null ? "n/a" : value.Value.ToString("0.00", Invariant) + " s";

    private static string Kilobytes(double? value) => value is null ? "n/a" : (value.Value / 1024).ToString("0", Invariant) + " MB";

    private static string Megabytes(double? bytes) => bytes is null ? "? MB" : (bytes.Value / 1024 / 1024).ToString("0.0", Invariant) + " MB";

    private static string Ratio(double? value, double? of) =>
        value is null || of is null or 0 ? "n/a" : (value.Value / of.Value * 100).ToString("0.#", Invariant) + " %";
}
