using KnowledgeBase.Data.Extraction;

namespace KnowledgeBase.Data.Tests.Extraction;

public sealed class ErrorTextScannerTests
{
    private static ExtractedCode Single(string text, string kind)
    {
        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes, c => c.Kind == kind);
        AssertPosition(text, result);
        return match;
    }

    private static void AssertPosition(string text, ExtractionResult result)
    {
        foreach (var code in result.Codes)
        {
            Assert.Equal(code.Code, text.Substring(code.Start, code.Length));
        }
        foreach (var status in result.HttpStatuses)
        {
            Assert.Equal(status.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(status.Start, status.Length));
        }
        foreach (var requestId in result.RequestIds)
        {
            Assert.Equal(requestId.Value, text.Substring(requestId.Start, requestId.Length));
        }
    }

    [Fact]
    public void Alibaba_cloud_xml_error_gives_code_request_id_and_the_service_from_the_host_id()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?><Error><RequestId>540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>MissingParameter.CommandId</Code><Message>The input parameter “CommandId” that is mandatory for processing this request is not supplied.</Message><Recommend><![CDATA[https://next.api.aliyun.com/troubleshoot?q=MissingParameter.CommandId&product=Ecs]]></Recommend></Error>
            """;

        var match = Single(text, "xml-code");

        Assert.Equal("MissingParameter.CommandId", match.Code);
        Assert.Equal("540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx", match.RequestId);
        Assert.Equal(("alibaba-cloud", "ecs"), (match.Vendor, match.Service));
        Assert.Equal("The input parameter “CommandId” that is mandatory for processing this request is not supplied.", match.Message);
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.IsMessage);
    }

    [Fact]
    public void Alibaba_cloud_json_error_gives_code_request_id_and_vendor()
    {
        const string text = """
            {
              "RequestId": "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx",
              "HostId": "ecs.cn-hangzhou.aliyuncs.com",
              "Code": "MissingParameter.CommandId",
              "Message": "The input parameter “CommandId” that is mandatory for processing this request is not supplied.",
              "Recommend": "https://next.api.aliyun.com/troubleshoot?q=MissingParameter.CommandId&product=Ecs"
            }
            """;

        var match = Single(text, "json-code");

        Assert.Equal("MissingParameter.CommandId", match.Code);
        Assert.Equal("540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx", match.RequestId);
        Assert.Equal(("alibaba-cloud", "ecs"), (match.Vendor, match.Service));
    }

    [Theory]
    [InlineData("""<? xml version="1.0" encoding="UTF-8"? ><! --Result Root Node--> <Error> <RequestId>540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx</RequestId> <! --Request ID--> <HostId>ecs.aliyuncs.com</HostId> <! --Endpoint--> <Code>MissingParameter.CommandId</Code> <! --Error Code--> <Message>The input parameter “CommandId” that is mandatory for processing this request is not supplied. </Message> <! -- Error message--> </Error>""")]
    [InlineData("""{ "RequestId": "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx", /* Request ID */ "HostId": "ecs.aliyuncs.com", /* Service endpoint */ "Code": "MissingParameter.CommandId", /* Error code */ <Message>The input parameter “CommandId” that is required for processing this request is not supplied. /* Error message */ }""")]
    public void Alibaba_cloud_samples_as_the_documentation_prints_them_are_understood(string text)
    {
        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes);

        Assert.Equal(("MissingParameter.CommandId", "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx", "alibaba-cloud", "ecs"), (match.Code, match.RequestId, match.Vendor, match.Service));
        AssertPosition(text, result);
    }

    [Theory]
    [InlineData("System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).", 429)]
    [InlineData("HttpStatusCode: 503", 503)]
    [InlineData("{\"statusCode\": 502, \"error\": \"Bad Gateway\"}", 502)]
    [InlineData("HTTP 404: \"Repository Does Not Exist\" error", 404)]
    [InlineData("System.Net.WebException: The remote server returned an error: (403) Forbidden.", 403)]
    public void Statuses_are_found_in_their_common_spellings(string text, int status)
    {
        var result = ErrorTextScanner.Scan(text);

        Assert.Equal([status], result.HttpStatuses.Select(s => s.Status).Distinct());
        AssertPosition(text, result);
    }

    [Fact]
    public void Ec2_xml_error_gives_code_request_id_and_the_ec2_service()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1234567890abcdef0' does not exist</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-cb5432daacc0</RequestID></Response>
            """;

        var match = Single(text, "xml-code");

        Assert.Equal("InvalidInstanceID.NotFound", match.Code);
        Assert.Equal("ea966190-f9aa-478e-9ede-cb5432daacc0", match.RequestId);
        Assert.Equal(("aws", "ec2"), (match.Vendor, match.Service));
    }

    [Fact]
    public void Aws_json_type_takes_the_name_after_the_hash_and_the_service_from_the_endpoint()
    {
        const string text = """
            POST https://api.ecr.us-east-1.amazonaws.com/ HTTP/1.1
            HTTP/1.1 400 Bad Request
            x-amzn-RequestId: 6f8e7a2c-1b3d-4e5f-9a8b-7c6d5e4f3a2b
            Content-Type: application/x-amz-json-1.1

            {"__type":"com.amazon.coral.availability#ThrottlingException","message":"Rate exceeded"}
            """;

        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes, c => c.Kind == "aws-type");

        Assert.Equal("ThrottlingException", match.Code);
        Assert.Equal("6f8e7a2c-1b3d-4e5f-9a8b-7c6d5e4f3a2b", match.RequestId);
        Assert.Equal(("aws", "ecr"), (match.Vendor, match.Service));
        Assert.Equal(400, match.HttpStatus);
        Assert.DoesNotContain(result.Codes, c => c.IsMessage);
        AssertPosition(text, result);
    }

    [Fact]
    public void A_problem_type_that_names_a_page_of_problems_is_no_code() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("{\"type\":\"https://mailchimp.com/developer/marketing/docs/errors/\",\"title\":\"Member Exists\",\"status\":400}").Codes,
            c => c.Kind == "problem-type");

    [Fact]
    public void A_json_name_not_named_like_an_error_is_no_code() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("{\"name\":\"my-bucket\",\"region\":\"eu-west-1\"}").Codes, c => c.Kind == "json-name");

    [Theory]
    [InlineData("Run the installer (Optional) Then restart the service.")]
    [InlineData("Error from server (Forbidden): pods is forbidden")]
    public void A_word_in_parentheses_inside_a_sentence_is_no_azure_code(string text) =>
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.Kind == "azure");

    [Theory]
    [InlineData("{\"detail\":\"Authentication credentials were not provided.\"}", "Authentication credentials were not provided.")]
    [InlineData("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":{}}]}", "Field required")]
    public void A_problem_details_detail_or_a_pydantic_msg_is_a_message(string text, string message) =>
        Assert.Equal(message, Single(text, "message").Code);

    [Fact]
    public void Api_gateway_bodies_without_a_code_are_message_matches()
    {
        var missing = Single("""{"message": "Missing Authentication Token"}""", "message");
        var throttled = Single("""HTTP/1.1 429 Too Many Requests\r\n\r\n{"message":"Too Many Requests"}""".Replace("\\r\\n", "\r\n"), "message");

        Assert.Equal("Missing Authentication Token", missing.Code);
        Assert.Equal("Too Many Requests", throttled.Code);
        Assert.Equal(429, throttled.HttpStatus);
    }

    [Fact]
    public void Iam_error_response_gives_the_code_not_the_type_and_the_iam_service()
    {
        const string text = """
            <ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
              <Error>
                <Type>Sender</Type>
                <Code>SignatureDoesNotMatch</Code>
                <Message>The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.</Message>
              </Error>
              <RequestId>4ced6e96-5de8-11e1-aa78-a56908bdf8eb</RequestId>
            </ErrorResponse>
            """;

        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes);

        Assert.Equal(("SignatureDoesNotMatch", "xml-code"), (match.Code, match.Kind));
        Assert.Equal("4ced6e96-5de8-11e1-aa78-a56908bdf8eb", match.RequestId);
        Assert.Equal(("aws", "iam"), (match.Vendor, match.Service));
        AssertPosition(text, result);
    }

    [Fact]
    public void Sdk_v2_log_line_gives_the_trailing_code_with_status_request_id_and_service()
    {
        const string text = "2026-11-23 09:14:02 WARN  Poller - software.amazon.awssdk.services.ec2.model.Ec2Exception: Request limit exceeded. " +
            "(Service: Ec2, Status Code: 503, Request ID: 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d) RequestLimitExceeded";

        var match = Single(text, "sdk-log");

        Assert.Equal("RequestLimitExceeded", match.Code);
        Assert.Equal(503, match.HttpStatus);
        Assert.Equal("1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d", match.RequestId);
        Assert.Equal(("aws", "ec2"), (match.Vendor, match.Service));
    }

    [Fact]
    public void Sdk_v1_log_line_gives_the_error_code_field_once()
    {
        const string text = """
            com.amazonaws.services.ec2.model.AmazonEC2Exception: The instance ID 'i-0abc' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidInstanceID.NotFound; Request ID: 0d2f5c1e-3b4a-4c5d-8e9f-a0b1c2d3e4f5; Proxy: null)
            	at com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)
            """;

        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes);

        Assert.Equal(("InvalidInstanceID.NotFound", "sdk-log"), (match.Code, match.Kind));
        Assert.Equal(400, match.HttpStatus);
        Assert.Equal("0d2f5c1e-3b4a-4c5d-8e9f-a0b1c2d3e4f5", match.RequestId);
        Assert.Equal(("aws", "ec2"), (match.Vendor, match.Service));
        AssertPosition(text, result);
    }

    [Fact]
    public void Aws_cli_error_gives_the_code_in_parentheses()
    {
        const string text = """
            $ aws ec2 describe-instances --instance-ids i-1234567890abcdef0

            An error occurred (InvalidInstanceID.NotFound) when calling the DescribeInstances operation: The instance ID 'i-1234567890abcdef0' does not exist
            """;

        var match = Single(text, "aws-cli");

        Assert.Equal("InvalidInstanceID.NotFound", match.Code);
        Assert.Equal(("aws", "ec2"), (match.Vendor, match.Service));
        Assert.Equal("DescribeInstances", match.Operation);
    }

    [Fact]
    public void Old_aws_cli_client_error_form_is_understood()
    {
        const string text = "$ aws ecr get-login-password\nA client error (AccessDeniedException) occurred when calling the GetAuthorizationToken operation: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: ecr:GetAuthorizationToken on resource: *";

        var match = Single(text, "aws-cli");

        Assert.Equal(("AccessDeniedException", "aws", "ecr", "GetAuthorizationToken"), (match.Code, match.Vendor, match.Service, match.Operation));
    }

    [Fact]
    public void Docker_registry_throttling_gives_the_uppercase_code_and_the_registry_service()
    {
        const string text = """
            $ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2
            The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/web]
            toomanyrequests check:
            TOOMANYREQUESTS: Rate exceeded
            """;

        var match = Single(text, "docker");

        Assert.Equal("TOOMANYREQUESTS", match.Code);
        Assert.Equal(("aws", "ecr"), (match.Vendor, match.Service));
    }

    [Fact]
    public void Docker_login_error_without_a_code_is_a_message_match()
    {
        const string text = """
            $ aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com
            Error: Cannot perform an interactive login from a non TTY device
            """;

        var match = Single(text, "message");

        Assert.Equal("Cannot perform an interactive login from a non TTY device", match.Code);
    }

    [Fact]
    public void Python_ssl_error_gives_the_openssl_reason()
    {
        const string text = "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /dev/items " +
            "(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1129)')))";

        Assert.Equal("CERTIFICATE_VERIFY_FAILED", Single(text, "ssl").Code);
    }

    [Fact]
    public void Chrome_net_error_gives_the_err_code_without_the_prefix()
    {
        const string text = "GET https://custom.example.com/dev/items net::ERR_CERT_COMMON_NAME_INVALID";

        Assert.Equal("ERR_CERT_COMMON_NAME_INVALID", Single(text, "chrome-net").Code);
        Assert.Equal("ERR_CERT_COMMON_NAME_INVALID", Single("Your connection is not private\nERR_CERT_COMMON_NAME_INVALID", "chrome-net").Code);
    }

    [Theory]
    [InlineData("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused", "7")]
    [InlineData("PHP Fatal error: Uncaught GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after 30001 milliseconds", "28")]
    [InlineData("error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)", "92")]
    public void Curl_exit_code_gives_the_number_as_curl_code(string text, string code)
    {
        var found = Single(text, "curl");

        Assert.Equal((code, "curl", "cli"), (found.Code, found.Vendor, found.Service));
    }

    [Theory]
    [InlineData("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", "mysql", "1045", "mysql", "server")]
    [InlineData("Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction", "mysql", "1213", "mysql", "server")]
    [InlineData("pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db' ([Errno 111] Connection refused)\")", "mysql", "2003", "mysql", "server")]
    [InlineData("Error: Access denied for user 'app'@'10.0.0.7' (using password: YES) { code: 'ER_ACCESS_DENIED_ERROR', errno: 1045 }", "mysql", "ER_ACCESS_DENIED_ERROR", "mysql", "server")]
    [InlineData("AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.", "entra-id", "AADSTS7000215", "azure", "entra-id")]
    [InlineData("HTTP 400 error: Unable to create record: The 'To' number 5551234 is not a valid phone number. More information may be available here: https://www.twilio.com/docs/errors/21211", "twilio", "21211", "twilio", "api")]
    [InlineData("npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree", "npm", "ERESOLVE", "npm", "cli")]
    [InlineData("npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/left-padd - Not found", "npm", "E404", "npm", "cli")]
    [InlineData("npm WARN EBADENGINE Unsupported engine {", "npm", "EBADENGINE", "npm", "cli")]
    [InlineData("(error) WRONGTYPE Operation against a key holding the wrong kind of value", "redis", "WRONGTYPE", "redis", "server")]
    [InlineData("redis.exceptions.ResponseError: MOVED 3999 10.0.0.12:6379", "redis", "MOVED", "redis", "server")]
    [InlineData("ReplyError: OOM command not allowed when used memory > 'maxmemory'.", "redis", "OOM", "redis", "server")]
    [InlineData("(error) ERR max number of clients reached", "redis", "ERR", "redis", "server")]
    [InlineData("error code: 1020", "cloudflare", "1020", "cloudflare", "proxy")]
    [InlineData("Error from server (Forbidden): pods is forbidden: User \"dev\" cannot list resource \"pods\" in API group \"\" in the namespace \"prod\"", "kubectl", "Forbidden", "kubernetes", "api")]
    [InlineData("{\"ok\":false,\"error\":\"channel_not_found\"}", "slack", "channel_not_found", "slack", "web-api")]
    [InlineData("The server responded with: {'ok': False, 'error': 'not_in_channel'}", "slack", "not_in_channel", "slack", "web-api")]
    [InlineData("Error: An API error occurred: missing_scope", "slack", "missing_scope", "slack", "web-api")]
    [InlineData("{\"error\":{\"root_cause\":[{\"type\":\"index_not_found_exception\",\"reason\":\"no such index [logs]\"}]},\"status\":404}", "elasticsearch", "index_not_found_exception", "elastic", "elasticsearch")]
    [InlineData("MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"a@b.c\" }", "mongodb", "E11000", "mongodb", "server")]
    [InlineData("MongoServerError: not authorized on shop to execute command { find: \"users\" } { ok: 0, code: 13, codeName: 'Unauthorized' }", "mongodb", "Unauthorized", "mongodb", "server")]
    public void A_tools_own_error_shape_gives_its_code_and_vendor(string text, string kind, string code, string vendor, string service)
    {
        var found = Single(text, kind);

        Assert.Equal((code, vendor, service), (found.Code, found.Vendor, found.Service));
    }

    [Theory]
    [InlineData("javax.net.ssl.SSLHandshakeException: PKIX path building failed", "SSLHandshakeException", "java")]
    [InlineData("System.Net.Http.HttpRequestException: No such host is known. (api.example.com:443)", "HttpRequestException", "dotnet")]
    [InlineData("org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms.", "TimeoutException", "apache-kafka")]
    [InlineData("botocore.exceptions.NoCredentialsError: Unable to locate credentials", "NoCredentialsError", "aws")]
    [InlineData("at com.example.Shop.order(Shop.java:42) caused by app.errors.OutOfStockError", "OutOfStockError", null)]
    public void An_exception_class_gives_its_name_and_the_vendor_its_namespace_names(string text, string code, string? vendor)
    {
        var found = Single(text, "exception-class");

        Assert.Equal((code, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("Msg 2627, Level 14, State 1, Line 3\nViolation of PRIMARY KEY constraint 'PK_Orders'. Cannot insert duplicate key in object 'dbo.Orders'.", "2627")]
    [InlineData("Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app'.\nError Number:18456,State:1,Class:14", "18456")]
    [InlineData("2026-12-05 14:02:11.37 Logon       Error: 18456, Severity: 14, State: 8.", "18456")]
    [InlineData("pyodbc.ProgrammingError: ('42S02', \"[42S02] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Invalid object name 'dbo.Users'. (208) (SQLExecDirectW)\")", "208")]
    [InlineData("Executed as user: NT SERVICE\\SQLSERVERAGENT. BACKUP DATABASE is terminating abnormally. [SQLSTATE 42000] (Error 3013).  The step failed.", "3013")]
    public void A_sql_server_error_gives_its_number(string text, string code)
    {
        var found = Single(text, "sql-server");

        Assert.Equal((code, "sql-server", "engine"), (found.Code, found.Vendor, found.Service));
    }

    [Theory]
    [InlineData("said: 550-5.7.26 Your email has been blocked because the sender is unauthenticated.", "550 5.7.26")]
    [InlineData("smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted.')", "535 5.7.8")]
    [InlineData("to=<jane@example.org>, delay=0.9, dsn=5.1.1, status=bounced", "5.1.1")]
    public void An_smtp_reply_gives_its_reply_code_and_enhanced_status_code(string text, string codes)
    {
        var found = ErrorTextScanner.Scan(text).Codes.Where(c => c.Kind == "smtp").ToList();

        Assert.Equal(codes, string.Join(' ', found.Select(c => c.Code)));
        Assert.All(found, c => Assert.Equal(("smtp", "reply-codes"), (c.Vendor, c.Service)));
    }

    [Theory]
    [InlineData("OktaApiError: Okta HTTP 404 E0000007 Not found: Resource not found: 00u1ab2 (User).", "okta", "E0000007", "okta")]
    [InlineData("System.DmlException: Update failed. First exception on row 0 with id 0015g00000XyZab; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record", "salesforce", "UNABLE_TO_LOCK_ROW", "salesforce")]
    [InlineData("<soapenv:Fault><faultcode>sf:INVALID_LOGIN</faultcode>", "salesforce", "INVALID_LOGIN", "salesforce")]
    [InlineData("504: GATEWAY_TIMEOUT\nCode: FUNCTION_INVOCATION_TIMEOUT\nID: hkg1::lwfvf-1702001564825", "vercel", "FUNCTION_INVOCATION_TIMEOUT", "vercel")]
    [InlineData("X-Vercel-Error: FUNCTION_PAYLOAD_TOO_LARGE", "vercel", "FUNCTION_PAYLOAD_TOO_LARGE", "vercel")]
    [InlineData("Google Maps JavaScript API error: RefererNotAllowedMapError", "google-maps", "RefererNotAllowedMapError", "google-maps")]
    [InlineData("PermissionError: [WinError 5] Access is denied: 'C:\\app\\config.ini'", "windows", "5", "windows")]
    [InlineData("Get-WmiObject : The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)", "windows", "0x800706BA", "windows")]
    [InlineData("[{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]", "json-code", "INVALID_SESSION_ID", null)]
    [InlineData("discord.errors.Forbidden: 403 Forbidden (error code: 50013): Missing Permissions", "discord", "50013", "discord")]
    [InlineData("DiscordAPIError[50035]: Invalid Form Body", "discord", "50035", "discord")]
    [InlineData("discord.errors.ConnectionClosed: Shard ID None WebSocket closed with 4004", "discord", "4004", "discord")]
    [InlineData("{\"ErrorCode\":406,\"Message\":\"You tried to send to recipient(s) that have been marked as inactive.\"}", "postmark", "406", "postmark")]
    [InlineData(" ! [remote rejected] main -> main (TF402455: Pushes to this branch are not permitted; you must use a pull request to update this branch.)", "azure-devops", "TF402455", "azure")]
    [InlineData("{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}],\"messages\":[],\"result\":null}", "cloudflare", "10000", "cloudflare")]
    [InlineData("✘ [ERROR] A request to the Cloudflare API (/accounts) failed. Invalid access token [code: 9109]", "cloudflare", "9109", "cloudflare")]
    [InlineData("com.rabbitmq.client.ShutdownSignalException: connection error; protocol method: #method<connection.close>(reply-code=530, reply-text=NOT_ALLOWED - vhost not found, class-id=10, method-id=40)", "rabbitmq", "NOT_ALLOWED", "rabbitmq")]
    [InlineData("java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist", "oracle", "ORA-00942", "oracle")]
    [InlineData("oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database", "oracle", "DPY-6005", "oracle")]
    [InlineData("[Sat Dec 06 09:41:12.345678 2026] [authz_core:error] [pid 2214:tid 140245] [client 203.0.113.7:51234] AH01630: client denied by server configuration: /srv/app/public/", "apache", "AH01630", "apache")]
    [InlineData("Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.31 GiB, maximum: 9.31 GiB.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED) (version 24.8.4.13 (official build))", "clickhouse", "MEMORY_LIMIT_EXCEEDED", "clickhouse")]
    [InlineData("snowflake.connector.errors.ProgrammingError: 002003 (42S02): 01b8c3a1-0001-2f4e-0000-4e2d0003b0a2: SQL compilation error:", "snowflake", "002003", "snowflake")]
    [InlineData("Dec  6 09:41:12 lb1 haproxy[2214]: 203.0.113.7:51234 [06/Dec/2026:09:41:12.345] fe_https~ be_api/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 \"GET /v1/orders HTTP/1.1\"", "haproxy", "SC", "haproxy")]
    [InlineData("Dec  6 09:41:42 lb1 haproxy[2214]: 203.0.113.7:51240 [06/Dec/2026:09:41:12.346] fe_https~ be_api/api2 0/0/1/-1/30001 504 194 - - sH-- 12/12/3/1/0 0/0 \"POST /v1/reports HTTP/1.1\"", "haproxy", "sH", "haproxy")]
    [InlineData("[2026-12-06T09:41:12.345Z] \"GET /reviews/0 HTTP/1.1\" 503 UH no_healthy_upstream - \"-\" 0 19 0 - \"-\" \"curl/8.5.0\"", "envoy", "UH", "envoy")]
    [InlineData("AirtableError { error: 'NOT_AUTHORIZED', message: 'You are not authorized to perform this operation', statusCode: 403 }", "json-code", "NOT_AUTHORIZED", null)]
    [InlineData("@notionhq/client warn: request fail { code: 'object_not_found', message: 'Could not find database with ID: 3f1a.' }", "json-code", "object_not_found", null)]
    [InlineData("{\"error\":{\"code\":\"auth/id-token-expired\",\"message\":\"Firebase ID token has expired.\"}}", "json-code", "auth/id-token-expired", null)]
    [InlineData("FirebaseAuthError: There is no user record corresponding to the provided identifier.\n    at FirebaseAuthError.fromServerError (/app/node_modules/firebase-admin/lib/utils/error.js:148:16) {\n  errorInfo: {\n    code: 'auth/user-not-found',\n    message: 'There is no user record corresponding to the provided identifier.'\n  },\n  codePrefix: 'auth'\n}", "json-code", "auth/user-not-found", null)]
    [InlineData("ERROR: (AllocationFailed) Allocation failed. We do not have sufficient capacity for the requested VM size in this region.", "azure", "AllocationFailed", "azure")]
    [InlineData("Error: creating Subnet: (NetcfgSubnetRangeOutsideVnet) Subnet 'app' is not valid because its IP address range is outside the IP address range of virtual network 'vnet-prod'.", "azure", "NetcfgSubnetRangeOutsideVnet", "azure")]
    [InlineData("azure.core.exceptions.HttpResponseError: (AuthorizationFailed) The client 'ci' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/write'.", "azure", "AuthorizationFailed", "azure")]
    [InlineData("Code: VMExtensionProvisioningError\nMessage: VM has reported a failure when processing extension 'CustomScriptExtension'.", "azure", "VMExtensionProvisioningError", "azure")]
    [InlineData("{\"type\":\"https://developer.vonage.com/api-errors#unauthorized\",\"title\":\"Unauthorized\",\"detail\":\"You did not provide correct credentials.\"}", "problem-type", "unauthorized", null)]
    [InlineData("× issuer cert is within its validity period\n    issuer certificate is not valid anymore. Expired on 2019-12-19T09:21:08Z\n    see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-is-time-valid for hints", "linkerd", "l5d-identity-issuer-cert-is-time-valid", "linkerd")]
    [InlineData("Failed to attach disk 'C:\\wsl\\ext4.vhdx' to WSL2: The system cannot find the file specified.\nError code: Wsl/Service/CreateInstance/MountVhd/HCS/ERROR_FILE_NOT_FOUND", "labelled", "Wsl/Service/CreateInstance/MountVhd/HCS/ERROR_FILE_NOT_FOUND", null)]
    [InlineData("{\"name\":\"validation_error\",\"message\":\"You can only send testing emails to your own email address.\",\"statusCode\":403}", "json-name", "validation_error", null)]
    [InlineData("{\"name\":\"ValidationException\",\"$fault\":\"client\",\"$metadata\":{\"httpStatusCode\":400}}", "json-name", "ValidationException", null)]
    [InlineData("[{\"email\":\"user@example.com\",\"status\":\"rejected\",\"_id\":\"8f3a2c1d\",\"reject_reason\":\"hard-bounce\"}]", "json-code", "hard-bounce", null)]
    [InlineData("SQL0204N  \"DB2INST1.ORDERS\" is an undefined name.  SQLSTATE=42704", "db2", "SQL0204N", "ibm")]
    [InlineData("SQL30081N  A communication error has been detected. Communication protocol being used: \"TCP/IP\".", "db2", "SQL30081N", "ibm")]
    [InlineData("IEF212I PAYRL01 STEP010 INFILE - DATA SET NOT FOUND", "ibm-message", "IEF212I", "ibm")]
    [InlineData("said: 421 4.7.0 [TSS04] Messages from 203.0.113.9 temporarily deferred due to unexpected volume or user complaints", "mail-receiver", "TSS04", "yahoo")]
    [InlineData("550 5.7.1 Unfortunately, messages from [203.0.113.9] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", "mail-receiver", "S3150", "microsoft")]
    [InlineData("pyodbc.InterfaceError: ('IM002', '[IM002] [Microsoft][ODBC Driver Manager] Data source name not found and no default driver specified (0) (SQLDriverConnect)')", "odbc", "IM002", "microsoft")]
    [InlineData("pyodbc.Error: ('01000', \"[01000] [unixODBC][Driver Manager]Can't open lib 'ODBC Driver 17 for SQL Server' : file not found (0) (SQLDriverConnect)\")", "odbc", "01000", "unixodbc")]
    [InlineData("ModSecurity: Access denied with code 403 (phase 2). [file \"/etc/crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: 8)\"]", "modsecurity", "949110", "owasp")]
    [InlineData("arango.exceptions.DocumentInsertError: [HTTP 409][ERR 1210] unique constraint violated - in index primary of type primary over '_key'", "arangodb", "1210", "arangodb")]
    [InlineData("{\"code\":400,\"error\":true,\"errorMessage\":\"AQL: syntax error, unexpected identifier\",\"errorNum\":1501}", "arangodb", "1501", "arangodb")]
    [InlineData("{\"Response\":{\"Error\":{\"Code\":\"MissingParameter\",\"Message\":\"The request is missing a required parameter `Region`.\"},\"RequestId\":\"db76077c\"}}", "json-code", "MissingParameter", "tencent-cloud")]
    [InlineData("azure.core.exceptions.HttpResponseError: The metadata specified exceeds the maximum permissible limit (8KB). RequestId:c7ac1491 Time:2026-12-07T09:35:35Z ErrorCode:MetadataTooLarge", "labelled", "MetadataTooLarge", "azure")]
    [InlineData("{\"odata.error\":{\"code\":\"EntityTooLarge\",\"message\":{\"lang\":\"en-US\",\"value\":\"The entity is larger than the maximum allowed size (1MB).\\nRequestId:5b1f\"}}}", "json-code", "EntityTooLarge", "azure")]
    [InlineData("Twilio.Exceptions.ApiException: Invalid ApplicationSid", "exception-class", "ApiException", "twilio")]
    [InlineData("main.bicep(14,5) : Error BCP037: The property \"httpsOnly\" is not allowed on objects of type \"SiteConfig\".", "bicep", "BCP037", "azure")]
    [InlineData("https://app.contoso.com/signin-oidc#error=access_denied&error_description=AADB2C90118%3a+The+user+has+forgotten+their+password.", "entra-id", "AADB2C90118", "azure")]
    [InlineData("Program.fs(12,17): error FS0039: The value, namespace, type or module 'JsonSerializer' is not defined.", "dotnet-build", "FS0039", "dotnet")]
    [InlineData("Failure Reason:\t\tAccount locked out.\n\tStatus:\t\t\t0xC0000234\n\tSub Status:\t\t0x0", "windows", "0xC0000234", "windows")]
    [InlineData("[12/6/26 10:00:01:123 UTC] 0000004a com.ibm.ws.app.manager.AppMessageHelper E CWWKZ0002E: An exception occurred while starting the application shop.", "ibm-message", "CWWKZ0002E", "ibm")]
    [InlineData("Error: creating RDS DB Instance (app-db): operation error RDS: CreateDBInstance, https response error StatusCode: 400, RequestID: 71a0, api error InvalidParameterCombination: RDS does not support it", "aws-go-sdk", "InvalidParameterCombination", "aws")]
    [InlineData("Message               : HTTP GET on resource 'http://inventory:8081/items' failed: Connection refused.\nError type            : HTTP:CONNECTIVITY", "mule", "HTTP:CONNECTIVITY", "mulesoft")]
    [InlineData("{\"alipay_trade_query_response\":{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\"}}", "json-sub-code", "ACQ.TRADE_NOT_EXIST", null)]
    [InlineData("<xml><return_code>SUCCESS</return_code><result_code>FAIL</result_code><err_code>ORDERPAID</err_code></xml>", "xml-code", "ORDERPAID", null)]
    public void A_vendors_own_code_shape_gives_its_code(string text, string kind, string code, string? vendor)
    {
        var found = Single(text, kind);

        Assert.Equal((code, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("""[{"type":"message-failed","description":"rejected-spam-detected","errorCode":4470}]""", "4470")]
    [InlineData("""{"errcode":40013,"errmsg":"invalid appid"}""", "40013")]
    [InlineData("""{"message": "Unknown Channel", "code": 10003}""", "10003")]
    [InlineData("""{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}""", "-1021")]
    [InlineData("""{"retCode":10002,"retMsg":"invalid request, please check your server timestamp or recv_window param"}""", "10002")]
    [InlineData("""alpaca.common.exceptions.APIError: {"code":40310000,"message":"insufficient buying power"}""", "40310000")]
    [InlineData("""{"error":["EAPI:Invalid nonce"]}""", "EAPI:Invalid nonce")]
    public void A_code_written_as_a_json_number_of_four_to_eight_digits_is_a_code(string text, string code) =>
        Assert.Equal(code, Single(text, "json-code").Code);

    [Theory]
    [InlineData("""{"error":{"code":404,"message":"Not Found"}}""")]
    [InlineData("""{"code": 123456789}""")]
    [InlineData("""{"code": 1234.5}""")]
    public void A_json_number_of_three_or_nine_digits_or_a_fraction_is_no_code(string text) =>
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.Kind == "json-code");

    [Fact]
    public void A_docker_registry_error_carries_its_line_as_the_codes_message() =>
        Assert.Equal("TOOMANYREQUESTS: Rate exceeded", Single("TOOMANYREQUESTS: Rate exceeded", "docker").Message);

    [Fact]
    public void A_redis_err_reply_carries_the_reply_that_says_which_error_it_is() =>
        Assert.Equal("ERR DB capacity quota exceeded", Single("ReplyError: ERR DB capacity quota exceeded", "redis").Message);

    [Theory]
    [InlineData("An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.")]
    [InlineData("botocore.errorfactory.ThrottlingException: An error occurred (AccessDeniedException) when calling the Converse operation (reached max retries: 4): You don't have access to the model with the specified model ID.")]
    public void An_aws_cli_error_carries_the_message_after_its_operation(string text) =>
        Assert.Equal("You don't have access to the model with the specified model ID.", Single(text, "aws-cli").Message);

    [Fact]
    public void An_envoy_access_log_gives_each_of_its_response_flags() =>
        Assert.Equal(["UF", "URX"], ErrorTextScanner.Scan("[2026-12-06T09:41:12.345Z] \"GET /api/orders HTTP/1.1\" 503 UF,URX upstream_reset_before_response_started{connection_failure} - \"-\" 0 145 2").Codes
            .Where(c => c.Kind == "envoy").Select(c => c.Code));

    [Theory]
    [InlineData("[2026-12-07T09:41:12.345Z] \"POST /upload HTTP/1.1\" 413 - request_payload_too_large - \"-\" 1048577 17 3 - \"-\" \"curl/8.5.0\"", "request_payload_too_large")]
    [InlineData("[2026-12-07T09:41:12.345Z] \"GET /report HTTP/2\" 504 UT response_timeout - \"-\" 0 24 15001 - \"-\" \"okhttp/4.12.0\"", "UT")]
    [InlineData("[2026-12-07T09:41:12.345Z] \"GET /orders HTTP/1.1\" 500 - via_upstream - \"-\" 0 21 12 11 \"-\" \"curl/8.5.0\"", "")]
    public void An_envoy_access_log_gives_its_details_only_without_flags_and_never_via_upstream(string line, string expected) =>
        Assert.Equal(expected, string.Join(',', ErrorTextScanner.Scan(line).Codes.Where(c => c.Kind == "envoy").Select(c => c.Code)));

    [Theory]
    [InlineData("io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: User is denied operation Write on Subject: orders-value; error code: 40301", "schema-registry")]
    [InlineData("io.confluent.ksql.api.client.exception.KsqlClientException: Received 401 response from server: Unauthorized. Error code: 40301", "ksqldb")]
    public void A_confluent_clients_error_code_is_its_services(string text, string service)
    {
        var match = Assert.Single(ErrorTextScanner.Scan(text).Codes, c => c.Code == "40301");

        Assert.Equal(("confluent", service), (match.Vendor, match.Service));
    }

    [Theory]
    [InlineData("""{"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"INSTRUMENT_DECLINED","description":"The instrument presented  was either declined by the processor or bank."}],"message":"The requested action could not be performed.","debug_id":"f1b9c3e2a7d41"}""", "INSTRUMENT_DECLINED", "paypal")]
    [InlineData("""{"error":{"message":"(#100) No matching user found","type":"OAuthException","code":100,"error_subcode":2018001,"fbtrace_id":"AbC"}}""", "2018001", "meta")]
    public void A_paypal_issue_or_a_meta_subcode_is_the_specific_code(string text, string code, string vendor) =>
        Assert.Equal((code, vendor), (Single(text, "json-sub-code").Code, Single(text, "json-sub-code").Vendor));

    [Fact]
    public void An_elasticsearch_type_carries_its_reason_as_its_message() =>
        Assert.Equal("Limit of mapping depth [20] has been exceeded due to object field [a.b]",
            Single("""{"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"Limit of mapping depth [20] has been exceeded due to object field [a.b]"}]},"status":400}""", "elasticsearch").Message);

    [Theory]
    [InlineData("SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'a@example.com' for key 'users.email'", "1062")]
    [InlineData("SQLSTATE[HY000] [2002] Connection refused", "2002")]
    public void A_pdo_mysql_error_gives_the_servers_number_and_not_the_sqlstate(string text, string code)
    {
        var codes = ErrorTextScanner.Scan(text).Codes;

        Assert.Equal((code, "mysql"), (Assert.Single(codes).Code, codes[0].Vendor));
    }

    [Fact]
    public void A_monolog_exception_carries_the_message_after_its_code() =>
        Assert.Equal(
            "Unable to locate a class or view for component [alert]. at /var/www/vendor/laravel/framework/src/Illuminate/View/Compilers/ComponentTagCompiler.php:315)",
            Single("[2026-12-07 09:14:22] local.ERROR: Unable to locate a class or view for component [alert]. {\"exception\":\"[object] (Illuminate\\\\View\\\\ViewException(code: 0): " +
                   "Unable to locate a class or view for component [alert]. at /var/www/vendor/laravel/framework/src/Illuminate/View/Compilers/ComponentTagCompiler.php:315)", "exception-class").Message);

    [Fact]
    public void A_logfmt_lines_msg_is_its_message() =>
        Assert.Equal("Error on ingesting out-of-order samples",
            Single("level=warn ts=2026-12-07T10:01:02.345Z caller=writer.go:196 component=receive-writer msg=\"Error on ingesting out-of-order samples\" numDropped=57", "message").Code);

    [Fact]
    public void A_logfmt_lines_msg_beside_its_err_is_no_message_of_its_own() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("level=error component=dispatcher msg=\"Notify for alerts failed\" num_alerts=1 err=\"slack/slack[0]: notify retry canceled after 3 attempts\"").Codes,
            c => c.Code == "Notify for alerts failed");

    [Fact]
    public void An_haproxy_log_line_without_a_termination_state_gives_none() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("Dec  6 09:41:12 lb1 haproxy[2214]: 203.0.113.7:51234 [06/Dec/2026:09:41:12.345] fe_https~ be_api/api1 0/0/1/2/3 200 217 - - ---- 1/1/0/0/0 0/0 \"GET / HTTP/1.1\"").Codes,
            c => c.Kind == "haproxy");

    [Fact]
    public void An_adyen_refusal_reason_is_adyens_message() =>
        Assert.Equal(("Not enough balance", "adyen"),
            Single("{\"pspReference\":\"8815658961765250\",\"refusalReason\":\"Not enough balance\",\"resultCode\":\"Refused\"}", "message") is var m ? (m.Code, m.Vendor) : default);

    [Theory]
    [InlineData("""{"error":{"code":498,"message":"Invalid token.","details":[]}}""", "Invalid token.", "esri")]
    [InlineData("""{"error" : { "code" : 400 , "messageCode" : "CONT_0001" , "message" : "Item does not exist or is inaccessible." , "details" : [ ] } }""", "Item does not exist or is inaccessible.", "esri")]
    [InlineData("./internal/api/handler.go:57:14: undefined: validateToken", "undefined: validateToken", "go")]
    [InlineData("e: file:///app/src/main/kotlin/Main.kt:12:5 Unresolved reference: foo", "Unresolved reference: foo", "kotlin")]
    [InlineData("e: /app/src/main/kotlin/Main.kt: (12, 5): Unresolved reference: foo", "Unresolved reference: foo", "kotlin")]
    public void A_vendors_message_shape_names_its_vendor(string text, string message, string vendor) =>
        Assert.Equal((message, vendor), Single(text, "message") is var m ? (m.Code, m.Vendor) : default);

    [Fact]
    public void A_vault_error_block_gives_its_first_real_error_as_the_vaults_message()
    {
        var found = Single("Error reading secret/data/app: Error making API request.\n\nURL: GET https://vault.example.com:8200/v1/secret/data/app\nCode: 403. Errors:\n\n* 1 error occurred:\n\t* permission denied\n", "message");

        Assert.Equal(("permission denied", 403, "hashicorp", "vault"), (found.Code, found.HttpStatus, found.Vendor, found.Service));
    }

    [Theory]
    [InlineData("fatal: unable to access 'https://git.example.com/app.git/': error:0A00010B:SSL routines::wrong version number", "wrong version number")]
    [InlineData("Error: C0D85FC5E27F0000:error:0A000412:SSL routines:ssl3_read_bytes:ssl/tls alert bad certificate:ssl/record/rec_layer_s3.c:912:SSL alert number 42", "ssl/tls alert bad certificate")]
    public void An_openssl_error_line_gives_its_reason_as_openssls_message(string text, string reason)
    {
        var found = ErrorTextScanner.Scan(text).Codes.Single(c => c.Vendor == "openssl");

        Assert.Equal((reason, ExtractionKinds.Message), (found.Code, found.Kind));
    }

    [Fact]
    public void A_go_sdk_error_names_its_service_as_our_slugs_spell_it() =>
        Assert.Equal("route53", Single("operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 400, RequestID: e0, api error InvalidChangeBatch: [Tried to create resource record set]", "aws-go-sdk").Service);

    [Theory]
    [InlineData("[2026-12-06 10:00:00] local.ERROR: Target class does not exist. {\"exception\":\"[object] (Illuminate\\\\Contracts\\\\Container\\\\BindingResolutionException(code: 0)", "BindingResolutionException", "laravel")]
    [InlineData("Postmark::ApiInputError (The 'From' address you supplied (a@b.c) is not a Sender Signature on your account.)", "ApiInputError", "postmark")]
    [InlineData("psycopg2.OperationalError: connection to server at \"db\" failed: FATAL:  password authentication failed for user \"app\"", "OperationalError", "postgresql")]
    [InlineData("com.datastax.oss.driver.api.core.servererrors.InvalidQueryException: unconfigured table users", "InvalidQueryException", "cassandra")]
    [InlineData("cassandra.ReadTimeout: Error from server: code=1200 [Coordinator node timed out waiting for replica nodes' responses]", "ReadTimeout", "cassandra")]
    public void A_php_or_ruby_exception_class_is_read_with_its_namespaces_vendor(string text, string code, string vendor)
    {
        var found = Single(text, "exception-class");

        Assert.Equal((code, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("ActiveRecord::RecordNotFound (Couldn't find User with 'id'=42):", "ActiveRecord::RecordNotFound", "rails", "Couldn't find User with 'id'=42")]
    [InlineData("OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: certificate verify failed", "OpenSSL::SSL::SSLError", "ruby", "SSL_connect returned=1 errno=0 state=error: certificate verify failed")]
    [InlineData("spec_set.rb:180:in 'materialize': Could not find rake-13.0.6 in locally installed gems (Bundler::GemNotFound)", "Bundler::GemNotFound", "ruby", null)]
    [InlineData("Psych::SyntaxError: (config/locales/en.yml): did not find expected key while parsing a block mapping at line 2 column 3", "Psych::SyntaxError", "ruby", "(config/locales/en.yml): did not find expected key while parsing a block mapping at line 2 column 3")]
    [InlineData("ConnectionPool::TimeoutError: Waited 1 sec, 0/5 available", "ConnectionPool::TimeoutError", "sidekiq", "Waited 1 sec, 0/5 available")]
    [InlineData("Redis::CannotConnectError: Error connecting to Redis on 127.0.0.1:6379 (SocketError)", "Redis::CannotConnectError", "redis", "Error connecting to Redis on 127.0.0.1:6379 (SocketError)")]
    public void A_rails_or_ruby_class_is_its_code_with_its_whole_constant_path(string text, string code, string vendor, string? message)
    {
        var found = Single(text, "exception-class");

        Assert.Equal((code, vendor, message), (found.Code, found.Vendor, found.Message));
    }

    [Theory]
    [InlineData("neo4j.exceptions.AuthError: {code: Neo.ClientError.Security.Unauthorized} {message: The client is unauthorized due to authentication failure.}", "neo4j", "Neo.ClientError.Security.Unauthorized", "neo4j")]
    [InlineData("cimpl.KafkaException: KafkaError{code=_TRANSPORT,val=-195,str=\"Local: Broker transport failure\"}", "librdkafka", "_TRANSPORT", "apache-kafka")]
    [InlineData(";; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 41872", "dig", "SERVFAIL", "dns")]
    public void A_database_client_or_resolver_prints_its_code_in_its_own_shape(string text, string kind, string code, string vendor)
    {
        var found = Single(text, kind);

        Assert.Equal((code, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("src/app.ts(3,5): error TS2322: Type 'string' is not assignable to type 'number'.", "typescript", "TS2322", "typescript")]
    [InlineData("src/app.ts:3:5 - error TS2322: Type 'string' is not assignable to type 'number'.", "typescript", "TS2322", "typescript")]
    [InlineData("error[E0499]: cannot borrow `v` as mutable more than once at a time", "rustc", "E0499", "rust")]
    [InlineData("** (Ecto.NoResultsError) expected at least one result but got none in query:", "elixir", "Ecto.NoResultsError", "elixir")]
    [InlineData("2026-12-06T10:14:02Z proxy[e784079b449483] ams [error] [PC01] instance refused connection.", "fly-proxy", "PC01", "fly")]
    [InlineData("adb: failed to install app.apk: Failure [INSTALL_PARSE_FAILED_NO_CERTIFICATES: Failed to collect certificates]", "android-install", "INSTALL_PARSE_FAILED_NO_CERTIFICATES", "android")]
    [InlineData("ERROR ITMS-90683: Missing purpose string in Info.plist.", "itms", "ITMS-90683", "apple")]
    [InlineData("MongoServerError[WriteConflict]: Write conflict during plan execution and yielding is disabled.", "mongodb", "WriteConflict", "mongodb")]
    [InlineData("the sample has been rejected because its timestamp is too old (err-mimir-sample-timestamp-too-old).", "mimir", "err-mimir-sample-timestamp-too-old", "grafana")]
    [InlineData("│ Error: 404-NotAuthorizedOrNotFound, Authorization failed or requested resource not found.", "oracle-cloud", "NotAuthorizedOrNotFound", "oracle-cloud")]
    [InlineData("{\"approved\":false,\"status\":\"Declined\",\"response_code\":\"20051\",\"response_summary\":\"Insufficient Funds\"}", "checkout-com", "20051", "checkout-com")]
    [InlineData("pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `x` cannot be resolved.", "spark-error-class", "UNRESOLVED_COLUMN.WITH_SUGGESTION", "apache-spark")]
    [InlineData("Program.cs(12,5): error CS0246: The type or namespace name 'Foo' could not be found [/src/App/App.csproj]", "dotnet-build", "CS0246", "dotnet")]
    [InlineData("/usr/share/dotnet/sdk/8.0.100/Microsoft.NET.TargetFrameworkInference.targets(160,5): error NETSDK1045: The current .NET SDK does not support targeting .NET 10.0.", "dotnet-build", "NETSDK1045", "microsoft")]
    [InlineData("/src/App/App.csproj : error NU1101: Unable to find package Foo.Bar.", "dotnet-build", "NU1101", "nuget")]
    [InlineData("C:\\src\\main.cpp(5,3): error C2065: 'cout': undeclared identifier", "msvc", "C2065", "microsoft")]
    [InlineData("LINK : fatal error LNK1104: cannot open file 'foo.lib'", "msvc", "LNK1104", "microsoft")]
    [InlineData("main.obj : error LNK2019: unresolved external symbol \"int __cdecl foo(void)\" (?foo@@YAHXZ) referenced in function main", "msvc", "LNK2019", "microsoft")]
    [InlineData("PLS-00201: identifier 'PKG_BILLING.CLOSE_PERIOD' must be declared", "oracle", "PLS-00201", "oracle")]
    [InlineData("SP2-0310: unable to open file \"deploy.sql\"", "oracle", "SP2-0310", "oracle")]
    [InlineData("RMAN-06054: media recovery requesting unknown archived log for thread 1 with sequence 4127 and starting SCN of 93827112", "oracle", "RMAN-06054", "oracle")]
    [InlineData("TNS-12541: TNS:no listener", "oracle", "TNS-12541", "oracle")]
    [InlineData("com.ibm.db2.jcc.am.SqlSyntaxErrorException: DB2 SQL Error: SQLCODE=-204, SQLSTATE=42704, SQLERRMC=APP.ORDERS, DRIVER=4.33.31", "db2-sqlcode", "-204", "ibm")]
    [InlineData("NMAKE : fatal error U1077: 'cl.exe' : return code '0x2'", "msvc", "U1077", "microsoft")]
    [InlineData("cl : Command line error D8016 : '/ZI' and '/Gy-' command-line options are incompatible", "msvc", "D8016", "microsoft")]
    [InlineData("widget.h(14): warning C26495: Variable 'Widget::size' is uninitialized. Always initialize a member variable (type.6).", "msvc", "C26495", "microsoft")]
    [InlineData("app.py:12: error: Module \"os\" has no attribute \"foo\"  [attr-defined]", "python-checker", "attr-defined", "python")]
    [InlineData("app.py:1:1: F401 'os' imported but unused", "python-checker", "F401", "python")]
    [InlineData("app.py:1:0: C0114: Missing module docstring (missing-module-docstring)", "python-checker", "C0114", "python")]
    [InlineData("/app/src/App.jsx\n  30:6   warning  React Hook useEffect has a missing dependency: 'load'  react-hooks/exhaustive-deps\n", "eslint", "react-hooks/exhaustive-deps", "eslint")]
    [InlineData("  41:9  error  Unexpected any. Specify a different type  @typescript-eslint/no-explicit-any", "eslint", "@typescript-eslint/no-explicit-any", "eslint")]
    [InlineData("nats: API error: code=404 err_code=10059 description=stream not found", "nats-jetstream", "10059", "nats")]
    public void A_compiler_runtime_or_platform_prints_its_code_in_its_own_shape(string text, string kind, string code, string vendor)
    {
        var found = Single(text, kind);

        Assert.Equal((code, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("RestClientException: Schema 999 not found; error code: 40403", "40403")]
    [InlineData("error_code=SubjectNotFound", "SubjectNotFound")]
    public void A_labelled_code_may_be_a_name_or_a_number_of_four_to_six_digits(string text, string code) =>
        Assert.Equal(code, Single(text, "labelled").Code);

    [Fact]
    public void A_labelled_number_longer_than_six_digits_is_an_id_not_a_code() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("error code: 1234567").Codes, c => c.Kind == "labelled");

    [Fact]
    public void A_java_class_nested_in_another_keeps_its_outer_class() =>
        Assert.Equal(("WindowManager$BadTokenException", "android"), Single(
            "android.view.WindowManager$BadTokenException: Unable to add window -- token null is not valid; is your activity running?",
            "exception-class") is var found ? (found.Code, found.Vendor) : default);

    [Fact]
    public void A_telegram_error_is_its_description_as_telegrams_message()
    {
        var found = ErrorTextScanner.Scan("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}").Codes
            .Single(c => c.Kind == ExtractionKinds.Message);

        Assert.Equal(("Bad Request: chat not found", "telegram"), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("""{"level":"ERROR","message":"incompatible with nodepool \"default\", daemonset overhead={\"cpu\":\"200m\"}"}""",
        """incompatible with nodepool "default", daemonset overhead={"cpu":"200m"}""")]
    [InlineData("""{"message": "path C:\\temp\\x \u00e9 not found"}""", """path C:\temp\x é not found""")]
    [InlineData("""{"message": "bad escape \q here"}""", """bad escape \q here""")]
    [InlineData("""{"error": "Access to this API has been disallowed"}""", "Access to this API has been disallowed")]
    public void A_json_message_is_read_whole_with_its_escapes_undone(string text, string message)
    {
        var found = ErrorTextScanner.Scan(text).Codes.Single(c => c.Kind == ExtractionKinds.Message);

        Assert.Equal((message, '"', '"'), (found.Code, text[found.Start - 1], text[found.Start + found.Length]));
    }

    [Fact]
    public void An_apple_nserror_is_apples_message()
    {
        var found = ErrorTextScanner.Scan("Task <3F2A>.<1> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\" UserInfo={}").Codes
            .Single(c => c.Kind == ExtractionKinds.Message);

        Assert.Equal(("Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"", "apple"), (found.Code, found.Vendor));
    }

    [Fact]
    public void An_odbc_drivers_zero_native_error_is_no_sql_server_code() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("[08001] [Microsoft][ODBC Driver 18 for SQL Server]SSL Provider: certificate verify failed (-1) (SQLDriverConnect); [08001] Client unable to establish connection (0) (SQLDriverConnect)").Codes,
            c => c.Kind == ExtractionKinds.SqlServer);

    [Fact]
    public void A_bracketed_word_outside_an_smtp_reply_is_no_yahoo_code() =>
        Assert.Empty(ErrorTextScanner.Scan("Build [BL21] done in 4s").Codes);

    [Fact]
    public void A_json_error_without_a_space_is_a_code_not_a_message() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("""{"error":"invalid_grant"}""").Codes, c => c.IsMessage);

    [Fact]
    public void A_sqlalchemy_error_is_the_code_of_its_background_link()
    {
        var found = Single("sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached (Background on this error at: https://sqlalche.me/e/20/3o7r)", "sqlalchemy");

        Assert.Equal(("3o7r", "sqlalchemy"), (found.Code, found.Vendor));
    }

    [Fact]
    public void A_ruby_exception_carries_the_message_in_its_parentheses() =>
        Assert.Equal("The 'From' address you supplied (a@b.c) is not a Sender Signature on your account.",
            Single("Postmark::ApiInputError (The 'From' address you supplied (a@b.c) is not a Sender Signature on your account.)", "exception-class").Message);

    [Fact]
    public void A_memory_address_is_no_hresult() =>
        Assert.DoesNotContain(ErrorTextScanner.Scan("<urllib3.connection.HTTPSConnection object at 0x000001F599F0BA10>").Codes, c => c.Kind == "windows");

    [Fact]
    public void A_github_push_rejection_gives_its_gh_code() =>
        Assert.Equal("GH013", Single("remote: error: GH013: Repository rule violations found for refs/heads/main.", "github-push").Code);

    [Fact]
    public void A_lambda_error_type_is_a_code() =>
        Assert.Equal("Runtime.ImportModuleError", Single("{\"errorMessage\": \"Unable to import module 'app'\", \"errorType\": \"Runtime.ImportModuleError\"}", "json-code").Code);

    [Fact]
    public void An_exception_class_carries_the_message_after_it()
    {
        var found = Single("org.apache.kafka.common.errors.TimeoutException: Topic orders not present in metadata after 60000 ms.\n\tat org.apache.kafka.clients.producer.KafkaProducer.send(KafkaProducer.java:1)", "exception-class");

        Assert.Equal("Topic orders not present in metadata after 60000 ms.", found.Message);
    }

    [Theory]
    [InlineData("{\"error\": \"invalid_grant\", \"error_description\": \"Token has been expired or revoked.\"}", "invalid_grant")]
    [InlineData("WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"", "invalid_token")]
    public void An_oauth_error_response_gives_its_error_code(string text, string code) =>
        Assert.Equal(code, Single(text, "oauth").Code);

    [Fact]
    public void A_slack_error_is_slacks_not_a_generic_oauth_error()
    {
        var codes = ErrorTextScanner.Scan("{\"ok\":false,\"error\":\"invalid_auth\"}").Codes;

        Assert.Equal(("invalid_auth", "slack"), (Assert.Single(codes).Code, codes[0].Kind));
    }

    [Theory]
    [InlineData("Traceback (most recent call last):\n  File \"/app/main.py\", line 10, in <module>\n    print(user.name)\nAttributeError: 'NoneType' object has no attribute 'name'",
        "AttributeError", "python", "'NoneType' object has no attribute 'name'")]
    [InlineData("Traceback (most recent call last):\r\n  File \"app.py\", line 3, in <module>\r\n    d['id']\r\nKeyError: 'id'", "KeyError", "python", null)]
    [InlineData("Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nKeyboardInterrupt", "KeyboardInterrupt", "python", null)]
    [InlineData("TypeError: Cannot read properties of undefined (reading 'map')\n    at App (/app/src/App.js:12:20)",
        "TypeError", "javascript", "Cannot read properties of undefined (reading 'map')")]
    [InlineData("Uncaught ReferenceError: foo is not defined", "ReferenceError", "javascript", "foo is not defined")]
    public void A_built_in_exception_without_a_namespace_is_read_by_its_traceback_or_stack(string text, string code, string vendor, string? message)
    {
        var found = Single(text, "exception-class");

        Assert.Equal((code, vendor, message), (found.Code, found.Vendor, found.Message));
    }

    [Theory]
    [InlineData("TypeError: unsupported operand type(s) for +: 'int' and 'str'")]
    [InlineData("Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)")]
    public void A_bare_class_without_its_traceback_or_stack_or_with_a_namespace_is_not_read_as_a_bare_class(string text) =>
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.Kind == "exception-class" && c.Vendor is "python" or "javascript");

    [Fact]
    public void A_traceback_ending_in_a_class_with_a_namespace_is_read_by_the_namespace() =>
        Assert.Equal(("ReadTimeout", "python"), Single(
            "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='a', port=443): Read timed out.",
            "exception-class") is var found ? (found.Code, found.Vendor) : default);

    [Theory]
    [InlineData("panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:", "panic: runtime error: index out of range [3] with length 3", "go")]
    [InlineData("fatal error: all goroutines are asleep - deadlock!", "fatal error: all goroutines are asleep - deadlock!", "go")]
    [InlineData("Reading package lists... Done\nE: Unable to locate package libfoo-dev", "E: Unable to locate package libfoo-dev", "debian")]
    [InlineData("cc -o app main.o\nmake: *** [Makefile:12: build] Error 1", "make: *** [Makefile:12: build] Error 1", "gnu")]
    [InlineData("thread 'main' panicked at src/main.rs:4:37:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1`", "called `Option::unwrap()` on a `None` value", "rust")]
    [InlineData("thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:4:37", "called `Option::unwrap()` on a `None` value", "rust")]
    [InlineData("Query 20261206_101532_00042_x7k2m failed: line 1:15: Table 'hive.sales.orderz' does not exist", "Query 20261206_101532_00042_x7k2m failed: line 1:15: Table 'hive.sales.orderz' does not exist", "trino")]
    public void A_line_whose_start_names_its_tool_is_that_tools_message(string text, string message, string vendor)
    {
        var found = Single(text, "message");

        Assert.Equal((message, vendor), (found.Code, found.Vendor));
    }

    [Theory]
    [InlineData("thread 'main' panicked at ")]
    [InlineData("thread 'main' panicked at '")]
    [InlineData("thread 'main' panicked at src/main.rs:4:37:")]
    [InlineData("Traceback (most recent call last):")]
    [InlineData("Uncaught TypeError")]
    public void A_runtime_error_cut_short_gives_no_message(string text) =>
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.Kind == "message");

    [Theory]
    [InlineData("Released in 2026 (Q4 build)")]
    [InlineData("the job was BUSY for a while")]
    [InlineData("Cloudflare says error code: 9999")]
    [InlineData("ERRORS (12) in ER_ rows")]
    public void Ordinary_text_that_resembles_a_tools_error_gives_no_code(string text) =>
        Assert.DoesNotContain(ErrorTextScanner.Scan(text).Codes, c => c.Kind is "mysql" or "redis" or "cloudflare");

    [Fact]
    public void Rfc_9457_problem_gives_the_type_segment_and_status()
    {
        const string text = """
            HTTP/1.1 403 Forbidden
            Content-Type: application/problem+json

            {"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.", "status": 403,
             "detail": "Your current balance is 30, but that costs 50.", "instance": "/account/12345/msgs/abc"}
            """;

        var match = Single(text, "problem-type");

        Assert.Equal(("out-of-credit", 403), (match.Code, match.HttpStatus));
    }

    [Fact]
    public void Problem_type_pointing_at_our_own_entry_names_vendor_and_service()
    {
        var match = Single("""{"type":"https://kb.example/codes/http/status/429","title":"Too Many Requests","status":429}""", "problem-type");

        Assert.Equal(("429", "http", "status"), (match.Code, match.Vendor, match.Service));
    }

    [Fact]
    public void Google_error_gives_status_reason_and_http_code()
    {
        const string text = """
            {
              "error": {
                "code": 429,
                "message": "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute' of service 'compute.googleapis.com'.",
                "status": "RESOURCE_EXHAUSTED",
                "details": [
                  {
                    "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                    "reason": "RATE_LIMIT_EXCEEDED",
                    "domain": "googleapis.com",
                    "metadata": { "service": "compute.googleapis.com" }
                  }
                ]
              }
            }
            """;

        var result = ErrorTextScanner.Scan(text);

        Assert.Equal([("RESOURCE_EXHAUSTED", "json-status"), ("RATE_LIMIT_EXCEEDED", "json-reason")], result.Codes.Select(c => (c.Code, c.Kind)));
        Assert.All(result.Codes, c => Assert.Equal((429, "google-cloud"), (c.HttpStatus, c.Vendor)));
        Assert.Equal([429], result.HttpStatuses.Select(s => s.Status));
        AssertPosition(text, result);
    }

    [Fact]
    public void Stripe_error_gives_the_code_and_the_vendor_from_the_doc_url()
    {
        const string text = """
            {
              "error": {
                "code": "resource_missing",
                "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
                "message": "No such customer: 'cus_123'",
                "param": "customer",
                "request_log_url": "https://dashboard.stripe.com/test/logs/req_abc123?t=1700000000",
                "type": "invalid_request_error"
              }
            }
            """;

        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes);

        Assert.Equal(("resource_missing", "json-code", "stripe"), (match.Code, match.Kind, match.Vendor));
        AssertPosition(text, result);
    }

    [Fact]
    public void Http_status_line_is_a_match_for_the_http_status_entry()
    {
        var match = Single("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\n", "http-status-line");

        Assert.Equal(("429", 429, "http", "status"), (match.Code, match.HttpStatus, match.Vendor, match.Service));
    }

    [Theory]
    [InlineData("ERROR:  duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(a@example.com) already exists.\nSQLSTATE 23505")]
    [InlineData("ERROR: duplicate key value violates unique constraint \"users_email_key\"\nSQL state: 23505\nDetail: Key (email)=(a@example.com) already exists.")]
    [InlineData("pq: duplicate key value violates unique constraint \"users_email_key\" (SQLSTATE 23505)")]
    [InlineData("Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"users_email_key\"")]
    public void Postgresql_sqlstate_is_found_in_every_client_spelling(string text)
    {
        var result = ErrorTextScanner.Scan(text);
        var match = Assert.Single(result.Codes);

        Assert.Equal(("23505", "sqlstate", "postgresql", "sqlstate"), (match.Code, match.Kind, match.Vendor, match.Service));
        AssertPosition(text, result);
    }

    [Fact]
    public void Status_and_request_id_are_reported_without_a_code()
    {
        const string text = "upstream answered status=503 after 30s, x-amzn-RequestId: 7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b";

        var result = ErrorTextScanner.Scan(text);

        Assert.Empty(result.Codes);
        Assert.Equal([503], result.HttpStatuses.Select(s => s.Status));
        Assert.Equal(["7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b"], result.RequestIds.Select(r => r.Value));
        AssertPosition(text, result);
    }

    [Fact]
    public void Several_responses_keep_their_order_and_their_own_hints()
    {
        const string text = """
            An error occurred (RequestLimitExceeded) when calling the RunInstances operation (reached max retries: 4): Request limit exceeded.
            <Error><RequestId>4C467B38-3910-447D-87BC-AC049166F216</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>Throttling</Code><Message>Request was denied due to request throttling.</Message></Error>
            """;

        var result = ErrorTextScanner.Scan(text);

        Assert.Equal([("RequestLimitExceeded", "aws"), ("Throttling", "alibaba-cloud")], result.Codes.Select(c => (c.Code, c.Vendor)));
        Assert.Equal("ecs", result.Codes[1].Service);
    }

    [Fact]
    public void Malformed_and_truncated_bodies_are_scanned_as_text()
    {
        var truncated = ErrorTextScanner.Scan("<Response><Errors><Error><Code>InvalidGroup.NotFound</Code><Message>The security gro");
        var broken = ErrorTextScanner.Scan("{ \"RequestId\": \"540CFF28-407A\", /* id */ \"Code\": \"InvalidParameter\", <Message>oops");

        Assert.Equal("InvalidGroup.NotFound", Assert.Single(truncated.Codes).Code);
        Assert.Equal("InvalidParameter", Assert.Single(broken.Codes).Code);
    }

    [Fact]
    public void Plain_prose_yields_nothing()
    {
        var result = ErrorTextScanner.Scan("The deployment finished without problems and every check passed.");

        Assert.True(result.IsEmpty);
        Assert.True(ErrorTextScanner.Scan("").IsEmpty);
        Assert.True(ErrorTextScanner.Scan(null).IsEmpty);
    }
}
