using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>The search examples the product promises, against the content it ships with.</summary>
public sealed class ShippedContentSearchTests(ShippedContent content) : IClassFixture<ShippedContent>
{
    private async Task<SearchResults> SearchAsync(string text)
    {
        await using var db = content.CreateContext();
        return await new PostgresCodeSearch(db).SearchAsync(new SearchQuery(text), CancellationToken.None);
    }

    private static string Id(SearchResult r) => r.Kind == "code" ? $"{r.Vendor}/{r.Service}/{r.Code}" : r.Url;

    [Theory]
    [InlineData("RequestLimitExceeded")]
    [InlineData("requestlimitexceeded")]
    [InlineData("RequestLimitExeeded")]
    public async Task The_ec2_throttling_code_comes_first_in_any_case_and_with_a_typo(string text) =>
        Assert.Equal("aws/ec2/RequestLimitExceeded", Id((await SearchAsync(text)).Results[0]));

    [Fact]
    public async Task A_code_two_vendors_share_puts_both_on_top()
    {
        var results = await SearchAsync("InvalidInstanceId.NotFound");

        Assert.Equal(
            ["alibaba-cloud/ecs/InvalidInstanceId.NotFound", "aws/ec2/InvalidInstanceID.NotFound"],
            results.Results.Take(2).Select(Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Words_find_the_instance_not_found_entries_in_the_top_three()
    {
        var top = (await SearchAsync("instance id not found")).Results.Take(3).Select(Id).ToList();

        Assert.Contains(top, id => id.EndsWith("/InvalidInstanceID.NotFound", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_status_finds_the_http_entry_first_then_codes_with_that_status()
    {
        var results = (await SearchAsync("429")).Results;

        Assert.Equal("http/status/429", Id(results[0]));
        Assert.All(results.Skip(1), r => Assert.Equal(429, r.HttpStatus));
        Assert.Contains(results.Skip(1), r => r.Category == "throttling");
    }

    [Fact]
    public async Task Too_many_requests_finds_throttling_entries()
    {
        var results = (await SearchAsync("too many requests")).Results.Where(r => r.Kind == "code").Take(5).ToList();

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("throttling", r.Category));
    }

    [Fact]
    public async Task Signature_does_not_match_finds_the_signature_entry_first()
    {
        var first = (await SearchAsync("signature does not match")).Results[0];

        Assert.Equal("SignatureDoesNotMatch", first.Code);
    }

    [Fact]
    public async Task Docker_throttling_output_finds_the_ecr_entry_first() =>
        Assert.Equal("aws/ecr/ThrottlingException", Id((await SearchAsync("TOOMANYREQUESTS: Rate exceeded")).Results[0]));

    [Fact]
    public async Task An_aws_cli_error_line_finds_the_code_it_names_first() =>
        Assert.Equal("aws/ec2/RequestLimitExceeded", Id((await SearchAsync(
            "An error occurred (RequestLimitExceeded) when calling the RunInstances operation (reached max retries: 4): Request limit exceeded.")).Results[0]));

    [Theory]
    [InlineData("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist", "aws/s3/NoSuchBucket")]
    [InlineData("The specified key does not exist.", "aws/s3/NoSuchKey")]
    [InlineData("Error: read ECONNRESET", "nodejs/system/ECONNRESET")]
    [InlineData("Error: socket hang up", "nodejs/system/ECONNRESET")]
    [InlineData("Error: getaddrinfo ENOTFOUND api.example.com", "nodejs/system/ENOTFOUND")]
    [InlineData("Error: connect ECONNREFUSED 127.0.0.1:5432", "nodejs/system/ECONNREFUSED")]
    [InlineData("requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))", "python/requests/ConnectionError")]
    [InlineData("requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.github.com', port=443): Read timed out. (read timeout=10)", "python/requests/ReadTimeout")]
    [InlineData("RemoteDisconnected('Remote end closed connection without response')", "python/requests/ConnectionError")]
    [InlineData("rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.0.0.5:50051: connect: connection refused\"", "grpc/status/UNAVAILABLE")]
    [InlineData("rpc error: code = DeadlineExceeded desc = context deadline exceeded", "grpc/status/DEADLINE_EXCEEDED")]
    [InlineData("Received http2 header with status: 404", "grpc/status/UNIMPLEMENTED")]
    [InlineData("503 Server Error: Service Unavailable for url: https://api.github.com/repos", "python/requests/HTTPError")]
    [InlineData("(AuthorizationFailed) The client 'ci@example.com' with object id '3f2a' does not have authorization to perform action 'Microsoft.Resources/subscriptions/resourcegroups/write' over scope '/subscriptions/42/resourcegroups/rg-app' or the scope is invalid.", "azure/resource-manager/AuthorizationFailed")]
    [InlineData("Resource group 'rg-prod' could not be found.", "azure/resource-manager/ResourceGroupNotFound")]
    public async Task A_storage_or_network_error_as_a_client_logs_it_finds_its_entry_first(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Theory]
    [InlineData("Table 'orders' already exists", "cassandra/cql/AlreadyExists", "mysql/server/1050")]
    [InlineData("Connection to api.github.com timed out. (connect timeout=3.05)", "python/requests/ConnectTimeout", "python/urllib3/ConnectTimeoutError")]
    public async Task A_message_two_entries_write_the_same_way_lists_both_before_the_ones_that_word_it_otherwise(string text, string one, string other)
    {
        var top = (await SearchAsync(text)).Results.Take(2).Select(Id);

        Assert.Equal([one, other], top.Order());
    }

    [Theory]
    [InlineData("ORA-00942: table or view \"APP\".\"ORDERS\" does not exist", "oracle/database/ORA-00942")]
    [InlineData("table or view \"app\".\"orders\" does not exist", "oracle/database/ORA-00942")]
    public async Task A_message_with_its_values_finds_the_entry_that_writes_it_the_same_way_first(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Fact]
    public async Task A_message_node_takes_from_openssl_lists_both_entries_first()
    {
        var top = (await SearchAsync("Error: self-signed certificate in certificate chain")).Results.Take(2).Select(Id);

        Assert.Equal(["nodejs/system/SELF_SIGNED_CERT_IN_CHAIN", "openssl/x509/X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN"], top.Order());
    }

    [Fact]
    public async Task A_chrome_network_error_as_the_browser_prints_it_finds_chromes_entry_then_the_api_gateway_one()
    {
        var top = (await SearchAsync("net::ERR_CERT_COMMON_NAME_INVALID")).Results.Take(2).ToList();

        Assert.Equal([("chromium/net/ERR_CERT_COMMON_NAME_INVALID", "exact"), ("aws/apigateway/ERR_CERT_COMMON_NAME_INVALID", "exact")],
            top.Select(r => (Id(r), r.Tier)));
    }

    [Theory]
    [InlineData("HTTP/1.1 503 Service Unavailable", "http/status/503")]
    [InlineData("HTTP/1.1 429 Too Many Requests", "http/status/429")]
    [InlineData("service unavailable", "http/status/503")]
    [InlineData("not found", "http/status/404")]
    public async Task A_status_line_or_its_reason_phrase_finds_the_status_entry_first(string text, string expected)
    {
        var first = (await SearchAsync(text)).Results[0];

        Assert.Equal(expected, Id(first));
        Assert.Contains(first.Tier, new[] { "exact", "message" });
    }

    [Theory]
    [InlineData("openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}", "openai/api/insufficient_quota")]
    [InlineData("stripe.error.CardError: Request req_8Jk2: Your card was declined.", "stripe/api/card_declined")]
    [InlineData("Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit", "docker/registry/TOOMANYREQUESTS")]
    [InlineData("javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", "java/net/SSLHandshakeException")]
    [InlineData("An error occurred (InsufficientInstanceCapacity) when calling the RunInstances operation (reached max retries: 0): We currently do not have sufficient m5.large capacity in the Availability Zone you requested (us-east-1a).", "aws/ec2/InsufficientInstanceCapacity")]
    [InlineData("An error occurred (ValidationException) when calling the GetItem operation: The provided key element does not match the schema", "aws/dynamodb/ValidationException")]
    [InlineData("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused", "curl/cli/7")]
    [InlineData("cURL error 28: Operation timed out after 30001 milliseconds with 0 bytes received", "curl/cli/28")]
    [InlineData("Get \"https://api.example.com/v1/items\": dial tcp 10.0.0.5:443: connect: connection refused", "go/net/DialConnectionRefused")]
    [InlineData("System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", "dotnet/http/TaskCanceledException")]
    [InlineData("botocore.exceptions.NoCredentialsError: Unable to locate credentials", "aws/sdk/NoCredentialsError")]
    [InlineData("remote: Support for password authentication was removed on August 13, 2021.", "github/rest-api/PasswordAuthenticationRemoved")]
    [InlineData("RequestLimitExceeded", "aws/ec2/RequestLimitExceeded")]
    [InlineData("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", "mysql/server/1045")]
    [InlineData("Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction", "mysql/server/1213")]
    [InlineData("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'b1c2'.", "azure/entra-id/AADSTS7000215")]
    [InlineData("This request is not authorized to perform this operation using this permission.", "azure/storage/AuthorizationPermissionMismatch")]
    [InlineData("The 'To' number +15005550001 is not a valid phone number.", "twilio/api/21211")]
    [InlineData("npm ERR! ERESOLVE unable to resolve dependency tree", "npm/cli/ERESOLVE")]
    [InlineData("(error) WRONGTYPE Operation against a key holding the wrong kind of value", "redis/server/WRONGTYPE")]
    [InlineData("error code: 1020", "cloudflare/proxy/1020")]
    [InlineData("Error from server (Conflict): Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again", "kubernetes/api/Conflict")]
    [InlineData("The connection to the server localhost:8080 was refused - did you specify the right host or port?", "kubernetes/api/ConnectionRefused")]
    [InlineData("An error occurred (ValidationError) when calling the UpdateStack operation: No updates are to be performed.", "aws/cloudformation/ValidationError")]
    [InlineData("org.apache.kafka.clients.consumer.CommitFailedException: Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member.", "apache-kafka/protocol/CommitFailedException")]
    [InlineData("MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"a@b.c\" }", "mongodb/server/11000")]
    [InlineData("Error: An API error occurred: channel_not_found", "slack/web-api/channel_not_found")]
    [InlineData("An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::123456789012:role/app is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:123456789012:key/abcd because no resource-based policy allows the kms:Decrypt action", "aws/kms/AccessDeniedException")]
    [InlineData("FirebaseError: Firebase: Error (auth/invalid-credential).", "firebase/auth/invalid-credential")]
    [InlineData("2026/12/06 10:00:01 [error] 31#31: *7 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.9, server: shop.example, request: \"GET /api HTTP/1.1\"", "nginx/server/UpstreamTimedOut")]
    [InlineData("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", "docker/engine/DaemonNotRunning")]
    [InlineData("httpx.ConnectError: [Errno 111] Connection refused", "python/httpx/ConnectError")]
    [InlineData("2024-04-10T03:30:53+00:00 heroku[router]: at=error code=H12 desc=\"Request timeout\" method=GET path=\"/\" host=app.herokuapp.com dyno=web.1 connect=0ms service=30000ms status=503 bytes=0", "heroku/platform/H12")]
    [InlineData("PrismaClientKnownRequestError: Unique constraint failed on the fields: (`email`)", "prisma/client/P2002")]
    [InlineData("[ 8123.456789] Out of memory: Killed process 23145 (java) total-vm:8234512kB, anon-rss:6123400kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12456kB oom_score_adj:0", "linux/kernel/OutOfMemory")]
    [InlineData("Dec  6 14:02:11 web01 kernel: [12345.678901] Out of memory: Killed process 23145 (java) total-vm:8234512kB, anon-rss:6123400kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12456kB oom_score_adj:0", "linux/kernel/OutOfMemory")]
    [InlineData("2026-12-06T14:02:11+00:00 web01 kernel: Out of memory: Killed process 23145 (java) total-vm:8234512kB, anon-rss:6123400kB, file-rss:0kB, shmem-rss:0kB", "linux/kernel/OutOfMemory")]
    [InlineData("Dec 06 14:02:11 web01 systemd[1]: nginx.service: Failed with result 'exit-code'.", "linux/systemd/FailedWithResultExitCode")]
    [InlineData("[ERROR] Failed to execute goal on project app: Could not find artifact com.example:lib:jar:2.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]", "maven/cli/ArtifactNotFound")]
    [InlineData("[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Fatal error compiling: error: invalid target release: 21 -> [Help 1]", "maven/cli/InvalidTargetRelease")]
    public async Task An_error_as_an_sdk_or_cli_prints_it_finds_its_entry_first(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Fact]
    public async Task A_code_many_services_share_lists_their_entries_first()
    {
        var top = (await SearchAsync("ThrottlingException")).Results.Take(3).ToList();

        Assert.All(top, r => Assert.Equal(("aws", "ThrottlingException", "exact"), (r.Vendor, r.Code, r.Tier)));
        Assert.Contains("aws/ecr/ThrottlingException", top.Select(Id));
    }

    [Theory]
    [InlineData("503 Service Unavailable", "http/status/503")]
    [InlineData("500 Internal Server Error", "http/status/500")]
    public async Task A_status_with_its_reason_phrase_finds_the_status_entry_before_codes_with_the_same_message(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Theory]
    [InlineData("permission denied", "grpc/status/PERMISSION_DENIED")]
    [InlineData("no such bucket", "aws/s3/NoSuchBucket")]
    [InlineData("no brokers available", "apache-kafka/kafka-python/NoBrokersAvailable")]
    [InlineData("Unknown database 'shop'", "mysql/server/1049")]
    [InlineData("mongodb duplicate key", "mongodb/server/11000")]
    [InlineData("firebase auth invalid credential", "firebase/auth/invalid-credential")]
    [InlineData("s3 nosuchkey", "aws/s3/NoSuchKey")]
    public async Task Everyday_words_find_the_code_they_spell_before_a_code_one_of_them_names(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Theory]
    [InlineData("No space left on device", "linux/errno/ENOSPC")]
    [InlineData("Too many open files", "linux/errno/EMFILE")]
    [InlineData("No such file or directory", "linux/errno/ENOENT")]
    public async Task A_system_errors_text_that_tools_print_alike_finds_the_errno_they_point_at_first(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Theory]
    [InlineData("Connection timed out", "linux/errno/ETIMEDOUT")]
    [InlineData("Connection reset by peer", "linux/errno/ECONNRESET")]
    [InlineData("No route to host", "linux/errno/EHOSTUNREACH")]
    [InlineData("Network is unreachable", "linux/errno/ENETUNREACH")]
    [InlineData("Resource temporarily unavailable", "linux/errno/EAGAIN")]
    [InlineData("Address already in use", "linux/errno/EADDRINUSE")]
    [InlineData("Cannot allocate memory", "linux/errno/ENOMEM")]
    [InlineData("Transport endpoint is not connected", "linux/errno/ENOTCONN")]
    public async Task A_system_errors_text_finds_its_errno_in_the_top_three(string text, string expected) =>
        Assert.Contains(expected, (await SearchAsync(text)).Results.Take(3).Select(Id));

    [Fact]
    public async Task A_kubelet_event_finds_the_pod_state_whose_message_it_fills_then_its_reason()
    {
        var top = (await SearchAsync("Warning  BackOff  3m (x25 over 8m)  kubelet  Back-off restarting failed container app in pod web-7c9d8_default(4f1c)"))
            .Results.Take(2).Select(Id);

        Assert.Equal(["kubernetes/pods/CrashLoopBackOff", "kubernetes/events/BackOff"], top);
    }

    [Theory]
    [InlineData("stripe card expired", "stripe/api/expired_card")]
    [InlineData("elasticsearch circuit breaker", "elastic/elasticsearch/circuit_breaking_exception")]
    [InlineData("redis out of memory", "redis/server/OOM")]
    public async Task A_vendors_name_beside_other_words_finds_its_entries_ranked_by_the_other_words(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    [Fact]
    public async Task A_bare_number_lists_every_protocols_code_of_that_number_and_a_reason_phrase_only_the_http_status()
    {
        var number = (await SearchAsync("503")).Results.Take(2).Select(Id).ToList();
        var phrase = (await SearchAsync("503 Service Unavailable")).Results.Select(Id).ToList();

        Assert.Equal(["http/status/503", "smtp/reply-codes/503"], number);
        Assert.Equal("http/status/503", phrase[0]);
        Assert.DoesNotContain("smtp/reply-codes/503", phrase);
    }

    [Fact]
    public async Task An_excluded_word_leaves_out_the_codes_the_query_names_too()
    {
        var results = (await SearchAsync("throttling -aws")).Results;

        Assert.Contains(results, r => r.Vendor == "alibaba-cloud");
        Assert.DoesNotContain(results, r => r.Vendor == "aws");
    }

    [Fact]
    public async Task Access_denied_finds_the_codes_spelled_so_before_dockers_DENIED()
    {
        var top = (await SearchAsync("access denied")).Results.Take(5).ToList();

        Assert.All(top, r => Assert.Equal("exact", r.Tier));
        Assert.Contains("aws/s3/AccessDenied", top.Select(Id));
        Assert.DoesNotContain("docker/registry/DENIED", top.Select(Id));
    }

    [Theory]
    [InlineData("ERROR:  relation \"users\" does not exist", "postgresql/sqlstate/42P01")]
    [InlineData("ERROR:  column \"emial\" does not exist", "postgresql/sqlstate/42703")]
    [InlineData("FATAL:  database \"app\" does not exist", "postgresql/sqlstate/3D000")]
    [InlineData("The security group 'sg-903004f8' does not exist", "aws/ec2/InvalidGroup.NotFound")]
    [InlineData("psql: error: connection to server at \"db.internal\" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user \"app\"", "postgresql/sqlstate/28P01")]
    [InlineData("psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused", "postgresql/sqlstate/08001")]
    public async Task A_pasted_message_with_its_values_finds_the_entry_whose_message_it_is_first(string text, string expected) =>
        Assert.Equal(expected, Id((await SearchAsync(text)).Results[0]));

    /// <summary>A message as an API sends it: a quoted placeholder holds a name, a bare one a number (an OID, a process id).</summary>
    private static string Filled(string message) =>
        message.Replace("\"…\"", "\"zebra\"", StringComparison.Ordinal).Replace("'…'", "'zebra'", StringComparison.Ordinal)
            .Replace("…", "16384", StringComparison.Ordinal);

    /// <summary>The entries each message belongs to, by the message in lower case ("Internal server error" is five entries').</summary>
    private static Dictionary<string, HashSet<string>> SharersOf(IEnumerable<(string Message, string Id)> messages) =>
        messages.GroupBy(m => SameMessage(m.Message)).ToDictionary(g => g.Key, g => g.Select(m => m.Id).ToHashSet());

    /// <summary>
    /// A message as the entries that share it write it: in lower case, without the full stop or the "(…)" some end
    /// with. "No such host is known" is Java's, "No such host is known." Windows', "No such host is known. (…)" .NET's.
    /// </summary>
    private static string SameMessage(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message.ToLowerInvariant(), @"[\s.]*(\(…\))?[\s.]*$", "");

    /// <summary>
    /// Searches for every message of three words or more that the shipped content records, as <paramref name="paste"/>
    /// writes it, and lists those whose entry is not in the top three, unless the top three all have that message.
    /// </summary>
    private async Task<(int Pasted, List<string> Missed)> PasteEveryMessageAsync(Func<string, string> paste)
    {
        await using var db = content.CreateContext();
        var messages = await (
            from variant in db.CodeVariants
            join entry in db.ErrorCodes on variant.ErrorCodeId equals entry.Id
            select new { variant.Message, Id = entry.Service.Vendor.Slug + "/" + entry.Service.Slug + "/" + entry.Code })
            .ToListAsync();
        var pasted = messages
            .Where(m => m.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            .Select(m => (Text: paste(m.Message), m.Message, m.Id))
            .ToList();

        var sharers = SharersOf(messages.Select(m => (m.Message, m.Id)));
        var missed = new List<string>();
        foreach (var (text, message, id) in pasted)
        {
            var top = (await SearchAsync(text)).Results.Take(3).Select(Id).ToList();
            if (!top.Contains(id) && !top.All(sharers[SameMessage(message)].Contains))
            {
                missed.Add($"{text} → {id}, got {string.Join(", ", top)}");
            }
        }
        return (pasted.Count, missed);
    }

    /// <summary>
    /// The relevance set: every message the shipped content records, as an API would send it (its placeholders
    /// filled in), pasted whole. A message two entries share, or a reason phrase the status entry comes before,
    /// cannot always be first; in the top three it must be, or the top three are all entries with that message.
    /// </summary>
    [Fact]
    public async Task Every_shipped_message_pasted_with_values_finds_its_entry_in_the_top_three()
    {
        var (pasted, missed) = await PasteEveryMessageAsync(Filled);

        Assert.True(pasted > 200, $"only {pasted} messages of three words or more");
        Assert.True(missed.Count == 0, string.Join("\n", missed));
    }

    /// <summary>
    /// The same messages inside a log line: after a timestamp, a process and the step that failed, as a client
    /// library logs them. The prefix's words are in no entry, so the message at the end has to be found on its own.
    /// </summary>
    [Fact]
    public async Task Every_shipped_message_at_the_end_of_a_log_line_finds_its_entry_in_the_top_three()
    {
        var (logged, missed) = await PasteEveryMessageAsync(message => "2026-12-05T10:14:07Z worker[4127]: sync of batch 981 failed: " + Filled(message));

        Assert.True(logged > 200, $"only {logged} messages of three words or more");
        Assert.True(missed.Count == 0, $"{missed.Count} of {logged} missed:\n" + string.Join("\n", missed));
    }

    [Fact]
    public async Task Every_search_result_links_to_an_existing_page()
    {
        await using var db = content.CreateContext();
        var results = await SearchAsync("throttling");

        Assert.NotEmpty(results.Results);
        foreach (var result in results.Results.Where(r => r.Kind == "code"))
        {
            var matches = await CodeLookup.FindAsync(db, result.Code!, new LookupFilter(result.Vendor, result.Service), CancellationToken.None);
            Assert.Contains(matches, m => m.Kind == MatchKind.Exact && EntryUrls.Page(m.Vendor, m.Service, m.Code) == result.Url);
        }
    }
}
