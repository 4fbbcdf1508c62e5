namespace KnowledgeBase.Bench.Tests;

public sealed class ReportTests
{
    // Figures as bench/run writes them: three repetitions of each wrk scenario, one scenario over its limits.
    private static readonly string[] Sample =
    [
        "date=2026-11-23", "commit=abc1234", "quick=0",
        "machine.cores=2", "machine.cpu=Test CPU",
        "corpus.codes=100000", "corpus.variants=195000", "corpus.vendors=50", "corpus.services=500",
        "import.full.exit=0", "import.full.seconds=21.5", "import.full.rss_kb=350000", "import.full.summary=100000 entries: 100000 added, 0 updated, 0 unchanged, 0 removed",
        "import.again.exit=0", "import.again.seconds=12.5", "import.again.rss_kb=300000",
        "wrk.repetitions=3",
        "wrk.ceiling.1.rps=20000", "wrk.ceiling.2.rps=22000", "wrk.ceiling.3.rps=21000",
        "wrk.ceiling.1.requests=200000", "wrk.ceiling.1.errors=0",
        "wrk.exact.1.rps=12000", "wrk.exact.2.rps=9000", "wrk.exact.3.rps=11000",
        "wrk.exact.1.p99_ms=4.0", "wrk.exact.2.p99_ms=9.0", "wrk.exact.3.p99_ms=3.0",
        "wrk.exact.1.p50_ms=1.0", "wrk.exact.2.p50_ms=1.0", "wrk.exact.3.p50_ms=1.0",
        "wrk.exact.1.requests=100000", "wrk.exact.1.errors=0",
        "wrk.search-mixed.1.p99_ms=30", "wrk.search-mixed.1.rps=3000",
        "wrk.search-typo.1.p99_ms=10", "wrk.search-typo.1.requests=1000", "wrk.search-typo.1.errors=500",
        "wrk.search-text.1.p50_ms=2",
        "pgbench.lookup.1.tps=30000", "pgbench.lookup.1.p50_ms=0.4", "pgbench.lookup.1.p99_ms=1.5",
        "cold_start.1.ms=1500", "cold_start.2.ms=1700", "cold_start.3.ms=2500",
        "web.rss_peak_kb=200000",
    ];

    [Fact]
    public void The_report_has_a_verdict_line_for_every_target()
    {
        var report = Report.Write(Figures.Parse(Sample));

        Assert.Contains("# Benchmark 2026-11-23 (abc1234)", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Exact lookup p99 (4 ms, limit < 5 ms)", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Exact lookup throughput vs ceiling", report, StringComparison.Ordinal);
        Assert.Contains("FAIL: Search (mixed) p99 (30 ms, limit < 25 ms)", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Search (full text only) p50", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Cold start to first answered lookup (1.7 s, limit < 2 s)", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Full import (21.5 s, limit < 30 s)", report, StringComparison.Ordinal);
        Assert.Contains("FAIL: Unchanged re-import (12.5 s, limit < 10 s)", report, StringComparison.Ordinal);
        Assert.Contains("PASS: Web process RSS under load", report, StringComparison.Ordinal);
        Assert.Contains("Test CPU", report, StringComparison.Ordinal);
        Assert.Equal(10, report.Split('\n').Count(l => l.StartsWith("PASS: ", StringComparison.Ordinal) || l.StartsWith("FAIL: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_figure_is_the_median_of_its_repetitions()
    {
        var figures = Figures.Parse(Sample);

        Assert.Equal(4.0, figures.Median("wrk.exact", "p99_ms"));
        Assert.Equal(11000, figures.Median("wrk.exact", "rps"));
        Assert.Equal(1700, figures.Median("cold_start", "ms"));
        Assert.Null(figures.Median("wrk.page", "rps"));
    }

    [Fact]
    public void The_throughput_target_compares_with_the_ceiling_of_the_same_run()
    {
        var target = Report.Evaluate(Figures.Parse(Sample)).Single(t => t.Name == "Exact lookup throughput vs ceiling");

        Assert.True(target.Pass);
        Assert.StartsWith("52.4 %", target.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_answered_mostly_with_errors_fails_whatever_its_speed()
    {
        var target = Report.Evaluate(Figures.Parse(Sample)).Single(t => t.Name == "Search (typos only) p99");

        Assert.False(target.Pass);
        Assert.Contains("50 % of responses were errors", target.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_without_a_figure_fails_as_not_measured()
    {
        var targets = Report.Evaluate(Figures.Parse(["date=2026-11-23"]));

        Assert.Equal(10, targets.Count);
        Assert.All(targets, t => Assert.False(t.Pass));
        Assert.All(targets, t => Assert.Equal("not measured", t.Measured));
    }

    [Fact]
    public void A_failed_import_has_no_time_and_no_memory_figure()
    {
        var targets = Report.Evaluate(Figures.Parse(["import.full.exit=3", "import.full.seconds=0.4", "import.full.rss_kb=40000"]));

        Assert.False(targets.Single(t => t.Name == "Full import").Pass);
        Assert.False(targets.Single(t => t.Name == "Importer peak RSS").Pass);
    }

    [Fact]
    public void Statement_latencies_are_read_from_pgbench_output()
    {
        string[] output =
        [
            "tps = 16.044144 (without initial connection time)",
            "statement latencies in milliseconds and failures:",
            "         0.004           0  \\set n random(1, :query_count)",
            "        98.578           0  WITH hits (id, tier, rank) AS (",
            "       456.246           0  SELECT e.code, v.slug, s.slug, 'code' AS kind",
        ];

        var statements = Report.StatementLatencies(output).ToList();

        Assert.Equal(3, statements.Count);
        Assert.Equal((456.246, "SELECT e.code, v.slug, s.slug, 'code' AS kind"), statements[2]);
    }
}
