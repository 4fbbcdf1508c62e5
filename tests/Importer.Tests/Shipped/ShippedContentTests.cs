using System.Text.RegularExpressions;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>
/// Imports the content/ folder the site ships with into a fresh database and checks the invariants the content
/// issue promises: the listed codes with their statuses and messages, complete knowledge on every entry, related
/// codes and article links that resolve, no dead internal link, and tables that match their sources row for row.
/// </summary>
public sealed partial class ShippedContentTests(ShippedContent content) : IClassFixture<ShippedContent>
{
    private const string AlibabaTable = "alibaba-cloud/ecs/common-errors.md";

    [Fact]
    public void The_whole_content_folder_imports_without_problems()
    {
        var problems = string.Join(Environment.NewLine, content.Outcome.Problems.Select(p => p.ToString()));
        Assert.True(content.Outcome.ExitCode == ImportOutcome.Ok, $"exit code {content.Outcome.ExitCode}{Environment.NewLine}{problems}{Environment.NewLine}{content.ImportOutput}");
        Assert.Empty(content.Outcome.Problems);
    }

    [Theory]
    [InlineData("aws", "ec2", "RequestLimitExceeded", 503, "Request limit exceeded.")]
    [InlineData("aws", "ec2", "InvalidInstanceID.NotFound", 400, "does not exist")]
    [InlineData("aws", "ec2", "InvalidGroup.NotFound", 400, "does not exist")]
    [InlineData("aws", "ec2", "InstanceLimitExceeded", 400, "than your current instance limit")]
    [InlineData("aws", "ec2", "UnauthorizedOperation", 403, "You are not authorized to perform this operation.")]
    [InlineData("aws", "apigateway", "TooManyRequestsException", 429, "Too Many Requests")]
    [InlineData("aws", "apigateway", "LimitExceededException", 429, "Limit Exceeded")]
    [InlineData("aws", "apigateway", "MissingAuthenticationToken", 403, "Missing Authentication Token")]
    [InlineData("aws", "apigateway", "SignatureDoesNotMatch", 403, "The request signature we calculated does not match the signature you provided.")]
    [InlineData("aws", "apigateway", "UnrecognizedClientException", 403, "The security token included in the request is invalid.")]
    [InlineData("aws", "apigateway", "AccessDeniedException", 403, "is not authorized to perform: execute-api:Invoke on resource")]
    [InlineData("aws", "apigateway", "InternalServerError", 500, "Internal server error")]
    [InlineData("aws", "apigateway", "BadGatewayException", 502, "Internal server error")]
    [InlineData("aws", "apigateway", "ServiceUnavailableException", 503, "Service Unavailable")]
    [InlineData("aws", "apigateway", "EndpointRequestTimeoutException", 504, "Endpoint request timed out")]
    [InlineData("aws", "apigateway", "CERTIFICATE_VERIFY_FAILED", null, "[SSL: CERTIFICATE_VERIFY_FAILED]")]
    [InlineData("aws", "apigateway", "ERR_CERT_COMMON_NAME_INVALID", null, "ERR_CERT_COMMON_NAME_INVALID")]
    [InlineData("aws", "ecr", "ThrottlingException", 429, "TOOMANYREQUESTS: Rate exceeded")]
    [InlineData("aws", "ecr", "ThrottlingException", 429, "Unknown: Rate exceeded")]
    [InlineData("aws", "ecr", "AccessDeniedException", 403, "is not authorized to perform: ecr:GetAuthorizationToken on resource: *")]
    [InlineData("aws", "ecr", "RepositoryNotFoundException", 404, "does not exist in the registry")]
    [InlineData("aws", "ecr", "NonTTYInteractiveLogin", null, "Cannot perform an interactive login from a non TTY device")]
    [InlineData("aws", "lambda", "TooManyRequestsException", 429, "Rate exceeded")]
    [InlineData("aws", "s3", "NoSuchKey", 404, "The specified key does not exist.")]
    [InlineData("aws", "s3", "NoSuchBucket", 404, "The specified bucket does not exist")]
    [InlineData("aws", "s3", "AccessDenied", 403, "Access Denied")]
    [InlineData("aws", "s3", "SlowDown", 503, "Please reduce your request rate.")]
    [InlineData("aws", "s3", "PermanentRedirect", 301, "must be addressed using the specified endpoint")]
    [InlineData("nodejs", "system", "ECONNRESET", null, "socket hang up")]
    [InlineData("nodejs", "system", "ENOTFOUND", null, "getaddrinfo ENOTFOUND")]
    [InlineData("nodejs", "system", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", null, "unable to verify the first certificate")]
    [InlineData("python", "requests", "ConnectionError", null, "RemoteDisconnected('Remote end closed connection without response')")]
    [InlineData("python", "requests", "ReadTimeout", null, "Read timed out.")]
    [InlineData("python", "requests", "SSLError", null, "CERTIFICATE_VERIFY_FAILED")]
    [InlineData("azure", "resource-manager", "AuthorizationFailed", 403, "does not have authorization to perform action")]
    [InlineData("azure", "resource-manager", "SubscriptionRequestsThrottled", 429, "Please try again after")]
    [InlineData("alibaba-cloud", "ecs", "MissingParameter.CommandId", 400, "The input parameter \"CommandId\" that is mandatory for processing this request is not supplied.")]
    [InlineData("alibaba-cloud", "ecs", "Throttling", 400, "You have made too many requests within a short time; your request is denied due to request throttling.")]
    [InlineData("alibaba-cloud", "ecs", "InvalidParamater", 400, "The specified parameter \"SignatureVersion\" is not valid.")]
    [InlineData("alibaba-cloud", "ecs", "ServiceUnavailable.RegionMaintaining", 503, "System maintenance is in progress on the selected region")]
    [InlineData("http", "status", "429", 429, "Too Many Requests")]
    [InlineData("http", "status", "503", 503, "Service Unavailable")]
    public async Task Every_listed_code_exists_with_its_status_and_message(string vendor, string service, string code, int? status, string message)
    {
        await using var db = content.CreateContext();
        var key = CodeKey.Normalize(code);

        var entry = await db.ErrorCodes.AsNoTracking()
            .Where(e => e.Service.Vendor.Slug == vendor && e.Service.Slug == service && e.CodeKey == key)
            .Select(e => new { e.Code, e.HttpStatus, Variants = e.Variants.Select(v => new { v.HttpStatus, v.Message }).ToList() })
            .SingleOrDefaultAsync();

        Assert.True(entry is not null, $"{vendor}/{service}/{code} is missing");
        Assert.Equal(code, entry.Code);
        Assert.Equal(status, entry.HttpStatus);
        Assert.Contains(entry.Variants, v => v.HttpStatus == status && v.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Client.UnauthorizedOperation", "aws", "ec2", "UnauthorizedOperation")]
    [InlineData("ThrottleException", "aws", "ecr", "ThrottlingException")]
    [InlineData("TOOMANYREQUESTS", "aws", "ecr", "ThrottlingException")]
    [InlineData("MissingAuthenticationTokenException", "aws", "apigateway", "MissingAuthenticationToken")]
    [InlineData("DeadlineExceeded", "grpc", "status", "DEADLINE_EXCEEDED")]
    [InlineData("Canceled", "grpc", "status", "CANCELLED")]
    [InlineData("grpc.StatusCode.UNAVAILABLE", "grpc", "status", "UNAVAILABLE")]
    public async Task Other_spellings_lead_to_their_entry(string spelling, string vendor, string service, string code)
    {
        await using var db = content.CreateContext();

        var matches = await CodeLookup.FindAsync(db, spelling, new LookupFilter(vendor, service), CancellationToken.None);

        Assert.Contains(matches, m => m.Code == code && m.Kind is MatchKind.Exact or MatchKind.Alias);
    }

    [Fact]
    public async Task The_throttling_codes_of_every_vendor_are_retryable_and_point_at_each_other()
    {
        string[] group =
        [
            "aws/ec2/RequestLimitExceeded", "aws/apigateway/TooManyRequestsException", "aws/ecr/ThrottlingException",
            "aws/lambda/TooManyRequestsException", "alibaba-cloud/ecs/Throttling", "http/status/429",
        ];
        await using var db = content.CreateContext();
        var ids = await EntryIdsAsync(db);
        var relations = (await db.CodeRelations.AsNoTracking().Select(r => new { r.ErrorCodeId, r.RelatedId }).ToListAsync())
            .Select(r => (r.ErrorCodeId, r.RelatedId)).ToHashSet();
        var entries = await db.ErrorCodes.AsNoTracking()
            .Select(e => new { e.Id, e.Category, e.Retry, e.RetryGuidance })
            .ToDictionaryAsync(e => e.Id);

        foreach (var member in group)
        {
            var id = ids[NormalizeRef(member)];
            Assert.Equal("throttling", entries[id].Category);
            Assert.Equal(Data.Model.RetryVerdict.Retryable, entries[id].Retry);
            Assert.Contains("backoff", entries[id].RetryGuidance, StringComparison.OrdinalIgnoreCase);
            foreach (var other in group.Where(o => o != member))
            {
                Assert.True(relations.Contains((id, ids[NormalizeRef(other)])), $"{member} does not list {other} as related");
            }
        }
    }

    [Fact]
    public async Task InvalidInstanceID_NotFound_explains_eventual_consistency_and_the_describe_before_terminate()
    {
        await using var db = content.CreateContext();

        var entry = await db.ErrorCodes.AsNoTracking()
            .SingleAsync(e => e.Service.Vendor.Slug == "aws" && e.Service.Slug == "ec2" && e.CodeKey == "invalidinstanceid.notfound");

        Assert.Equal(Data.Model.RetryVerdict.Conditional, entry.Retry);
        Assert.Contains("DescribeInstances", entry.RetryGuidance, StringComparison.Ordinal);
        Assert.Contains("eventual consistency", entry.Cause, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("TerminateInstances", entry.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_entry_has_a_cause_a_fix_and_retry_guidance()
    {
        await using var db = content.CreateContext();

        var entries = await db.ErrorCodes.AsNoTracking()
            .Select(e => new { Ref = e.Service.Vendor.Slug + "/" + e.Service.Slug + "/" + e.Code, e.Cause, e.Fix, e.RetryGuidance, e.Category })
            .ToListAsync();

        Assert.NotEmpty(entries);
        var incomplete = entries
            .Where(e => string.IsNullOrWhiteSpace(e.Cause) || string.IsNullOrWhiteSpace(e.Fix) || string.IsNullOrWhiteSpace(e.RetryGuidance)
                || string.IsNullOrWhiteSpace(e.Category))
            .Select(e => e.Ref)
            .ToList();
        Assert.True(incomplete.Count == 0, "incomplete entries: " + string.Join(", ", incomplete));
    }

    [Fact]
    public async Task Every_related_code_an_entry_file_lists_is_linked_to_an_existing_entry()
    {
        await using var db = content.CreateContext();
        var ids = await EntryIdsAsync(db);
        var relations = (await db.CodeRelations.AsNoTracking().Select(r => new { r.ErrorCodeId, r.RelatedId }).ToListAsync())
            .Select(r => (r.ErrorCodeId, r.RelatedId)).ToHashSet();

        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var file in ContentFiles.Markdown(ShippedContent.ContentRoot).Where(f => f.Scalar("code") is not null))
        {
            var self = Ref(file.Scalar("vendor")!, file.Scalar("service")!, file.Scalar("code")!);
            foreach (var related in file.List("related"))
            {
                checkedCount++;
                if (!ids.TryGetValue(self, out var from) || !ids.TryGetValue(NormalizeRef(related), out var to))
                {
                    failures.Add($"{file.RelativePath}: {related} does not resolve");
                }
                else if (!relations.Contains((from, to)))
                {
                    failures.Add($"{file.RelativePath}: {related} was not imported as a relation");
                }
            }
        }

        Assert.True(checkedCount > 100, $"only {checkedCount} related codes found in the content files");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_article_is_imported_with_every_code_it_lists()
    {
        await using var db = content.CreateContext();
        var ids = await EntryIdsAsync(db);
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new { a.Slug, Codes = a.Codes.Select(c => c.ErrorCodeId).ToList() })
            .ToDictionaryAsync(a => a.Slug, a => a.Codes.ToHashSet());

        var files = ContentFiles.Markdown(ShippedContent.ContentRoot).Where(f => f.Scalar("slug") is not null && f.Scalar("code") is null).ToList();
        Assert.True(files.Count >= 10, $"only {files.Count} article files");
        var failures = new List<string>();
        foreach (var file in files)
        {
            if (!articles.TryGetValue(file.Scalar("slug")!, out var codes))
            {
                failures.Add($"{file.RelativePath}: article not imported");
                continue;
            }
            foreach (var code in file.List("codes"))
            {
                if (!ids.TryGetValue(NormalizeRef(code), out var id) || !codes.Contains(id))
                {
                    failures.Add($"{file.RelativePath}: code {code} does not resolve");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task No_internal_link_in_any_imported_text_is_dead()
    {
        await using var db = content.CreateContext();
        var ids = await EntryIdsAsync(db);
        var slugs = (await db.Articles.AsNoTracking().Select(a => a.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var services = (await db.Services.AsNoTracking().Select(s => s.Vendor.Slug + "/" + s.Slug).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var vendors = services.Select(s => s.Split('/')[0]).ToHashSet(StringComparer.Ordinal);

        var texts = new List<(string Where, string Markdown)>();
        foreach (var e in await db.ErrorCodes.AsNoTracking()
                     .Select(e => new { Ref = e.Service.Vendor.Slug + "/" + e.Service.Slug + "/" + e.Code, e.Summary, e.Cause, e.Fix, e.RetryGuidance })
                     .ToListAsync())
        {
            texts.Add((e.Ref, string.Join("\n\n", e.Summary, e.Cause, e.Fix, e.RetryGuidance)));
        }
        foreach (var a in await db.Articles.AsNoTracking().Select(a => new { a.Slug, a.Summary, a.Body }).ToListAsync())
        {
            texts.Add(("/articles/" + a.Slug, a.Summary + "\n\n" + a.Body));
        }

        var dead = new List<string>();
        var internalLinks = 0;
        foreach (var (where, markdown) in texts)
        {
            foreach (var url in Markdown.Parse(markdown).Descendants<LinkInline>().Select(l => l.Url ?? ""))
            {
                if (!url.StartsWith('/'))
                {
                    continue;
                }
                internalLinks++;
                var path = url.Split('#', '?')[0].TrimEnd('/');
                var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
                var alive = segments switch
                {
                    ["codes", var v, var s, var c] => ids.ContainsKey(Ref(v, s, c)),
                    ["codes", var v, var s] => services.Contains(v + "/" + s),
                    ["codes", var v] => vendors.Contains(v),
                    ["articles", var slug] => slugs.Contains(slug),
                    _ => false,
                };
                if (!alive)
                {
                    dead.Add($"{where}: {url}");
                }
            }
        }

        Assert.True(internalLinks > 50, $"only {internalLinks} internal links found");
        Assert.True(dead.Count == 0, "dead links:" + Environment.NewLine + string.Join(Environment.NewLine, dead));
    }

    [Fact]
    public async Task The_Alibaba_Cloud_table_is_imported_row_for_row()
    {
        var tableFile = ContentFiles.Markdown(ShippedContent.ContentRoot).Single(f => f.RelativePath == AlibabaTable);
        Assert.Equal(48, ContentFiles.PipeTableRows(tableFile.Body));

        await using var db = content.CreateContext();
        var entries = (await db.ErrorCodes.AsNoTracking()
                .Where(e => e.Service.Vendor.Slug == "alibaba-cloud" && e.Service.Slug == "ecs")
                .Select(e => new { e.Code, e.SourceFiles, Variants = e.Variants.Select(v => new { v.HttpStatus, v.Message }).ToList() })
                .ToListAsync())
            .Where(e => e.SourceFiles.Contains(AlibabaTable))
            .ToList();

        Assert.Equal(41, entries.Count);
        Assert.Equal(48, entries.Sum(e => e.Variants.Count));
        var missingParameter = entries.Single(e => e.Code == "MissingParameter");
        Assert.Equal(6, missingParameter.Variants.Count);
        Assert.Equal(5, missingParameter.Variants.Count(v => v.HttpStatus == 400));
        Assert.Single(missingParameter.Variants, v => v.HttpStatus == 403);
        Assert.Contains(entries, e => e.Code == "InvalidParamater");
    }

    [Fact]
    public async Task The_PostgreSQL_errcodes_file_is_imported_code_for_code()
    {
        var errcodes = Directory.EnumerateFiles(ShippedContent.ContentRoot, "errcodes.txt", SearchOption.AllDirectories).Single();
        // errcodes.txt lists a few SQLSTATEs twice (a second macro name for the same code, e.g. 22008): count codes, not lines.
        var published = File.ReadLines(errcodes).Where(line => SqlStateLine().IsMatch(line)).Select(line => line[..5]).Distinct().Count();

        await using var db = content.CreateContext();
        var imported = await db.ErrorCodes.AsNoTracking().CountAsync(e => e.Service.Vendor.Slug == "postgresql" && e.Service.Slug == "sqlstate");

        Assert.True(published > 200, $"only {published} SQLSTATE lines in {errcodes}");
        Assert.Equal(published, imported);
    }

    [GeneratedRegex(@"^[0-9A-Z]{5}\s+[EWS]\s")]
    private static partial Regex SqlStateLine();

    private static string Ref(string vendor, string service, string code) => $"{vendor}/{service}/{CodeKey.Normalize(code)}";

    private static string NormalizeRef(string reference)
    {
        var parts = reference.Split('/', 3);
        return parts.Length == 3 ? Ref(parts[0], parts[1], parts[2]) : reference;
    }

    private static async Task<Dictionary<string, long>> EntryIdsAsync(Data.KnowledgeBaseDbContext db) =>
        (await db.ErrorCodes.AsNoTracking()
            .Select(e => new { Vendor = e.Service.Vendor.Slug, Service = e.Service.Slug, e.CodeKey, e.Id })
            .ToListAsync())
        .ToDictionary(e => $"{e.Vendor}/{e.Service}/{e.CodeKey}", e => e.Id, StringComparer.Ordinal);
}
