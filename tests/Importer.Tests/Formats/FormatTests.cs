using System.Text.RegularExpressions;
using KnowledgeBase.Importer.Tests.Support;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Importer.Tests.Formats;

/// <summary>Each table format on fixtures shaped like what vendors publish. Every test imports its own folder.</summary>
public sealed class FormatTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task Alibaba_table_as_published_becomes_one_entry_per_code_with_every_row_as_a_variant()
    {
        content.CopyFixture("alibaba-cloud/ecs/common-errors.md", "alibaba-cloud/ecs/common-errors.md");
        var rows = File.ReadAllLines(content.PathOf("alibaba-cloud/ecs/common-errors.md"))
            .SkipWhile(l => !l.StartsWith("---|", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.Contains('|'))
            .Select(l => l.Split('|')[0].Trim())
            .ToList();

        var result = await db.ImportOkAsync(content.PathOf("alibaba-cloud"));

        var distinct = rows.Select(Data.Codes.CodeKey.Normalize).Distinct().Count();
        Assert.StartsWith($"{distinct} entries: {distinct} added, 0 updated, 0 unchanged, 0 removed; {rows.Count} variants", result.Summary);
        var missing = await db.EntryAsync("alibaba-cloud", "ecs", "MissingParameter");
        Assert.NotNull(missing);
        Assert.Equal(5, missing.Variants.Count(v => v.HttpStatus == 400));
        Assert.Equal(1, missing.Variants.Count(v => v.HttpStatus == 403));
        Assert.Equal(400, missing.HttpStatus);
        Assert.Equal("validation", missing.Category);
        var misspelled = await db.EntryAsync("alibaba-cloud", "ecs", "InvalidParamater");
        Assert.Equal("InvalidParamater", misspelled!.Code);
        Assert.Equal(2, misspelled.Variants.Count);
        var family = await db.EntryAsync("alibaba-cloud", "ecs", "Forbidden.RAM");
        Assert.Equal("forbidden", family!.FamilyKey);
        Assert.Equal("authorization", family.Category);
        var unavailable = await db.EntryAsync("alibaba-cloud", "ecs", "ServiceUnavailable.RegionMaintaining");
        Assert.Equal(Data.Model.RetryVerdict.Retryable, unavailable!.Retry);
        Assert.Equal("https://www.alibabacloud.com/help/en/ecs/developer-reference/api-error-codes", Assert.Single(unavailable.Sources).Url);
    }

    [Fact]
    public async Task Html_page_yields_only_the_table_whose_header_names_a_code_column()
    {
        content.CopyFixture("html/compute-errors.html", "example-cloud/compute-errors.html");
        content.CopyFixture("html/compute-errors.yml", "example-cloud/compute-errors.yml");

        var result = await db.ImportOkAsync(content.PathOf("example-cloud"));

        Assert.StartsWith("4 entries: 4 added, 0 updated, 0 unchanged, 0 removed; 5 variants", result.Summary);
        var throttling = await db.EntryAsync("example-cloud", "compute", "Throttling.User");
        Assert.Equal([429, 503], throttling!.Variants.OrderBy(v => v.Position).Select(v => v.HttpStatus!.Value));
        Assert.Equal("throttling", throttling.Category);
        var quota = await db.EntryAsync("example-cloud", "compute", "QuotaExceeded.Cpu");
        Assert.Equal("quota", quota!.Category);
        Assert.Equal("The vCPU quota of the account is exceeded.", Assert.Single(quota.Variants).Message);
        Assert.Equal("An internal error occurred & was logged.", Assert.Single((await db.EntryAsync("example-cloud", "compute", "InternalError"))!.Variants).Message);
        Assert.Null(await db.EntryAsync("example-cloud", "compute", "RegionId"));
    }

    [Fact]
    public async Task Csv_fields_keep_quoted_commas_quotes_and_newlines()
    {
        content.CopyFixture("csv/ec2-errors.csv", "aws/ec2/ec2-errors.csv");
        content.CopyFixture("csv/ec2-errors.yml", "aws/ec2/ec2-errors.yml");

        var result = await db.ImportOkAsync(content.PathOf("aws"));

        Assert.StartsWith("4 entries: 4 added", result.Summary);
        var invalid = await db.EntryAsync("aws", "ec2", "InvalidParameterValue");
        Assert.Equal("A value is invalid, for example \"abc\" where a number is expected", Assert.Single(invalid!.Variants).Message);
        var state = await db.EntryAsync("aws", "ec2", "IncorrectState");
        Assert.Equal("The resource is in the wrong state.\r\nWait until it is available, then retry.", Assert.Single(state!.Variants).Message);
        Assert.Equal(Data.Model.RetryVerdict.Conditional, state.Retry);
        Assert.Equal("conflict", state.Category);
        var prefixed = await db.EntryAsync("aws", "ec2", "InternalError");
        Assert.Equal("Server.InternalError", prefixed!.Code);
    }

    [Fact]
    public async Task Csv_problems_name_the_line_where_the_record_starts_after_a_multi_line_field()
    {
        content.Write("csvlines/errors.yml", "vendor: csvlines\nservice: api\ndefaults: { category: validation, retry: not-retryable }\n");
        content.Write("csvlines/errors.csv", "Code,Status,Message\nA,400,\"two\nlines\"\n,400,no code here\nB,700,bad status\n");

        var result = await db.ImportAsync(content.PathOf("csvlines"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("csvlines/errors.csv:4: empty code", result.Output);
        Assert.Contains("csvlines/errors.csv:5: HTTP status 700 is outside 100-599", result.Output);
    }

    [Fact]
    public async Task PostgreSQL_errcodes_of_this_machine_imports_every_code_line()
    {
        const string errcodes = "/usr/share/postgresql/15/errcodes.txt";
        Assert.True(File.Exists(errcodes), $"{errcodes} is part of postgresql-15, which the project requires");
        var codeLines = File.ReadLines(errcodes).Count(l => Regex.IsMatch(l, "^[0-9A-Z]{5}\\s"));
        // A few SQLSTATEs are listed twice under two macro names: one entry each, every line a variant.
        var codes = File.ReadLines(errcodes).Where(l => Regex.IsMatch(l, "^[0-9A-Z]{5}\\s")).Select(l => l[..5]).Distinct().Count();
        var classes = File.ReadLines(errcodes).Count(l => l.StartsWith("Section: Class", StringComparison.Ordinal));
        content.WriteBytes("postgresql/errcodes.txt", await File.ReadAllBytesAsync(errcodes));
        content.Write("postgresql/errcodes.yml", """
            vendor: postgresql
            vendorName: PostgreSQL
            service: sqlstate
            serviceName: SQLSTATE
            format: postgresql-errcodes
            source: https://www.postgresql.org/docs/15/errcodes-appendix.html
            defaults:
              category: server
              retry: not-retryable
            families:
              "40":
                category: conflict
                retry: retryable
              "23":
                category: conflict
            """);

        var result = await db.ImportOkAsync(content.PathOf("postgresql"));

        Assert.True(codeLines > 200);
        Assert.StartsWith($"{codes} entries: {codes} added, 0 updated, 0 unchanged, 0 removed; {codeLines} variants", result.Summary);
        Assert.Equal(codes, await db.ScalarAsync<long>("SELECT count(*) FROM error_codes e JOIN services s ON s.id = e.service_id WHERE s.slug = 'sqlstate'"));
        Assert.Equal(codeLines, await db.ScalarAsync<long>("SELECT count(*) FROM code_variants v JOIN error_codes e ON e.id = v.error_code_id JOIN services s ON s.id = e.service_id WHERE s.slug = 'sqlstate'"));
        var twice = await db.EntryAsync("postgresql", "sqlstate", "22008");
        Assert.Equal(["datetime_field_overflow", "ERRCODE_DATETIME_VALUE_OUT_OF_RANGE"], twice!.Variants.OrderBy(v => v.Position).Select(v => v.Message));
        Assert.Equal(classes, await db.ScalarAsync<long>("SELECT count(DISTINCT family_key) FROM error_codes e JOIN services s ON s.id = e.service_id WHERE s.slug = 'sqlstate'"));
        var unique = await db.EntryAsync("postgresql", "sqlstate", "23505");
        Assert.Equal("23", unique!.FamilyKey);
        Assert.Equal("conflict", unique.Category);
        Assert.Equal("unique_violation", Assert.Single(unique.Variants).Message);
        Assert.Contains(unique.Aliases, a => a.Alias == "unique_violation");
        var serialization = await db.EntryAsync("postgresql", "sqlstate", "40001");
        Assert.Equal(Data.Model.RetryVerdict.Retryable, serialization!.Retry);
    }

    [Fact]
    public async Task A_family_code_takes_its_family_settings_and_prefixed_spellings_stay_aliases()
    {
        content.Write("famtest/api/errors.md", """
            ---
            vendor: famtest
            service: api
            defaults:
              category: validation
              retry: not-retryable
            families:
              Throttling:
                category: throttling
                retry: retryable
            ---
            | Error code | HTTP status | Error message |
            |---|---|---|
            | Throttling | 400 | Request was denied due to request throttling. |
            | Throttling.User | 400 | Too many requests from this user. |
            """);
        content.Write("famtest/api/Throttling.User.md", """
            ---
            vendor: famtest
            service: api
            code: Throttling.User
            aliases: [Client.Throttling.User, Throttling.User, ThrottlingUser]
            ---
            Too many requests from one user.
            """);

        await db.ImportOkAsync(content.PathOf("famtest"));

        var family = await db.EntryAsync("famtest", "api", "Throttling");
        var member = await db.EntryAsync("famtest", "api", "Throttling.User");
        Assert.Equal(("throttling", Data.Model.RetryVerdict.Retryable), (family!.Category, family.Retry));
        Assert.Equal(("throttling", Data.Model.RetryVerdict.Retryable), (member!.Category, member.Retry));
        Assert.Equal(["Client.Throttling.User", "ThrottlingUser"], member.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Curly_quotes_in_messages_are_stored_straight_as_pastes_are_compared()
    {
        content.Write("quotetest/compiler/errors.md", """
            ---
            vendor: quotetest
            vendorName: Quote Test
            service: compiler
            serviceName: Quote Test compiler
            defaults:
              category: validation
              retry: not-retryable
            ---
            | Code | Message |
            |---|---|
            | NotDeclared | error: ‘…’ was not declared in this scope |
            """);
        content.Write("quotetest/compiler/NoPackage.md", """
            ---
            vendor: quotetest
            service: compiler
            code: NoPackage
            title: No such package
            category: not-found
            retry: not-retryable
            messages:
              - message: there is no package called “…”
            updated: 2026-12-07
            ---
            The package is not installed.
            """);

        await db.ImportOkAsync(content.PathOf("quotetest"));

        Assert.Equal("error: '…' was not declared in this scope", Assert.Single((await db.EntryAsync("quotetest", "compiler", "NotDeclared"))!.Variants).Message);
        Assert.Equal("there is no package called \"…\"", Assert.Single((await db.EntryAsync("quotetest", "compiler", "NoPackage"))!.Variants).Message);
    }

    [Fact]
    public async Task Entry_file_completes_a_table_code_and_an_article_links_the_codes_it_covers()
    {
        content.Write("entrytest/api/errors.md", """
            ---
            vendor: entrytest
            vendorName: Entry Test
            service: api
            serviceName: Entry Test API
            defaults:
              category: validation
              retry: not-retryable
            ---
            Some prose before the table.

            | Error code | HTTP status | Error message |
            |---|---|---|
            | Throttling | 429 | Too many requests. |
            | NotFound | 404 | Nothing here. |

            Prose after the table.
            """);
        content.Write("entrytest/api/Throttling.md", """
            ---
            vendor: entrytest
            service: api
            code: Throttling
            title: Too many requests
            category: throttling
            retry: retryable
            aliases: [TOOMANYREQUESTS]
            related: [entrytest/api/NotFound]
            messages:
              - status: 429
                message: Too many requests.
              - status: 503
                message: Slow down.
            sources:
              - title: Limits
                url: https://example.com/limits
            updated: 2026-11-23
            ---
            The service throttled the call.

            ## Cause
            Calls came **too fast**.

            ## Fix
            Send fewer calls.

            ## Retry
            Back off exponentially.
            """);
        content.Write("entrytest/articles/backoff.md", """
            ---
            slug: entrytest-backoff
            title: Backing off
            summary: How to wait.
            vendor: entrytest
            codes: [entrytest/api/Throttling, entrytest/api/NotFound]
            ---
            Wait longer each time. See [the entry](/codes/entrytest/api/Throttling).
            """);

        var result = await db.ImportOkAsync(content.PathOf("entrytest"));

        Assert.Equal("2 entries: 2 added, 0 updated, 0 unchanged, 0 removed; 3 variants; 1 articles: 1 added, 0 updated, 0 unchanged, 0 removed", result.Summary);
        var entry = await db.EntryAsync("entrytest", "api", "Throttling");
        Assert.Equal("Too many requests", entry!.Title);
        Assert.Equal("throttling", entry.Category);
        Assert.Equal("The service throttled the call.", entry.Summary);
        Assert.Equal("Calls came **too fast**.", entry.Cause);
        Assert.Equal("Send fewer calls.", entry.Fix);
        Assert.Equal("Back off exponentially.", entry.RetryGuidance);
        Assert.Equal(429, entry.HttpStatus);
        Assert.Equal(["entrytest/api/Throttling.md", "entrytest/api/errors.md"], entry.SourceFiles);
        Assert.Contains("TOOMANYREQUESTS", entry.SearchText);
        Assert.Equal("toomanyrequests", Assert.Single(entry.Aliases).AliasKey);
        Assert.Equal(1L, await db.ScalarAsync<long>($"SELECT count(*) FROM code_relations WHERE error_code_id = {entry.Id}"));
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM article_codes ac JOIN articles a ON a.id = ac.article_id WHERE a.slug = 'entrytest-backoff'"));
        Assert.Equal("validation", (await db.EntryAsync("entrytest", "api", "NotFound"))!.Category);
    }
}
