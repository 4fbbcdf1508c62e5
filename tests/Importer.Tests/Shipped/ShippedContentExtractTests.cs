using KnowledgeBase.Data.Extraction;
using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Importer.Tests.Shipped;

/// <summary>Pasted tool output finds its entry among the content the product ships with.</summary>
public sealed class ShippedContentExtractTests(ShippedContent content) : IClassFixture<ShippedContent>
{
    [Theory]
    [InlineData("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", "mysql/server/1045")]
    [InlineData("pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")", "mysql/server/2003")]
    [InlineData("Error: Duplicate entry 'a@b.c' for key 'users.email' { code: 'ER_DUP_ENTRY', errno: 1062, sqlState: '23000' }", "mysql/server/1062")]
    [InlineData("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}", "azure/entra-id/AADSTS7000215")]
    [InlineData("RestException [Error]: The 'To' number 5551234 is not a valid phone number. status: 400, code: 21211, moreInfo: 'https://www.twilio.com/docs/errors/21211'", "twilio/api/21211")]
    [InlineData("npm error code ETARGET\nnpm error notarget No matching version found for react@99.0.0.", "npm/cli/ETARGET")]
    [InlineData("redis.exceptions.ResponseError: CROSSSLOT Keys in request don't hash to the same slot", "redis/server/CROSSSLOT")]
    [InlineData("(error) ERR max number of clients reached", "redis/server/ERR")]
    [InlineData("HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8f1c2a3b4c5d6e7f-FRA\n\nerror code: 1020", "cloudflare/proxy/1020")]
    [InlineData("Error from server (Forbidden): pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"", "kubernetes/api/Forbidden")]
    [InlineData("slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'}", "slack/web-api/not_in_channel")]
    [InlineData("{\"error\":{\"root_cause\":[{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [logs-2026]\"}],\"type\":\"index_not_found_exception\",\"reason\":\"no such index [logs-2026]\"},\"status\":404}", "elastic/elasticsearch/index_not_found_exception")]
    [InlineData("MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"a@b.c\" }", "mongodb/server/11000")]
    [InlineData("{\"error\": \"authorization_pending\", \"error_description\": \"The user has not yet completed authorization.\"}", "oauth/errors/authorization_pending")]
    [InlineData("javax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target", "java/net/SSLHandshakeException")]
    [InlineData("botocore.exceptions.NoCredentialsError: Unable to locate credentials", "aws/sdk/NoCredentialsError")]
    [InlineData("An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist.", "aws/sqs/QueueDoesNotExist")]
    [InlineData("org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms.", "apache-kafka/protocol/TopicNotInMetadata")]
    [InlineData("org.apache.kafka.common.errors.TimeoutException: Expiring 3 record(s) for orders-0:120000 ms has passed since batch creation", "apache-kafka/java-client/TimeoutException")]
    [InlineData("Msg 547, Level 16, State 0, Line 1\nThe INSERT statement conflicted with the FOREIGN KEY constraint \"FK_Order_Customer\".", "sql-server/engine/547")]
    [InlineData("[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot open server 'contoso-sql' requested by the login. Client with IP address '203.0.113.10' is not allowed to access the server. (40615) (SQLDriverConnect)", "azure/sql-database/40615")]
    [InlineData("Dec  6 09:12:01 mail postfix/smtp[29893]: 4F3A2141028: to=<jane@example.org>, dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[142.250.102.27] said: 550-5.7.26 Your email has been blocked because the sender is unauthenticated.", "smtp/reply-codes/5.7.26")]
    [InlineData("remote: error: GH006: Protected branch update failed for refs/heads/main.", "github/git/GH006")]
    [InlineData("{\"errorType\": \"Sandbox.Timedout\", \"errorMessage\": \"RequestId: 1f60b20c Error: Task timed out after 3.00 seconds\"}", "aws/lambda/Sandbox.Timedout")]
    [InlineData("2024-04-10T03:30:53.848866+00:00 heroku[router]: at=error code=H12 desc=\"Request timeout\" method=POST path=\"/poll\" host=app.herokuapp.com status=503 bytes=0", "heroku/platform/H12")]
    [InlineData("simple_salesforce.exceptions.SalesforceExpiredSession: Expired session. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]", "salesforce/api/INVALID_SESSION_ID")]
    [InlineData("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x000001F599F0BA10>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))", "windows/win32/10061")]
    [InlineData("HTTP/2 400 apns-id: 5e1c6f2a-8b1d-4c3e-9f2a-1b2c3d4e5f60 {\"reason\":\"BadDeviceToken\"}", "apple/apns/BadDeviceToken")]
    [InlineData("╷\n│ Error: Error acquiring the state lock\n│ \n│ Lock Info:\n│   ID:        3f1c0a52-9b1e-4d3a-8a77-2c1d5b0e9f11", "terraform/cli/StateLockError")]
    [InlineData("fatal: not a git repository (or any of the parent directories): .git", "git/cli/NotAGitRepository")]
    [InlineData("discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions", "discord/api/50013")]
    [InlineData("ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42):", "rails/activerecord/ActiveRecord::RecordNotFound")]
    [InlineData("Errno::ECONNREFUSED: Failed to open TCP connection to localhost:9200 (Connection refused - connect(2) for \"localhost\" port 9200)", "ruby/runtime/Errno::ECONNREFUSED")]
    [InlineData("sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)", "sqlalchemy/orm/3o7r")]
    [InlineData("fail: Microsoft.EntityFrameworkCore.Update[10000] Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.", "dotnet/efcore/DbUpdateException")]
    [InlineData("Failed to load resource: net::ERR_NAME_NOT_RESOLVED", "chromium/net/ERR_NAME_NOT_RESOLVED")]
    [InlineData("E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 41235 (unattended-upgr)", "debian/apt/CouldNotGetLock")]
    [InlineData("panic: runtime error: index out of range [3] with length 3", "go/runtime/IndexOutOfRange")]
    [InlineData("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", "java/lang/JavaHeapSpace")]
    [InlineData("Dec  6 14:02:11 web01 kernel: [12345.678901] Out of memory: Killed process 23145 (java) total-vm:8234512kB, anon-rss:6123400kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12456kB oom_score_adj:0", "linux/kernel/OutOfMemory")]
    [InlineData("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 35\",\"parameters\":{\"retry_after\":35}}", "telegram/bot-api/TooManyRequests")]
    [InlineData("neo4j.exceptions.ConstraintError: {code: Neo.ClientError.Schema.ConstraintValidationFailed} {message: Node(1234) already exists with label `Person` and property `email` = 'ann@example.com'}", "neo4j/server/Neo.ClientError.Schema.ConstraintValidationFailed")]
    [InlineData("Message delivery failed: KafkaError{code=_MSG_TIMED_OUT,val=-192,str=\"Local: Message timed out\"}", "apache-kafka/librdkafka/_MSG_TIMED_OUT")]
    [InlineData(";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 41872", "dns/rcodes/NXDOMAIN")]
    [InlineData("{\"code\":\"rest_cookie_invalid_nonce\",\"message\":\"Cookie check failed\",\"data\":{\"status\":403}}", "wordpress/rest-api/rest_cookie_invalid_nonce")]
    [InlineData("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}", "telegram/bot-api/BotBlockedByUser")]
    [InlineData("openai.NotFoundError: Error code: 404 - {'error': {'code': 'DeploymentNotFound', 'message': 'The API deployment for this resource does not exist.'}}", "azure/openai/DeploymentNotFound")]
    [InlineData("discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4004", "discord/gateway/4004")]
    [InlineData("Getting a 401 with {\"ErrorCode\": 10, \"Message\": \"Request does not contain a valid Server token.\"}", "postmark/api/10")]
    [InlineData("{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete the operation.\",\"innerError\":{\"request-id\":\"f59ea674-f80c-44d5-b448-1e908e2726f6\"}}}", "microsoft/graph/Authorization_RequestDenied")]
    [InlineData("redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.", "redis/client/ConnectionError")]
    [InlineData("redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from the pool", "redis/client/ConnectionError")]
    [InlineData("Error writing data to auth/approle/login: Error making API request.\n\nURL: PUT https://vault:8200/v1/auth/approle/login\nCode: 400. Errors:\n\n* invalid role or secret ID", "hashicorp/vault/InvalidRoleOrSecretId")]
    [InlineData("Error reading secret/data/app: Error making API request.\n\nURL: GET https://vault:8200/v1/secret/data/app\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n", "hashicorp/vault/PermissionDenied")]
    [InlineData("An error occurred (DBInstanceNotFound) when calling the DescribeDBInstances operation: DBInstance mydb-prod not found.", "aws/rds/DBInstanceNotFound")]
    [InlineData("2026/12/06 06:12:01 [error] 1234#1234: *56 SSL_do_handshake() failed (SSL: error:0A000410:SSL routines::ssl/tls alert handshake failure:SSL alert number 40) while SSL handshaking to upstream", "openssl/ssl/SSLV3_ALERT_HANDSHAKE_FAILURE")]
    [InlineData("Error: error:0308010C:digital envelope routines::unsupported", "openssl/ssl/UNSUPPORTED")]
    [InlineData("{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\"}}]}", "shopify/admin-api/THROTTLED")]
    [InlineData("psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user \"postgres\"", "postgresql/sqlstate/28P01")]
    [InlineData("Postmark::ApiInputError (The 'From' address you supplied (noreply@example.com) is not a Sender Signature on your account.)", "postmark/api/400")]
    [InlineData("[2026-12-06 10:00:00] local.ERROR: Target class [App\\Http\\Controllers\\UserController] does not exist. {\"exception\":\"[object] (Illuminate\\\\Contracts\\\\Container\\\\BindingResolutionException(code: 0): Target class", "laravel/framework/BindingResolutionException")]
    [InlineData("Error: creating RDS DB Instance (app-db): operation error RDS: CreateDBInstance, https response error StatusCode: 400, RequestID: 71a01cff-03a5-442e-833f-bc43161dbd9d, api error InvalidParameterCombination: RDS does not support creating a DB instance", "aws/rds/InvalidParameterCombination")]
    [InlineData("remote: TF401019: The Git repository with name or identifier app does not exist or you do not have permissions for the operation you are attempting.", "azure/devops/TF401019")]
    [InlineData("{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}],\"messages\":[],\"result\":null}", "cloudflare/api/10000")]
    [InlineData("postgrest.exceptions.APIError: {'code': 'PGRST116', 'details': 'The result contains 0 rows', 'hint': None, 'message': 'JSON object requested, multiple (or no) rows returned'}", "supabase/postgrest/PGRST116")]
    [InlineData("error: externally-managed-environment\n\n× This environment is externally managed", "python/pip/externally-managed-environment")]
    [InlineData("pika.exceptions.ChannelClosedByBroker: (406, \"PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'jobs' in vhost '/': received 'true' but current is 'false'\")", "rabbitmq/amqp/PRECONDITION_FAILED")]
    [InlineData("sqlite3.OperationalError: database is locked", "sqlite/engine/SQLITE_BUSY")]
    [InlineData("java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist", "oracle/database/ORA-00942")]
    [InlineData("botocore.errorfactory.UsernameExistsException: An error occurred (UsernameExistsException) when calling the SignUp operation: An account with the given email already exists.", "aws/cognito-idp/UsernameExistsException")]
    [InlineData("Error: INSTALLATION FAILED: cannot re-use a name that is still in use", "helm/cli/NameStillInUse")]
    [InlineData("[Sat Dec 06 09:41:12.345678 2026] [proxy_fcgi:error] [pid 2214:tid 140245] [client 203.0.113.7:51234] AH01071: Got error 'Primary script unknown'", "apache/httpd/AH01071")]
    [InlineData("Dec  6 09:41:12 lb1 haproxy[2214]: 203.0.113.7:51234 [06/Dec/2026:09:41:12.345] fe_https~ be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 \"GET /v1/orders HTTP/1.1\"", "haproxy/proxy/SC")]
    [InlineData("[2026-12-06T09:41:12.345Z] \"GET /api/orders HTTP/1.1\" 503 UF,URX upstream_reset_before_response_started{connection_failure} - \"-\" 0 145 2 - \"-\" \"curl/8.5.0\"", "envoy/proxy/UF")]
    [InlineData("Code: 60. DB::Exception: Received from localhost:9000. DB::Exception: Table default.events does not exist. (UNKNOWN_TABLE)", "clickhouse/server/UNKNOWN_TABLE")]
    [InlineData("snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: xy12345.snowflakecomputing.com:443. Incorrect username or password was specified.", "snowflake/sql/250001")]
    [InlineData("{\"pspReference\":\"8815658961765250\",\"refusalReason\":\"Not enough balance\",\"refusalReasonCode\":\"12\",\"resultCode\":\"Refused\"}", "adyen/checkout/NotEnoughBalance")]
    [InlineData("AirtableError { error: 'NOT_AUTHORIZED', message: 'You are not authorized to perform this operation', statusCode: 403 }", "airtable/api/NOT_AUTHORIZED")]
    [InlineData("/home/runner/work/app/src/Api/Api.csproj : error NU1101: Unable to find package Contoso.Internal.Logging. No packages exist with this id in source(s): nuget.org", "nuget/client/NU1101")]
    [InlineData("botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.", "aws/bedrock/AccessDeniedException")]
    // No shape: the search finds the error line's entry.
    [InlineData("fatal: [web01]: FAILED! => {\"msg\": \"Missing sudo password\"}", "ansible/core/MissingSudoPassword")]
    [InlineData("2026-12-04T10:21:33.4817263Z ##[error]Process completed with exit code 1.", "github/actions/ProcessCompletedWithExitCode")]
    [InlineData("Unexpected response code: 500 (No cluster leader)", "hashicorp/consul/NoClusterLeader")]
    [InlineData("2023-03-07T03:19:10.206Z ERROR - Container app_0_e642bb9a didn't respond to HTTP pings on port: 8080, failing site start. See container logs for debugging.", "azure/app-service/ContainerDidNotRespondToHttpPings")]
    [InlineData("PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/app/x.php on line 423", "php/runtime/AllowedMemorySizeExhausted")]
    [InlineData("kubectl: error: You must be logged in to the server (Unauthorized)", "kubernetes/api/Unauthorized")]
    [InlineData("Error: EACCES: permission denied, open '/usr/lib/node_modules/x'", "npm/cli/EACCES")]
    [InlineData("Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    d['id']\nKeyError: 'id'", "python/runtime/KeyError")]
    [InlineData("Traceback (most recent call last):\n  File \"app.py\", line 7, in <module>\n    handler()\nTypeError: 'NoneType' object is not callable", "python/runtime/NoneTypeNotCallable")]
    [InlineData("Traceback (most recent call last):\n  File \"app.py\", line 9, in load\nKeyError: \"None of [Index(['total'], dtype='object')] are in the [columns]\"", "python/pandas/KeyError")]
    [InlineData("TypeError: Cannot read properties of undefined (reading 'map')\n    at App (/app/src/App.js:12:20)", "javascript/runtime/CannotReadPropertiesOfUndefined")]
    [InlineData("Uncaught ReferenceError: foo is not defined", "javascript/runtime/NotDefined")]
    [InlineData("error[E0382]: borrow of moved value: `config`\n --> src/main.rs:14:20", "rust/rustc/E0382")]
    [InlineData("thread 'main' panicked at src/main.rs:27:41:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace", "rust/runtime/OptionUnwrapNone")]
    [InlineData("src/app.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'.", "typescript/compiler/TS2322")]
    [InlineData("panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()", "go/runtime/IndexOutOfRange")]
    [InlineData("make: *** [Makefile:12: build] Error 1", "gnu/make/RecipeFailed")]
    [InlineData("[error] Postgrex.Protocol (#PID<0.412.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused", "elixir/ecto/DBConnection.ConnectionError")]
    [InlineData("** (FunctionClauseError) no function clause matching in MyApp.Accounts.get_user/1", "elixir/runtime/FunctionClauseError")]
    [InlineData("2026-12-06T10:14:02Z proxy[e784079b449483] ams [error] [PC01] instance refused connection. is your app listening on 0.0.0.0:8080?", "fly/proxy/PC01")]
    [InlineData("adb: failed to install app-debug.apk: Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: Package com.example.app signatures do not match previously installed version; ignoring!]", "android/adb/INSTALL_FAILED_UPDATE_INCOMPATIBLE")]
    [InlineData("E/AndroidRuntime: FATAL EXCEPTION: main\nandroid.view.WindowManager$BadTokenException: Unable to add window -- token android.os.BinderProxy@4f2c1a8 is not valid; is your activity running?", "android/runtime/BadTokenException")]
    [InlineData("ITMS-91053: Missing API declaration - Your app's code in the \"Runner\" file references one or more APIs that require reasons", "apple/app-store-connect/ITMS-91053")]
    [InlineData("MongoServerError[NotPrimaryNoSecondaryOk]: not primary and secondaryOk=false", "mongodb/server/13435")]
    [InlineData("com.mongodb.MongoCommandException: Command failed with error 352 (UnsupportedOpQueryCommand): 'Unsupported OP_QUERY command: insert.' on server db:27017.", "mongodb/server/352")]
    [InlineData("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}", "keycloak/oidc/InvalidUserCredentials")]
    [InlineData("│ Error: 500-InternalError, Out of host capacity.\n│ Service: Core Instance", "oracle-cloud/compute/InternalError")]
    [InlineData("Query 20261206_101532_00042_x7k2m failed: line 1:15: Table 'hive.sales.orderz' does not exist", "trino/server/TABLE_NOT_FOUND")]
    [InlineData("[GIN-debug] [WARNING] Headers were already written. Wanted to override status code 400 with 200", "go/gin/HeadersAlreadyWritten")]
    [InlineData("AxiosError: Request failed with status code 404", "axios/client/ERR_BAD_REQUEST")]
    [InlineData("pyspark.errors.exceptions.captured.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `sales`.`orders` cannot be found.", "apache-spark/sql/TABLE_OR_VIEW_NOT_FOUND")]
    [InlineData("org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.", "postgresql/jdbc/ConnectionRefused")]
    [InlineData("io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: localhost/127.0.0.1:8081", "netty/transport/AbstractChannel$AnnotatedConnectException")]
    [InlineData("err=\"server returned HTTP status 400 Bad Request: the sample has been rejected because its timestamp is too old (err-mimir-sample-timestamp-too-old).\"", "grafana/mimir/err-mimir-sample-timestamp-too-old")]
    [InlineData("{\"id\":\"pay_x\",\"approved\":false,\"status\":\"Declined\",\"response_code\":\"20051\",\"response_summary\":\"Insufficient Funds\"}", "checkout-com/api/20051")]
    public async Task A_tools_error_output_finds_its_entry_first(string text, string expected)
    {
        await using var db = content.CreateContext();

        var response = await ErrorTextExtractor.ExtractAsync(db, new PostgresCodeSearch(db), text, "", CancellationToken.None);

        // Each match lists its best entry first; a status line or an OAuth error beside the tool's code is a match of its own.
        Assert.Contains(expected, response.Matches.Where(m => m.Entries.Count > 0).Select(m => $"{m.Entries[0].Vendor}/{m.Entries[0].Service}/{m.Entries[0].Code}"));
    }

    [Fact]
    public async Task An_exception_class_is_its_namespaces_vendors_or_nothing()
    {
        await using var db = content.CreateContext();

        var response = await ErrorTextExtractor.ExtractAsync(db, new PostgresCodeSearch(db), "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.", "", CancellationToken.None);

        // requests' ConnectionError has the same name, and is another library's error.
        Assert.DoesNotContain(response.Matches.SelectMany(m => m.Entries), e => e.Vendor == "python");
    }
}
