using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Data.Extraction;

/// <summary>
/// Finds error codes, HTTP statuses, request IDs and vendor hints in whatever an engineer pastes: raw XML or JSON
/// error responses (well-formed or not), SDK and CLI log lines, tool output, HTTP status lines.
/// </summary>
/// <remarks>
/// Pasted text is untrusted and may be huge or hostile, so nothing here parses XML or JSON (a truncated body must
/// still yield its code) and every pattern runs with <see cref="RegexOptions.NonBacktracking"/>: matching is linear in
/// the input whatever it holds. A match timeout is the second guard; a shape that times out is skipped, never thrown.
/// Each shape has literal triggers so that a pattern whose keyword is absent does not scan at all. The patterns only
/// locate a span (<see cref="Regex.EnumerateMatches(ReadOnlySpan{char})"/>); the code, status or ID inside it is taken
/// by a few lines of hand-written code, because capture groups cost the non-backtracking engine about 50 µs per match.
/// </remarks>
public static class ErrorTextScanner
{
    /// <summary>At most this many codes are reported; a paste with more is a whole log file, not one error.</summary>
    public const int MaxCodes = 200;

    /// <summary>How far (in characters) a status, request ID or host name may be from a code to be attributed to it.</summary>
    private const int HintWindow = 3000;

    /// <summary>A message within this distance of a code belongs to that code and is not reported on its own.</summary>
    private const int MessageWindow = 800;

    // Patterns use unbounded loops and lengths are checked afterwards: large counted loops ({0,127}) multiply the
    // states of the non-backtracking automaton and made a 64 KiB scan of a repeated host name take 80 ms.
    private const int MaxTokenLength = 128;
    private const int MaxMessageLength = 300;

    // A guard, not a budget: the automaton is linear. A pattern's first match also builds its states. Once, in a loaded
    // test run (five test processes, PostgreSQL and Chromium on two cores), /paste marked a short AWS CLI line's message
    // instead of its code, which a 250 ms give-up of that shape explains.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const string Ws = @"[ \t\r\n]*";
    // One character of a JSON string on one line: anything but a quote or backslash, or an escape (\", \\, \u00e9).
    private const string JsonChar = @"(?:[^""\\\r\n]|\\[^\r\n])";
    // A slash inside, for Firebase's "code": "auth/user-not-found".
    private const string CodeToken = @"[A-Za-z0-9][A-Za-z0-9_.\-/]*";
    private const string Spaces = " \t";
    private const string SpacesAndQuotes = " \t\"'";
    // Terraform draws its diagnostics in a box: │ Error: …
    private const string TerraformBoxIndent = " \t│╷";

    // What each span holds is said in the comment; the Take… helpers below cut it out.
    // <Code>X</Code>, WeChat Pay's <err_code>X</err_code>: X.
    private static readonly Regex XmlCode = Pattern(
        $@"<(?:Code|code|CODE|ErrorCode|errorCode|err_code)>{Ws}{CodeToken}{Ws}</(?:Code|code|CODE|ErrorCode|errorCode|err_code)>");
    // "code": "X": the last quoted value.
    // Xero's "Type": "ValidationException" too.
    private static readonly Regex JsonCode = Pattern($@"""(?:code|Code|CODE|errorCode|ErrorCode|error_code|errorcode|decline_code|errorType|reject_reason|Type|sCode)""{Ws}:{Ws}""{CodeToken}""|'(?:code|errorCode|error_code|decline_code|errorType)'{Ws}:{Ws}'{CodeToken}'");
    // "sub_code": "X", the error inside a response's general "code" (Alipay's "code":"40004","msg":"Business Failed",
    // "sub_code":"ACQ.TRADE_NOT_EXIST"): the last quoted value.
    private static readonly Regex JsonSubCode = Pattern($@"""(?:sub_code|subCode)""{Ws}:{Ws}""{CodeToken}""");
    // PayPal's REST errors name what went wrong within their name (UNPROCESSABLE_ENTITY) by each detail's issue.
    private static readonly Regex PayPalIssue = Pattern($@"""issue""{Ws}:{Ws}""[A-Z][A-Z0-9_]{{2,}}""");
    // Meta's Graph API names what went wrong within its code (9, 100, 190) by a subcode: "error_subcode":2207042.
    private static readonly Regex MetaSubcode = Pattern($@"""error_subcode""{Ws}:{Ws}[0-9]{{1,9}}");
    // "name": "X" where X is named like an error: the AWS SDK for JavaScript's "ValidationException", Strapi's
    // "ForbiddenError", Resend's "validation_error", Mandrill's "Invalid_Key". A name we have no entry for is no news.
    private static readonly Regex JsonName = Pattern($@"""name""{Ws}:{Ws}""(?:[A-Za-z][A-Za-z0-9.]*(?:Error|Exception)|[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+)""");
    // The same as Node prints an object: { code: 'object_not_found', … }, AirtableError { error: 'NOT_AUTHORIZED', … },
    // or over several lines, as the Firebase Admin SDK's errorInfo: {\n    code: 'auth/user-not-found',\n …
    // A code written as a JSON number of four to eight digits (Bandwidth's "errorCode":4301, WeChat's "errcode":40013,
    // Bybit's "retCode":10002, Alpaca's "code":40310000), negative too (Binance's "code":-1021): fewer digits are a
    // status, and a vendor's own shape for it (Cloudflare's, Postmark's) goes first.
    private static readonly Regex JsonNumberCode = Pattern($@"""(?:code|Code|errorCode|ErrorCode|error_code|errcode|errCode|err_code|retCode)""{Ws}:{Ws}-?[0-9]{{4,8}}[,}} \t\r\n]");
    private static readonly Regex JsObjectCode = Pattern($@"[{{,]{Ws}(?:code|error|errorCode|error_code): '{CodeToken}'[,}} \t\r\n]");
    // "__type": "prefix#X" (the last quoted value after its last #), or the x-amzn-ErrorType header: X after the colon.
    private static readonly Regex AwsType = Pattern($@"""__type""{Ws}:{Ws}""(?:[^""#\\\r\n]*#)?{CodeToken}""|[Xx]-[Aa]mzn-[Ee]rror[Tt]ype:[ \t]*[A-Za-z][A-Za-z0-9_.]*");
    // An error occurred (X) when calling the Op operation: X in the first parentheses.
    private static readonly Regex AwsCli = Pattern($@"(?:An|A client|A server) error (?:occurred )?\({CodeToken}\) (?:occurred )?when calling the [A-Za-z0-9]+ operation");
    // (Service: …; Status Code: …; Error Code: X; Request ID: …) or (Service: …, Status Code: …, Request ID: …) X.
    // The AWS SDK for Go v2, as Terraform's AWS provider prints it: "operation error RDS: CreateDBInstance, https response
    // error StatusCode: 400, RequestID: …, api error InvalidParameterCombination: …": the code after "api error".
    private static readonly Regex AwsGoSdk = Pattern($@"api error {CodeToken}:");
    private static readonly Regex SdkLog = Pattern(@"\(Service:[^()\r\n]+\)(?:[ \t]+[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)?");
    // Error Code: X, error_code=X: X after the separator (WSL's Wsl/Service/CreateInstance/… has slashes).
    // A number of four to six digits counts too (Confluent's "Schema 999 not found; error code: 40403"): fewer is a status.
    private static readonly Regex Labelled = Pattern(@"(?:[Ee]rror[ _]?[Cc]ode|ERROR[ _]?CODE)[ \t]*[:=][ \t]*[""']?(?:[A-Za-z][A-Za-z0-9_.\-/]+|[0-9]{4,6})");
    // Docker registry errors, X: message: X before the colon.
    private static readonly Regex Docker = Pattern(
        @"(?:TOOMANYREQUESTS|DENIED|UNAUTHORIZED|UNSUPPORTED|NAME_UNKNOWN|NAME_INVALID|MANIFEST_UNKNOWN|MANIFEST_INVALID|" +
        @"MANIFEST_BLOB_UNKNOWN|MANIFEST_UNVERIFIED|BLOB_UNKNOWN|BLOB_UPLOAD_INVALID|BLOB_UPLOAD_UNKNOWN|DIGEST_INVALID|" +
        @"SIZE_INVALID|TAG_INVALID|PAGINATION_NUMBER_INVALID|RANGE_INVALID):[ \t]");
    // curl's exit code as curl (curl: (7) …), PHP (cURL error 28: …) and git (RPC failed; curl 92 …) print it.
    private static readonly Regex Curl = Pattern(@"curl: \([0-9]{1,2}\)|cURL error [0-9]{1,2}:|RPC failed; curl [0-9]{1,2}");
    // MySQL's client, Go's driver and Connector/Python: ERROR 1045 (28000): …; PyMySQL and mysqlclient: Error: (1045, "…"):
    // the number. Node's mysql2 prints the symbol (code: 'ER_ACCESS_DENIED_ERROR'): all of it.
    private static readonly Regex MySql = Pattern(@"[0-9]{4} \([0-9]{2}[0-9A-Z]{3}\)|ER_[A-Z][A-Z0-9_]{2,}");
    private static readonly Regex PyMySql = Pattern(@"Error: \([0-9]{4}, [""']");
    // SMTP: a reply code with its enhanced status code (550 5.1.1, 550-5.7.26 on a continued line), as Python's smtplib
    // prints them ((535, b'5.7.8 …) and as Postfix logs the status (dsn=5.7.26).
    private static readonly Regex Smtp = Pattern(@"[245][0-9]{2}[- ][245]\.[0-9]{1,3}\.[0-9]{1,3}|\([245][0-9]{2}, b?['""][245]\.[0-9]{1,3}\.[0-9]{1,3}|dsn=[245]\.[0-9]{1,3}\.[0-9]{1,3}");
    // GitHub's push rejections: remote: error: GH013: Repository rule violations found …
    private static readonly Regex GitHubPush = Pattern(@"remote: error: GH[0-9]{3}");
    // Vendors' own code shapes: Okta's E0000007; Salesforce's DmlException "first error: UNABLE_TO_LOCK_ROW," and SOAP
    // faultcode sf:INVALID_LOGIN; Vercel's error page "504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT" and its
    // X-Vercel-Error header; the Maps JavaScript API's console line "Google Maps JavaScript API error: InvalidKeyMapError".
    private static readonly Regex Okta = Pattern(@"E0000[0-9]{3}");
    private static readonly Regex Salesforce = Pattern(@"first error: [A-Z][A-Z_]{2,}|sf:[A-Z][A-Z_]{2,}");
    private static readonly Regex Vercel = Pattern(@"[1-5][0-9]{2}: [A-Z_]+\s+Code: [A-Z][A-Z_]{2,}|X-Vercel-Error:[ \t]*[A-Z][A-Z_]{2,}");
    private static readonly Regex GoogleMapsJs = Pattern(@"Google Maps JavaScript API (?:error|warning): [A-Za-z]{3,}");
    // IBM Db2's message IDs: SQL0204N, SQL30081N, SQL0964C (the last letter says error, critical or warning).
    private static readonly Regex Db2 = Pattern(@"SQL[0-9]{4,5}[NCW]");

    // IBM's other message IDs: a component prefix, a number and a severity letter (IEF212I, IEC030I, AMQ9777E,
    // CWWKZ0002E, IGZ0035S, ICH408I). z/OS and CICS print them first on the line, with no error word around them.
    private static readonly Regex IbmMessageId = Pattern(@"[A-Z][A-Z0-9]{2,7}[0-9]{3,5}[IEWSAD]");
    // linkerd check points at the hint for a failed check: see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-is-time-valid.
    private static readonly Regex LinkerdCheck = Pattern(@"linkerd\.io/2(?:\.[0-9]+)?/checks/#[A-Za-z0-9-]+");
    // Azure's CLI and SDKs print the code in parentheses before the message (ERROR: (AllocationFailed) Allocation failed. …,
    // azure.core.exceptions.HttpResponseError: (AuthorizationFailed) The client …), and again as "Code: X" above "Message: …".
    private static readonly Regex AzureCode = Pattern(@"\([A-Z][A-Za-z0-9]{3,}\) [A-Z]|Code: [A-Z][A-Za-z0-9]{3,}[ \t]*[\r\n]*Message: ");
    // Azure DevOps' TF401019: and VS30063: (git remote lines, pipeline logs, az devops).
    private static readonly Regex AzureDevOps = Pattern(@"(?:TF|VS)[0-9]{5,6}:");
    // Oracle Database's ORA-00942, the listener's TNS-12541, PL/SQL's PLS-00201, SQL*Plus' SP2-0310, RMAN-06054 and
    // python-oracledb's DPY-6005, wherever a driver or tool prints them.
    private static readonly Regex Oracle = Pattern(@"(?:ORA|TNS|PLS|RMAN)-[0-9]{5}|SP2-[0-9]{4}|DPY-[0-9]{4}");
    // Apache httpd's error log IDs (AH01630: client denied by server configuration).
    private static readonly Regex Apache = Pattern(@"AH[0-9]{5}:");
    // ClickHouse: the error's name in parentheses after DB::Exception's message (Code: 60. DB::Exception: … (UNKNOWN_TABLE)).
    private static readonly Regex ClickHouse = Pattern(@"DB::Exception: [^\r\n]*?\([A-Z][A-Z0-9_]{2,}\)");
    // Snowflake's six-digit code and SQLSTATE, as its connectors print them (002003 (42S02): SQL compilation error: …).
    private static readonly Regex Snowflake = Pattern(@"[0-9]{6} \([0-9A-Z]{5}\):");
    // HAProxy's log line: the termination state after the status, the bytes and the two captured cookies (503 217 - - SC--).
    private static readonly Regex HaProxy = Pattern(@"haproxy\[[0-9]+\]: [^\r\n]*? [1-5][0-9]{2} [0-9]+ \S+ \S+ [A-Za-z-]{4} ");
    // Envoy's and Istio's access log: the response flags after the request line's status ("GET / HTTP/1.1" 503 UF,URX),
    // or, where there are none, the response code details (413 - request_payload_too_large).
    private static readonly Regex Envoy = Pattern(@"HTTP/[0-9.]+"" [0-9]{3} (?:-|[A-Z]{2,5}(?:,[A-Z]{2,5})*) (?:[a-z][a-z0-9_]*[a-z])?");
    // Adyen's refusal reason, a message of its own ("refusalReason":"Not enough balance").
    // The Telegram Bot API's {"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35"}: the
    // error_code is the HTTP status, and the description says which error it is.
    private static readonly Regex TelegramDescription = Pattern($@"""ok""{Ws}:{Ws}false{Ws},{Ws}""error_code""{Ws}:{Ws}[0-9]{{3}}{Ws},{Ws}""description""{Ws}:{Ws}""[^""\\\r\n]{{3,}}""");
    private static readonly Regex AdyenRefusal = Pattern($@"""refusalReason""{Ws}:{Ws}""[^""\\\r\n]{{3,}}""");
    // Apple's NSError as logged: Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." The code is negative
    // and entries are named by constant, so the whole is Apple's message: an entry may word it whole (StoreKit's codes 0
    // and 2 share one description), or only its description, which the whole then fills.
    private static readonly Regex AppleNsError = Pattern(@"Error Domain=[A-Za-z][A-Za-z0-9._]* Code=-?[0-9]{1,9} ""[^""\r\n]{3,}""");
    // Windows: Python's [WinError 5], and an HRESULT as Windows and .NET print it (0x80070005).
    private static readonly Regex WinError = Pattern(@"\[WinError [0-9]{1,5}\]");
    private static readonly Regex HResult = Pattern(@"0x8[0-9A-Fa-f]{7}");

    // Windows' NTSTATUS errors, as Event 4625 and Samba print them (Status: 0xC000006D, Sub Status: 0xC0000234).
    private static readonly Regex NtStatus = Pattern(@"0[xX][cC]0000[0-9A-Fa-f]{3}");
    // SQL Server: sqlcmd and SSMS print Msg 2627, Level 14, State 1; SqlClient's SqlException Error Number:18456,State:1;
    // the error log Error: 18456, Severity: 14, State: 8.; the ODBC drivers "[SQL Server]Invalid object name 'x'. (208)
    // (SQLExecDirectW)"; SQL Agent's job history "[SQLSTATE 42000] (Error 3013)": the number.
    private static readonly Regex SqlServer = Pattern(@"Msg [0-9]{1,6}, Level [0-9]{1,2}|Error Number: ?[0-9]{1,6}|Error: [0-9]{1,6}, Severity: [0-9]{1,2}|\([0-9]{1,6}\) \(SQL[A-Za-z]+\)|\] \(Error [0-9]{1,6}\)");
    // Microsoft Entra ID: AADSTS7000215: ….
    private static readonly Regex EntraId = Pattern(@"AADSTS[0-9]{5,7}");
    // Azure AD B2C's, at the start of an error_description, often URL-encoded in a redirect (AADB2C90118%3a+The+user …).
    private static readonly Regex AzureAdB2C = Pattern(@"AADB2C[0-9]{5}");
    // Twilio's link to its error's page (more_info, moreInfo, "More information may be available here: …"): the number.
    private static readonly Regex Twilio = Pattern(@"twilio\.com/docs/errors/[0-9]{5}");
    // npm ERR! code ERESOLVE (npm 9 and before), npm error code ERESOLVE (npm 10), npm WARN EBADENGINE: the last word.
    private static readonly Regex Npm = Pattern(@"npm (?:ERR!|error) code E[A-Z0-9_]{2,}|npm (?:WARN|warn) E[A-Z]{3,}");
    // A Redis error reply, as redis-cli ((error) …) and the client libraries (ResponseError: …) print it: the first word.
    // The short prefixes count only with the words Redis puts after them.
    private static readonly string[] RedisPrefixes =
        ["WRONGTYPE", "CROSSSLOT", "CLUSTERDOWN", "TRYAGAIN", "NOAUTH", "WRONGPASS", "NOPERM", "MISCONF", "EXECABORT", "NOSCRIPT",
         "MASTERDOWN", "NOREPLICAS", "BUSYKEY", "BUSYGROUP", "NOGROUP"];
    private static readonly string[] RedisReplies =
        ["OOM command not allowed", "READONLY You can't write", "LOADING Redis is loading", "BUSY Redis is busy", "DENIED Redis is running in protected mode"];
    private static readonly Regex Redis = Pattern(
        $"(?:{string.Join('|', RedisPrefixes)}) |{string.Join('|', RedisReplies)}" + @"|(?:MOVED|ASK) [0-9]{1,5} |(?:\(error\)|ResponseError:|ReplyError:) ERR ");
    private static readonly string[] RedisTriggers = [.. RedisPrefixes, .. RedisReplies, "MOVED ", "ASK ", " ERR "];
    // Discord's JSON error code as discord.py (403 Forbidden (error code: 50013): …) and discord.js (DiscordAPIError[50035])
    // print it, and a gateway close code (WebSocket closed with 4004): the number.
    private static readonly Regex Discord = Pattern(@"\(error code: [0-9]{1,6}\)|DiscordAPIError\[[0-9]{1,6}\]|WebSocket closed with 4[0-9]{3}");
    // Postmark's {"ErrorCode":406,"Message":"…"}: the number, which is Postmark's own and no HTTP status.
    private static readonly Regex Postmark = Pattern($@"""ErrorCode""{Ws}:{Ws}[0-9]{{1,4}}{Ws},{Ws}""Message""");
    // Vault's CLI and Go client: "Code: 403. Errors:" and the errors as "* " lines, the first often only announcing the
    // others ("* 1 error occurred:"): up to the end of the first line that says what went wrong.
    private static readonly Regex VaultErrors = Pattern(@"Code: [1-5][0-9]{2}\. Errors:[ \t\r\n]*(?:\*[ \t]*[0-9]+ errors? occurred:[ \t\r\n]*)?\*[ \t]*[^\r\n]+");
    // OpenSSL's error line, as curl, nginx, Node and git print it: error:0A00010B:SSL routines::wrong version number (3.x)
    // or error:1408F10B:SSL routines:ssl3_get_record:wrong version number (1.1.1): the reason, OpenSSL's message.
    private static readonly Regex OpenSsl = Pattern(@"error:[0-9A-Fa-f]{8}:[A-Za-z0-9 ]{1,40} routines:[A-Za-z0-9_]{0,60}:[a-z0-9][a-z0-9 /_-]{2,80}");
    // The Cloudflare API's {"success":false,"errors":[{"code":10000,…}]} (never its "messages", which carry codes too)
    // and wrangler's "[code: 10021]": the number.
    private static readonly Regex CloudflareApi = Pattern($@"""errors""{Ws}:{Ws}\[{Ws}\{{{Ws}""code""{Ws}:{Ws}[0-9]{{3,5}}|\[code: [0-9]{{3,5}}\]");
    // RabbitMQ's reply text, "PRECONDITION_FAILED - inequivalent arg 'durable' …", as every client library quotes it
    // (pika's (406, "…"), Java's reply-text=…, amqplib's with message "…"): the name, which says more than the number.
    private static readonly string[] RabbitMqReplies =
        ["CONNECTION_FORCED", "ACCESS_REFUSED", "NOT_FOUND", "RESOURCE_LOCKED", "PRECONDITION_FAILED", "FRAME_ERROR", "SYNTAX_ERROR",
         "COMMAND_INVALID", "CHANNEL_ERROR", "UNEXPECTED_FRAME", "RESOURCE_ERROR", "NOT_ALLOWED", "NOT_IMPLEMENTED", "INTERNAL_ERROR",
         "CONTENT_TOO_LARGE", "NO_ROUTE", "NO_CONSUMERS"];
    private static readonly Regex RabbitMq = Pattern($"(?:{string.Join('|', RabbitMqReplies)}) - ");
    // Cloudflare's plain-text error body: error code: 1020: the number.
    private static readonly Regex Cloudflare = Pattern(@"error code: (?:52[0-7]|530|1[0-9]{3})");
    // kubectl: Error from server (Forbidden): …: the reason in the parentheses.
    private static readonly Regex Kubectl = Pattern(@"Error from server \([A-Za-z]+\)");
    // Slack's {"ok": false, "error": "not_in_channel"} (JSON, or as Python's SDK prints it with single quotes) and
    // @slack/web-api's "An API error occurred: not_in_channel": the last quoted value or word.
    private static readonly Regex Slack = Pattern(
        $@"[""']ok[""']{Ws}:{Ws}(?:false|False){Ws},{Ws}[""']error[""']{Ws}:{Ws}(?:""[a-z_]+""|'[a-z_]+')|An API error occurred: [a-z_]+");
    // Elasticsearch's "type": "index_not_found_exception": the last quoted value.
    private const string ElasticsearchType = $@"""type""{Ws}:{Ws}""[a-z_]+_exception""";
    private static readonly Regex Elasticsearch = Pattern(ElasticsearchType);
    // Its "reason" after the type says which of the type's errors it is ("Limit of mapping depth [20] has been exceeded …").
    private static readonly Regex ElasticsearchReason = Pattern($@"{ElasticsearchType}{Ws},{Ws}""reason""{Ws}:{Ws}""{JsonChar}{{3,}}""");
    // MongoDB's E11000 duplicate key error, and the codeName its drivers print (codeName: 'DuplicateKey', "codeName": "…").
    // Neo4j's status codes (Neo.ClientError.Security.Unauthorized), as its drivers print them: {code: Neo.…} {message: …}.
    private static readonly Regex Neo4j = Pattern(@"Neo\.(?:ClientError|TransientError|DatabaseError)\.[A-Za-z]+\.[A-Za-z]+");
    // librdkafka's local errors as confluent-kafka prints them: KafkaError{code=_TRANSPORT,val=-195,str="…"}.
    private static readonly Regex LibrdKafka = Pattern(@"KafkaError\{code=_[A-Z_]+");
    // The Fly.io proxy's log line: proxy[e784079b449483] ams [error] [PC01] instance refused connection …: the code in brackets.
    private static readonly Regex FlyProxy = Pattern(@"\[(?:error|warn|info)\] \[P[A-Z][0-9]{2}\]");
    // Android's package manager, as adb install prints it: Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: …].
    private static readonly Regex AndroidInstall = Pattern(@"INSTALL_(?:PARSE_)?FAILED_[A-Z0-9_]+");
    // Compilers' coded diagnostics: rustc's error[E0382]: borrow of moved value, tsc's error TS2322: Type '…' is not
    // assignable (after "src/a.ts(3,5): " or "src/a.ts:3:5 - "): the code.
    private static readonly Regex Rustc = Pattern(@"error\[E[0-9]{4}\]:");
    private static readonly Regex TypeScript = Pattern(@"error TS[0-9]{4,5}:");
    // The .NET build's diagnostics, as dotnet build and MSBuild print them (Program.cs(12,5): error CS0246: …,
    // error NETSDK1045: …, warning NU1101: …, Program.fs(3,1): error FS0039: …): the code, whose prefix says which tool.
    private static readonly Regex DotnetBuild = Pattern(@"(?:error|warning) (?:CS|MSB|NETSDK|NU|FS)[0-9]{4}:");
    // Microsoft's C/C++ toolchain, as cl, link and nmake print it (main.cpp(5): error C2065: …, LINK : fatal error
    // LNK1104: …, NMAKE : fatal error U1077: …, cl : Command line error D8016 : …, warning C26495: …): the code,
    // whose prefix says which tool.
    private static readonly Regex Msvc = Pattern(@"(?:error|warning) (?:C[0-9]{4,5}|LNK[0-9]{4}|U[0-9]{4}|D[0-9]{4}) ?:");
    // HAPI FHIR's message codes: HAPI-1094: Resource Practitioner/… not found.
    private static readonly Regex HapiFhir = Pattern("HAPI-[0-9]{4}");
    // Mule 4's error report: "Error type            : HTTP:CONNECTIVITY" (namespace:IDENTIFIER).
    private static readonly Regex MuleErrorType = Pattern(@"Error type[ \t]*:[ \t]*[A-Z][A-Z0-9_]*:[A-Z][A-Z0-9_]+");
    // Bicep's: main.bicep(14,5) : Error BCP037: The property "…" is not allowed ….
    private static readonly Regex Bicep = Pattern(@"(?:Error|Warning|Info) BCP[0-9]{3}:");
    // Azure's SDKs and storage hosts: the ErrorCode they label (BlobNotFound, MetadataTooLarge) is Azure's, though S3 has some too.
    // So is the code in Table storage's OData body, {"odata.error":{"code":"EntityTooLarge",…}}.
    private static readonly Regex AzureSdk = Pattern(
        @"azure\.core\.exceptions\.|Azure\.RequestFailedException|Microsoft\.Azure\.|[a-z0-9-]+\.(?:blob|queue|table|file|dfs)\.core\.windows\.net|""odata\.error""");
    // Confluent's Schema Registry and ksqlDB clients: the error code they print (error code: 40301) is that service's.
    private static readonly Regex ConfluentClient = Pattern(@"io\.confluent\.(?:kafka\.schemaregistry|ksql)\.");
    // Tencent Cloud's API 3.0 answers {"Response":{"Error":{"Code":…}}}; its SDKs print [TencentCloudSDKException].
    private static readonly Regex TencentCloud = Pattern($@"""Response""{Ws}:{Ws}\{{{Ws}""Error""{Ws}:|TencentCloudSDK(?:Exception|Error)");
    // ModSecurity's rule ID in its audit and error logs ([id "949110"]): the OWASP Core Rule Set's, or a local rule's.
    private static readonly Regex ModSecurityRule = Pattern(@"\[id ""[0-9]{6}""\]");
    // pyodbc's error tuple starts with the ODBC SQLSTATE, repeated in brackets before the driver's tags:
    // ('IM002', '[IM002] [unixODBC][Driver Manager]Data source name not found …').
    private static readonly Regex PyOdbc = Pattern(@"\('[0-9A-Z]{5}', [""']\[[0-9A-Z]{5}\] \[(?:unixODBC|Microsoft)\]");
    // Mail receivers' own codes inside an SMTP reply: Yahoo's and AOL's in brackets ("421 4.7.0 [TSS04] Messages from …"),
    // Outlook.com's block-list codes in parentheses ("… on our block list (S3150)").
    private static readonly Regex YahooMail = Pattern(@"[245]\.[0-9]{1,3}\.[0-9]{1,3} \[(?:TSS?|GL|BL)[0-9]{2}\]");
    private static readonly Regex OutlookBlockList = Pattern(@"block list \(S[0-9]{4,5}\)");
    // ArangoDB's error number, as python-arango ([HTTP 409][ERR 1210]) and the HTTP API ("errorNum":1501) give it.
    private static readonly Regex ArangoDb = Pattern($@"\[ERR [0-9]{{4}}\]|""errorNum""{Ws}:{Ws}[0-9]{{4}}");
    // Python's checkers: mypy's "app.py:12: error: … [attr-defined]" (the code in the line's last brackets),
    // flake8's "app.py:1:1: F401 …" and pylint's "app.py:1:0: C0114: …".
    private static readonly Regex Mypy = Pattern(@": error: [^\r\n]*  \[[a-z][a-z-]+\]");
    private static readonly Regex Flake8 = Pattern(@"\.py:[0-9]+:[0-9]+: [A-Z][0-9]{3} ");
    private static readonly Regex Pylint = Pattern(@"\.py:[0-9]+:[0-9]+: [CRWEF][0-9]{4}: ");
    // ESLint's stylish output, a line per problem under its file: "  12:5  error  'x' is defined but never used  no-unused-vars":
    // the rule at the line's end.
    private static readonly Regex EsLint = Pattern(@"[0-9]+:[0-9]+ +(?:error|warning) +[^\r\n]*[^ \r\n]  +@?[a-z][a-z0-9-]*(?:/[a-z0-9-]+)*[ \t]*(?:\r?\n|$)");
    // Elixir's uncaught exception: ** (Ecto.NoResultsError) expected at least one result …: the module in parentheses,
    // whole, as Elixir's entries are coded.
    private static readonly Regex Elixir = Pattern(@"\*\* \([A-Z][A-Za-z0-9_]*(?:\.[A-Z][A-Za-z0-9_]*)*\)");
    // Grafana Mimir's error IDs, in its messages' parentheses: (err-mimir-sample-timestamp-too-old).
    private static readonly Regex Mimir = Pattern(@"err-mimir-[a-z0-9]+(?:-[a-z0-9]+)*");
    // Oracle Cloud's Terraform provider and SDK errors: Error: 404-NotAuthorizedOrNotFound, Authorization failed …: the code after the status.
    private static readonly Regex OracleCloud = Pattern(@"Error: [1-5][0-9]{2}-[A-Z][A-Za-z]+,");
    // Checkout.com's payment response and error body: "response_code":"20051", "error_codes":["card_number_invalid",…]: the code (the first of a list).
    private static readonly Regex CheckoutCom = Pattern($@"""response_code""{Ws}:{Ws}""[0-9]{{5}}""|""error_codes""{Ws}:{Ws}\[{Ws}""[a-z_]+""");
    // Apache Spark's error classes, which its exceptions' messages begin with (Spark 3.4 on, and Databricks):
    // AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `sales`.`orders` cannot be found.
    private static readonly Regex SparkErrorClass = Pattern(@"(?:Exception|Error): \[[A-Z][A-Z0-9_]*(?:\.[A-Z][A-Z0-9_]*)?\] ");
    // Kotlin's compiler as Gradle prints it: "e: file:///app/src/Main.kt:12:5 Unresolved reference: foo" (and the
    // older "e: /app/src/Main.kt: (12, 5): …"): the message after the position is Kotlin's.
    private static readonly Regex KotlinDiagnostic = Pattern(@"[ew]: (?:file://)?[^\s]+\.kts?(?::[0-9]+:[0-9]+ |: \([0-9]+, [0-9]+\): )");
    // Kraken's error array: {"error":["EAPI:Invalid nonce"]}: the whole string, category and message, is the code.
    private static readonly Regex KrakenError = Pattern($@"""error""{Ws}:{Ws}\[{Ws}""E[A-Z][A-Za-z]+:[^""\\\r\n]{{3,60}}""");
    // ArcGIS REST's error body: {"error":{"code":498,"message":"Invalid token.","details":[]}}. Its message is Esri's,
    // and "Invalid token." is a dozen vendors' words.
    private static readonly Regex EsriError = Pattern($@"""error""{Ws}:{Ws}\{{{Ws}""code""{Ws}:{Ws}[0-9]{{3,6}}{Ws},{Ws}(?:""messageCode""{Ws}:{Ws}""[A-Z_0-9]{{1,20}}""{Ws},{Ws})?""message""{Ws}:{Ws}""{JsonChar}{{3,}}""{Ws},{Ws}""details""{Ws}:{Ws}\[");
    // The Go toolchain's diagnostic, as go build and go vet print it (./internal/api/handler.go:57:14: undefined: x):
    // the message after the position is Go's, however short ("missing return").
    private static readonly Regex GoDiagnostic = Pattern(@"[^\s:""'()]+\.go:[0-9]+:[0-9]+: ");
    // The Trino CLI's failed query: Query 20261206_101532_00042_x7k2m failed: line 1:15: Table '…' does not exist.
    private static readonly Regex TrinoQuery = Pattern(@"Query [0-9]{8}_[0-9]{6}_[0-9]{5}_[a-z0-9]{5} failed: ");
    // NATS JetStream's API errors: nats: API error: code=404 err_code=10059 description=stream not found.
    private static readonly Regex NatsJetStream = Pattern(@"err_code=[0-9]{5}");
    // A Windows stop (blue screen): "Stop code: DPC_WATCHDOG_VIOLATION", and Event Viewer's "The bugcheck was: 0x00000133 (…)".
    private static readonly Regex WindowsStop = Pattern(@"Stop code: [A-Z][A-Z0-9_]{3,}|The bugcheck was: 0x[0-9A-Fa-f]{8}");
    // App Store Connect's upload validation: ITMS-91053: Missing API declaration.
    private static readonly Regex Itms = Pattern(@"ITMS-[0-9]{5}");
    // dig's header line: ;; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 41872.
    private static readonly Regex DigStatus = Pattern(@"->>HEADER<<- opcode: [A-Z]+, status: [A-Z]+");
    // mongosh's MongoServerError[NotPrimaryNoSecondaryOk]: and the Java driver's "Command failed with error 352
    // (UnsupportedOpQueryCommand)": the codeName.
    private static readonly Regex MongoDb = Pattern(
        $@"E11000 duplicate key|[""']?codeName[""']?{Ws}:{Ws}(?:""[A-Za-z0-9]+""|'[A-Za-z0-9]+')|MongoServerError\[[A-Za-z0-9]+\]|Command failed with error [0-9]+ \([A-Za-z0-9]+\)");
    // An exception or error class with its namespace, as Java, .NET and Python print them (java.net.ConnectException,
    // System.Net.Http.HttpRequestException, botocore.exceptions.NoCredentialsError): the class, the part after the last dot.
    // Dotted (Java, Python, .NET), PHP's backslashes (Illuminate\Database\QueryException) and Ruby's :: (Postmark::ApiInputError).
    // Python's clients also name classes after timeouts (requests.exceptions.ReadTimeout, cassandra.WriteTimeout).
    // A Java class nested in another keeps its outer class, as aliases spell it (android.view.WindowManager$BadTokenException).
    // ccxt's exception classes, most of which end in neither Error nor Exception (ccxt.base.errors.InsufficientFunds).
    private static readonly Regex CcxtClass = Pattern(@"ccxt\.(?:base\.errors\.)?[A-Z][A-Za-z]+");
    private static readonly Regex ExceptionClass = Pattern(@"(?:[A-Za-z_][A-Za-z0-9_]*(?:\.|::|\\{1,2}))+[A-Z][A-Za-z0-9]*(?:\$[A-Z][A-Za-z0-9]*)?(?:Exception|Error|Timeout)");

    /// <summary>Namespaces that say whose an exception class is; the longest that starts the namespace wins.</summary>
    private static readonly (string Namespace, string Vendor)[] ExceptionNamespaces =
    [
        ("java.", "java"), ("javax.", "java"), ("System.", "dotnet"), ("Polly.", "dotnet"), ("requests.", "python"),
        ("urllib3.", "python"), ("botocore.", "aws"), ("boto3.", "aws"), ("com.amazonaws.", "aws"), ("software.amazon.", "aws"),
        ("org.apache.kafka.", "apache-kafka"), ("redis.", "redis"), ("pymongo.", "mongodb"), ("com.mongodb.", "mongodb"),
        ("org.elasticsearch.", "elastic"), ("stripe.", "stripe"), ("openai.", "openai"), ("anthropic.", "anthropic"),
        ("slack_sdk.", "slack"), ("twilio.", "twilio"), ("google.", "google-cloud"), ("grpc.", "grpc"), ("kubernetes.", "kubernetes"),
        ("discord.", "discord"), ("hvac.", "hashicorp"), ("psycopg2.", "postgresql"), ("psycopg.", "postgresql"), ("asyncpg.", "postgresql"),
        ("oracledb.", "oracle"), ("cx_Oracle.", "oracle"), ("pika.", "rabbitmq"), ("sqlite3.", "sqlite"), ("Illuminate\\", "laravel"),
        ("Postmark::", "postmark"), ("PostmarkDotNet.", "postmark"), ("shopify.", "shopify"), ("com.datastax.", "cassandra"),
        ("cassandra.", "cassandra"), ("snowflake.", "snowflake"), ("net.snowflake.", "snowflake"), ("clickhouse_connect.", "clickhouse"),
        ("com.clickhouse.", "clickhouse"), ("plaid.", "plaid"), ("com.plaid.", "plaid"), ("notion_client.", "notion"), ("jira.", "atlassian"),
        ("com.squareup.", "square"), ("square.", "square"), ("com.adyen.", "adyen"), ("Adyen.", "adyen"),
        ("braintree.", "braintree"), ("Braintree::", "braintree"), ("com.braintreegateway.", "braintree"), ("google.genai.", "google"), ("googleapiclient.", "google"), ("ray.", "ray"),
        ("google.generativeai.", "google"), ("cohere.", "cohere"), ("groq.", "groq"), ("mistralai.", "mistral"), ("huggingface_hub.", "huggingface"),
        ("hubspot.", "hubspot"), ("Notion.", "notion"), ("sqlalchemy.", "sqlalchemy"), ("Microsoft.Data.SqlClient.", "sql-server"), ("Microsoft.Data.Sqlite.", "sqlite"), ("System.Data.SqlClient.", "sql-server"),
        ("com.microsoft.sqlserver.jdbc.", "sql-server"), ("Microsoft.EntityFrameworkCore.", "dotnet"),
        ("Microsoft.AspNetCore.", "dotnet"), ("Microsoft.Extensions.", "dotnet"), ("django.", "django"), ("android.", "android"),
        ("torch.", "pytorch"), ("transformers.", "huggingface"), ("langchain_core.", "langchain"), ("langchain.", "langchain"),
        ("pydantic.", "python"), ("pydantic_core.", "python"), ("celery.", "python"), ("billiard.", "python"), ("kombu.", "python"),
        ("pandas.", "python"), ("numpy.", "python"), ("fastapi.", "python"), ("starlette.", "python"), ("json.", "python"),
        ("subprocess.", "python"), ("socket.", "python"), ("org.apache.zookeeper.", "apache-zookeeper"), ("io.confluent.", "confluent"),
        ("pymemcache.", "memcached"), ("oci.", "oracle-cloud"), ("com.oracle.bmc.", "oracle-cloud"), ("razorpay.", "razorpay"),
        ("keycloak.", "keycloak"), ("pyspark.", "apache-spark"), ("org.apache.spark.", "apache-spark"), ("airflow.", "apache-airflow"),
        ("dbt.", "dbt"), ("io.trino.", "trino"), ("trino.", "trino"), ("io.netty.", "netty"), ("org.postgresql.", "postgresql"),
        ("org.apache.catalina.", "apache-tomcat"), ("org.apache.coyote.", "apache-tomcat"), ("org.eclipse.jetty.", "jetty"),
        ("Npgsql.", "dotnet"), ("Symfony\\", "symfony"), ("Twig\\", "symfony"), ("Doctrine\\", "doctrine"), ("PHPUnit\\", "phpunit"),
        ("litellm.", "litellm"), ("jwt.", "pyjwt"), ("kotlin.", "kotlin"), ("kotlinx.", "kotlin"), ("alembic.", "alembic"),
        ("duckdb.", "duckdb"), ("_duckdb.", "duckdb"), ("com.couchbase.", "couchbase"), ("werkzeug.", "flask"), ("flask.", "flask"),
        ("jinja2.", "jinja2"), ("selenium.", "selenium"), ("org.openqa.selenium.", "selenium"), ("org.mockito.", "mockito"),
        ("org.junit.", "junit"), ("org.opentest4j.", "junit"), ("io.quarkus.", "quarkus"), ("io.micronaut.", "micronaut"),
        ("rest_framework.", "django"), ("scrapy.", "scrapy"), ("streamlit.", "streamlit"), ("nbclient.", "jupyter"),
        ("RedisClient::", "redis"), ("linode.", "linode"), ("linode_api4.", "linode"), ("b2sdk.", "backblaze"), ("ovh.", "ovh"),
        ("voyageai.", "voyage-ai"), ("elevenlabs.", "elevenlabs"), ("deepgram.", "deepgram"), ("assemblyai.", "assemblyai"),
        ("Raven.Client.", "ravendb"), ("fdb.", "foundationdb"), ("XeroAPI\\", "xero"), ("ca.uhn.fhir.", "hapi-fhir"),
        ("tortoise.", "tortoise"), ("liquibase.", "liquibase"), ("ccxt.", "ccxt"), ("mysql.connector.", "mysql"), ("pybit.", "bybit"), ("alpaca.", "alpaca"), ("peewee.", "peewee"), ("com.typesafe.config.", "lightbend"), ("Laminas\\", "laminas"),
        ("org.apache.ibatis.", "mybatis"), ("org.jooq.", "jooq"), ("io.ktor.", "ktor"), ("io.vertx.", "vertx"), ("akka.", "akka"),
        ("org.apache.pekko.", "akka"), ("org.jboss.weld.", "redhat"), ("hypothesis.", "hypothesis"), ("strawberry.", "strawberry"),
        ("org.apache.solr.", "apache-solr"), ("telnyx.", "telnyx"), ("africastalking.", "africastalking"), ("geopy.", "geopy"),
        ("pyramid.", "pyramid"), ("tornado.", "tornado"), ("sanic.", "sanic"), ("hypercorn.", "hypercorn"), ("falcon.", "falcon"),
        ("smtplib.", "python"), ("imaplib.", "python"), ("MailKit.", "mailkit"), ("javax.mail.", "eclipse"), ("jakarta.mail.", "eclipse"),
        ("com.sun.mail.", "eclipse"), ("androidx.test.espresso.", "android"), ("tableauserverclient.", "tableau"), ("com.ibm.db2.", "ibm"),
        ("org.springframework.", "spring"), ("org.hibernate.", "hibernate"), ("elasticsearch.", "elastic"), ("elastic_transport.", "elastic"),
        ("ollama.", "ollama"), ("langgraph.", "langchain"), ("py4j.", "apache-spark"), ("polars.", "polars"), ("ansible.", "ansible"),
        ("salt.exceptions.", "salt"), ("tensorflow.", "tensorflow"), ("keras.", "tensorflow"), ("sklearn.", "scikit-learn"),
        ("onnxruntime.", "onnxruntime"), ("safetensors_rust.", "huggingface"), ("datasets.", "huggingface"), ("GuzzleHttp\\", "guzzle"),
        ("Livewire\\", "laravel"), ("Twilio.", "twilio"), ("com.twilio.", "twilio"), ("Microsoft.TeamFoundation.", "azure"),
        ("Microsoft.VisualStudio.Services.", "azure"), ("azext_devops.", "azure"), ("semgrep.", "semgrep"),
    ];

    // Lines that a tool's start names, and whose entries have the whole line as their message: Go's runtime
    // (panic: runtime error: index out of range [3] with length 3), APT (E: Unable to locate package …), GNU make.
    private static readonly (string Prefix, string Vendor, string Service)[] VendorLines =
        [("panic: ", "go", "runtime"), ("fatal error: ", "go", "runtime"), ("E: ", "debian", "apt"), ("make: *** ", "gnu", "make")];
    private static readonly string[] VendorLineTriggers = [.. VendorLines.Select(l => l.Prefix), "' panicked at "];

    // How Python's built-in exception classes end (KeyError, KeyboardInterrupt, SystemExit, StopIteration, RuntimeWarning).
    private static readonly string[] PythonClassEndings = ["Error", "Exception", "Warning", "Interrupt", "Exit", "Iteration"];
    private static readonly string[] JavaScriptClassEndings = ["Error"];
    // Not the bare Error, which Node's system errors are too (Error: connect ECONNREFUSED …): their lines are messages.
    private static readonly HashSet<string> JavaScriptErrors =
        ["TypeError", "ReferenceError", "RangeError", "SyntaxError", "URIError", "EvalError", "AggregateError"];

    // A class of Rails or of Ruby's standard library and gems, with its whole constant path.
    private static readonly Regex RubyClass = Pattern(
        @"(?:ActiveRecord|ActiveModel|ActiveSupport|ActiveStorage|ActiveJob|ActionController|ActionDispatch|ActionView|ActionMailer|Zeitwerk|Bundler|Gem|Errno|Net|OpenSSL|Encoding|Psych|Redis|RedisClient|ConnectionPool)(?:::[A-Z][A-Za-z0-9_]*)+");

    // redis-rb's classes are Redis' client's, connection_pool's are met through Sidekiq.
    private static string RubyVendor(ReadOnlySpan<char> constantPath) =>
        constantPath.StartsWith("Active", StringComparison.Ordinal) || constantPath.StartsWith("Action", StringComparison.Ordinal)
        || constantPath.StartsWith("Zeitwerk", StringComparison.Ordinal) ? "rails"
        : constantPath.StartsWith("Redis", StringComparison.Ordinal) ? "redis"
        : constantPath.StartsWith("ConnectionPool::", StringComparison.Ordinal) ? "sidekiq"
        : "ruby";

    private static string? VendorOfNamespace(ReadOnlySpan<char> qualifiedName)
    {
        string? vendor = null;
        var longest = 0;
        foreach (var (ns, namespaceVendor) in ExceptionNamespaces)
        {
            if (ns.Length > longest && qualifiedName.StartsWith(ns, StringComparison.Ordinal))
            {
                (vendor, longest) = (namespaceVendor, ns.Length);
            }
        }
        return vendor;
    }

    // OAuth 2.0: "error": "invalid_grant" in a token response, error="invalid_token" in a WWW-Authenticate: Bearer header.
    private static readonly Regex OAuth = Pattern($@"""error""{Ws}:{Ws}""[a-z_]{{3,}}""|Bearer [^\r\n]*error=""[a-z_]{{3,}}""");
    // Python's [SSL: X].
    private static readonly Regex Ssl = Pattern(@"\[SSL(?::[ \t]*|_)[A-Z][A-Z0-9_]{2,}\]");
    // SQLAlchemy links each error to its page: (Background on this error at: https://sqlalche.me/e/20/3o7r).
    private static readonly Regex SqlAlchemyLink = Pattern(@"sqlalche\.me/e/[0-9]+/[a-z0-9]{4,5}");
    // Chrome's net::ERR_X (the code is ERR_X).
    private static readonly Regex ChromeNet = Pattern(@"(?:net::)?ERR_[A-Z0-9_]{3,80}");
    // HTTP/1.1 429 Too Many Requests, HTTP 429: the last three characters.
    private static readonly Regex StatusLine = Pattern(@"HTTP(?:/[0-9](?:\.[0-9])?)?(?:[ \t]*:)?[ \t]+[1-5][0-9]{2}");
    // SQLSTATE 23505, SQL state: 23505, (SQLSTATE 23505), SQLSTATE[23505]: the last five; Npgsql's PostgresException: 23505: the five before the colon.
    // Db2's SQLCODE, as its JDBC driver and CLI print it (DB2 SQL Error: SQLCODE=-302, SQLSTATE=22001, …): the signed
    // number, which names the message ID the entries have (ErrorTextExtractor.Db2MessageId: -302 is SQL0302N).
    // PHP's PDO with MySQL or MariaDB puts the server's error number after the SQLSTATE and its class name
    // (SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry …), or a client error's in brackets
    // (SQLSTATE[HY000] [2002] Connection refused): that number, not the SQLSTATE, says what went wrong.
    private static readonly Regex PdoMySql = Pattern(@"SQLSTATE\[[0-9A-Z]{5}\](?:: [^:\[\r\n]{3,60}: [0-9]{4}| \[[0-9]{4}\])");
    private static readonly Regex Db2SqlCode = Pattern(@"SQLCODE[ \t]*[=:][ \t]*[-+]?[0-9]{1,5}");
    private static readonly Regex SqlState = Pattern(
        @"(?:SQLSTATE|SQL state|SqlState|sqlstate|SQL State)[ \t]*[:=]?[ \t]*[\[(]?[0-9]{2}[0-9A-Z]{3}" +
        @"|PostgresException[^:\r\n]*:[ \t]*[0-9]{2}[0-9A-Z]{3}:");
    // RFC 9457 "type": "URI": the last quoted value.
    private static readonly Regex ProblemType = Pattern($@"""type""{Ws}:{Ws}""(?:https?://|urn:|/)[^""\\ \t\r\n]+""");
    private static readonly HashSet<string> ProblemTypePages = new(["blank", "errors", "error", "problems", "problem", "problem-types", "api-errors"], StringComparer.OrdinalIgnoreCase);
    // Google's "status": "RESOURCE_EXHAUSTED" and "reason": "RATE_LIMIT_EXCEEDED": the last quoted value.
    private static readonly Regex JsonStatus = Pattern($@"""status""{Ws}:{Ws}""[A-Z][A-Z0-9_]{{2,}}""");
    private static readonly Regex JsonReason = Pattern($@"""reason""{Ws}:{Ws}""[A-Za-z][A-Za-z0-9_.\-]+""");

    // "message": "…" (the last quoted value), <Message>…</Message>; lines "Error: …" are found by hand (FindLineMessages).
    // RFC 9457's and Django REST framework's "detail", and Pydantic's "msg" in FastAPI's 422 body, are messages too.
    // A logfmt line's message (Go's go-kit and slog: level=warn … msg="Error on ingesting out-of-order samples" numDropped=57).
    // Beside an err="…", the message is often the wrapper ("Notify for alerts failed") and the err what went wrong.
    private static readonly Regex LogfmtMessage = Pattern(@"msg=""(?:[^""\\\r\n]|\\.){8,}""");
    private static readonly Regex LogfmtError = Pattern(@"[ \t](?:err|error)=");
    private static readonly Regex JsonMessage = Pattern($@"""(?:message|Message|errorMessage|error_message|error_description|detail|msg|errmsg|retMsg|sMsg)""{Ws}:{Ws}""{JsonChar}{{3,}}""");
    private static readonly Regex XmlMessage = Pattern(@"<Message>[^<]{3,}</Message>");
    // Some APIs put the message under "error" (Tyk's {"error": "Access to this API has been disallowed"}), where OAuth
    // puts a code (invalid_grant): only a sentence, with a space in it, is a message.
    private static readonly Regex JsonErrorSentence = Pattern($@"""error""{Ws}:{Ws}""{JsonChar}*[ ]{JsonChar}*""");

    // Status Code: 503, "status": 429, "code": 429, status=503 (the last three characters); 429 Too Many Requests,
    // .NET's "429 (Too Many Requests)" and .NET Framework's "The remote server returned an error: (403) Forbidden." (the first three).
    private static readonly Regex Status = Pattern(
        @"(?:status[ _]?code|""status""|""code""|""http_?status(?:_?code)?""|http[ _]?status(?:[ _]?code)?|status)""?[ \t]*[:=]?[ \t]*""?[1-5][0-9]{2}" +
        @"|\(?[1-5][0-9]{2}\)?[ \t]*:?[ \t]+\(?(?:Too Many Requests|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|" +
        @"Request Timeout|Payload Too Large|Unprocessable (?:Entity|Content)|Precondition Failed|Internal Server Error|Bad Gateway|" +
        @"Service Unavailable|Gateway Timeout|Limit Exceeded)",
        ignoreCase: true);
    // <RequestId>X</RequestId>; RequestId: X, x-amzn-RequestId: X, "request_id": "X" (after the last separator).
    private static readonly Regex XmlRequestId = Pattern(@"<Request(?:Id|ID)>[ \t\r\n]*[A-Za-z0-9][A-Za-z0-9_\-]{3,}[ \t\r\n]*</Request(?:Id|ID)>");
    private static readonly Regex LabelledRequestId = Pattern(
        @"(?:x-amzn-requestid|x-amz-request-id|x-acs-request-id|x-request-id|request[ _-]?id)""?[ \t]*[:=][ \t]*""?[A-Za-z0-9][A-Za-z0-9_\-]{3,}",
        ignoreCase: true);

    // Host names that say which vendor (and usually which service) answered.
    private static readonly Regex Host = Pattern(
        @"(?:[a-z0-9][a-z0-9\-]*\.)*(?:amazonaws\.com(?:\.cn)?|aliyuncs\.com|googleapis\.com|stripe\.com)",
        ignoreCase: true);
    private static readonly string[] HostDomains = ["amazonaws.com.cn", "amazonaws.com", "aliyuncs.com", "googleapis.com", "stripe.com"];
    private static readonly Regex Ec2Errors = Pattern(@"<Response>[ \t\r\n]*<Errors>");
    // aws ec2 describe-instances: the second word.
    private static readonly Regex AwsCommand = Pattern(@"aws[ \t]+[a-z0-9][a-z0-9\-]+[ \t]+[a-z]");
    private static readonly Regex AwsHeader = Pattern(@"x-amzn?-[a-z]", ignoreCase: true);
    private static readonly Regex AwsRegion = Pattern(@"^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$");
    private static readonly Regex AlibabaRegionSuffix = Pattern(@"-(?:cn|ap|us|eu|me|rus|na)-[a-z0-9\-]+$");

    /// <summary>Where a span must sit on word boundaries, checked by hand: <c>\b</c> slows the automaton down several times.</summary>
    private enum Boundaries
    {
        None,
        Start,
        Both,
    }

    private static Regex Pattern(string pattern, bool ignoreCase = false) =>
        new(pattern,
            RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture
                | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
            MatchTimeout);

    public static ExtractionResult Scan(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ExtractionResult.Empty;
        }

        var scan = new ScanState(text);
        scan.FindHints();
        scan.FindStatuses();
        scan.FindRequestIds();
        scan.FindCodes();
        scan.FindMessages();
        return scan.Result();
    }

    private sealed record Hint(int Position, string Vendor, string? Service);

    private sealed record Candidate(
        string Kind, int Start, int Length, int Priority, int? Status = null, string? RequestId = null,
        string? Vendor = null, string? Service = null, bool JsonEscaped = false, string? Operation = null);

    private readonly record struct Span(int Start, int Length)
    {
        public int End => Start + Length;
    }

    private sealed class ScanState(string text)
    {
        private readonly List<Hint> hints = [];
        private readonly List<FoundStatus> statuses = [];
        private readonly List<FoundRequestId> requestIds = [];
        private readonly List<Candidate> codes = [];
        private readonly List<Candidate> messages = [];

        private bool Has(params string[] triggers)
        {
            foreach (var trigger in triggers)
            {
                if (text.Contains(trigger, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Runs a pattern over the text; a timeout ends that pattern only, keeping what it found so far.</summary>
        private void Each(Regex regex, Action<Span> onMatch, Boundaries boundaries = Boundaries.None)
        {
            try
            {
                var count = 0;
                foreach (var match in regex.EnumerateMatches(text))
                {
                    // Rejected matches count too: the cap bounds the work, not only the results.
                    if (++count > MaxCodes * 2)
                    {
                        break;
                    }
                    var span = new Span(match.Index, match.Length);
                    if ((boundaries != Boundaries.None && !IsBoundary(span.Start))
                        || (boundaries == Boundaries.Both && !IsBoundary(span.End)))
                    {
                        continue;
                    }
                    onMatch(span);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // The second guard of the linear-time promise: give up on this shape, not on the paste.
            }
        }

        private bool IsBoundary(int position) =>
            position <= 0 || position >= text.Length || !IsWordChar(text[position - 1]) || !IsWordChar(text[position]);

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        public void FindHints()
        {
            if (Has("amazonaws.com", "aliyuncs.com", "googleapis.com", "stripe.com"))
            {
                Each(Host, AddHost);
            }
            if (Has("<Errors>"))
            {
                Each(Ec2Errors, m => hints.Add(new Hint(m.Start, "aws", "ec2")));
            }
            if (Has("aws "))
            {
                Each(AwsCommand, m =>
                {
                    var service = TakeWord(SkipWord(m.Start, m.End), m.End);
                    hints.Add(new Hint(m.Start, "aws", service.Length <= 40 ? AwsService(Text(service)) : null));
                }, Boundaries.Start);
            }
            if (Has("x-amz"))
            {
                Each(AwsHeader, m => hints.Add(new Hint(m.Start, "aws", null)), Boundaries.Start);
            }
            if (Has("azure.core.exceptions.", "Azure.RequestFailedException", "Microsoft.Azure.", ".core.windows.net", "\"odata.error\""))
            {
                Each(AzureSdk, m => hints.Add(new Hint(m.Start, "azure", text.AsSpan(m.Start, m.Length).EndsWith(".core.windows.net") ? "storage" : null)));
            }
            if (Has("io.confluent."))
            {
                Each(ConfluentClient, m => hints.Add(new Hint(m.Start, "confluent", text.AsSpan(m.Start + "io.confluent.".Length).StartsWith("kafka") ? "schema-registry" : "ksqldb")));
            }
            if (Has("\"Response\"", "TencentCloudSDK"))
            {
                Each(TencentCloud, m => hints.Add(new Hint(m.Start, "tencent-cloud", null)));
            }
        }

        private void AddHost(Span m)
        {
            var host = Text(m).ToLowerInvariant();
            var domain = HostDomains.First(host.EndsWith);
            var labels = host[..^domain.Length].Split('.', StringSplitOptions.RemoveEmptyEntries);
            hints.Add(domain switch
            {
                "aliyuncs.com" => new Hint(m.Start, "alibaba-cloud", AlibabaService(labels)),
                "googleapis.com" => new Hint(m.Start, "google-cloud", labels.Length > 0 && labels[0] != "www" ? labels[0] : null),
                "stripe.com" => new Hint(m.Start, "stripe", null),
                _ => new Hint(m.Start, "aws", AwsServiceFromHost(labels)),
            });
        }

        public void FindStatuses()
        {
            if (Has("HTTP"))
            {
                Each(StatusLine, m => AddStatus(new Span(m.End - 3, 3)), Boundaries.Both);
            }
            if (Has("status", "code", "Request", "Unauthorized", "Forbidden", "Found", "Allowed", "Conflict", "Large", "Entity", "Content",
                    "Failed", "Error", "Gateway", "Unavailable", "Exceeded"))
            {
                // The status ends the span ("Status Code: 503") or starts it ("429 Too Many Requests").
                Each(Status, m => AddStatus(char.IsAsciiDigit(text[m.End - 1]) ? new Span(m.End - 3, 3)
                    : new Span(text[m.Start] == '(' ? m.Start + 1 : m.Start, 3)), Boundaries.Both);
            }
            statuses.Sort((a, b) => a.Start.CompareTo(b.Start));
            statuses.RemoveAll(IsRepeatOfPrevious<FoundStatus>(s => s.Start));
        }

        private void AddStatus(Span digits) =>
            statuses.Add(new FoundStatus(int.Parse(text.AsSpan(digits.Start, digits.Length), provider: null), digits.Start, digits.Length));

        public void FindRequestIds()
        {
            if (Has("<RequestId>"))
            {
                Each(XmlRequestId, m => AddRequestId(TakeInnerXml(m)));
            }
            if (Has("request"))
            {
                Each(LabelledRequestId, m => AddRequestId(TakeAfterLast(m, ':', '=')));
            }
            requestIds.Sort((a, b) => a.Start.CompareTo(b.Start));
            requestIds.RemoveAll(IsRepeatOfPrevious<FoundRequestId>(r => r.Start));
        }

        private void AddRequestId(Span id)
        {
            if (id.Length is > 0 and <= MaxTokenLength)
            {
                requestIds.Add(new FoundRequestId(Text(id), id.Start, id.Length));
            }
        }

        public void FindCodes()
        {
            // In priority order: when two shapes report a code at the same place, the first (more specific) wins.
            if (Has("(Service:"))
            {
                Each(SdkLog, AddSdkLog);
            }
            if (Has("when calling the"))
            {
                Each(AwsCli, m =>
                {
                    var open = text.IndexOf('(', m.Start, m.Length) + 1;
                    var callingStart = text.IndexOf("when calling the ", m.Start, m.Length, StringComparison.Ordinal) + "when calling the ".Length;
                    var operation = text[callingStart..(m.End - " operation".Length)];
                    AddCode(ExtractionKinds.AwsCli, new Span(open, text.IndexOf(')', open, m.End - open) - open), 0, vendor: "aws", operation: operation);
                    // The message after "operation: " (or "operation (reached max retries: 4): ") says which service's
                    // error a code many services share is.
                    var lineEnd = LineEnd(m.End);
                    var retried = text.AsSpan(m.End, lineEnd - m.End).StartsWith(" (reached max retries", StringComparison.Ordinal);
                    var colon = retried ? text.IndexOf("): ", m.End, lineEnd - m.End, StringComparison.Ordinal) + 1 : m.End;
                    if (colon > 0 && text.AsSpan(colon, lineEnd - colon).StartsWith(": ", StringComparison.Ordinal)
                        && SkipLeading(colon + 2, lineEnd) is { Length: >= 8 } message)
                    {
                        AddMessage(message, vendor: "aws");
                    }
                });
            }
            if (Has("api error "))
            {
                Each(AwsGoSdk, m => AddCode(ExtractionKinds.AwsGoSdk, SkipLeading(m.Start + "api error".Length, m.End - 1), 0, vendor: "aws",
                    service: GoSdkService(m.Start)));
            }
            if (Has("__type", "x-amzn-errortype"))
            {
                Each(AwsType, m =>
                {
                    var code = text[m.End - 1] == '"' ? TakeLastQuoted(m) : TakeAfterLast(m, ':');
                    var hash = text.LastIndexOf('#', code.End - 1, code.Length);
                    AddCode(ExtractionKinds.AwsType, hash >= 0 ? new Span(hash + 1, code.End - hash - 1) : code, 1, vendor: "aws");
                });
            }
            if (Has("code>"))
            {
                // EC2's <Response><Errors> wrapper names the service through a hint (FindHints), like a host name would.
                Each(XmlCode, m => AddCode(ExtractionKinds.XmlCode, TakeInnerXml(m), 2));
            }
            if (Has("code\"", "errorType\"", "reject_reason\"", "\"Type\"", "code'", "errorType'"))
            {
                Each(JsonCode, m => AddCode(ExtractionKinds.JsonCode, TakeLastQuoted(m), 2));
            }
            if (Has("code\"", "Code\""))
            {
                Each(JsonNumberCode, m =>
                {
                    var number = TakeAfterLast(new Span(m.Start, m.Length - 1), ' ', ':', '\t', '\n');
                    AddCodeAsIs(ExtractionKinds.JsonCode, number, 4);
                });
            }
            if (Has("\"error\""))
            {
                Each(KrakenError, m =>
                {
                    AddCodeAsIs(ExtractionKinds.JsonCode, TakeLastQuoted(m), 3, vendor: "kraken");
                });
            }
            if (Has("sub_code\"", "subCode\""))
            {
                Each(JsonSubCode, m => AddCode(ExtractionKinds.JsonSubCode, TakeLastQuoted(m), 2));
            }
            if (Has("\"issue\""))
            {
                // debug_id is PayPal's: without it, an issue may be another API's word.
                var vendor = Has("\"debug_id\"") ? "paypal" : null;
                Each(PayPalIssue, m => AddCode(ExtractionKinds.JsonSubCode, TakeLastQuoted(m), 2, vendor: vendor));
            }
            if (Has("\"error_subcode\""))
            {
                Each(MetaSubcode, m => AddCode(ExtractionKinds.JsonSubCode, TakeAfterLast(m, ':'), 2, vendor: "meta"));
            }
            if (Has("SQLCODE"))
            {
                Each(Db2SqlCode, m =>
                {
                    AddCodeAsIs(ExtractionKinds.Db2SqlCode, TakeAfterLast(m, ' ', '\t', '=', ':'), 2, vendor: "ibm", service: "db2");
                }, Boundaries.Both);
            }
            var pdoMySql = new HashSet<int>();
            if (Has("SQLSTATE["))
            {
                Each(PdoMySql, m =>
                {
                    pdoMySql.Add(m.Start);
                    AddCode(ExtractionKinds.MySql, new Span(m.End - (text[m.End - 1] == ']' ? 5 : 4), 4), 2, vendor: "mysql", service: "server");
                });
            }
            if (Has("sqlstate", "sql state", "PostgresException"))
            {
                Each(SqlState, m =>
                {
                    if (!pdoMySql.Contains(m.Start))
                    {
                        AddCode(ExtractionKinds.SqlState, text[m.End - 1] == ':' ? new Span(m.End - 6, 5) : new Span(m.End - 5, 5), 2,
                            vendor: "postgresql", service: "sqlstate");
                    }
                }, Boundaries.Both);
            }
            if (Has("HTTP"))
            {
                Each(StatusLine, m =>
                {
                    var digits = new Span(m.End - 3, 3);
                    AddCode(ExtractionKinds.HttpStatusLine, digits, 3, status: int.Parse(text.AsSpan(digits.Start, 3), provider: null),
                        vendor: "http", service: "status");
                }, Boundaries.Both);
            }
            if (Has("\"type\""))
            {
                Each(ProblemType, AddProblemType);
            }
            if (Has("[SSL"))
            {
                // "[SSL" then ':' or '_' and blanks, then the reason up to the closing bracket.
                Each(Ssl, m => AddCode(ExtractionKinds.Ssl, SkipLeading(m.Start + "[SSL".Length + 1, m.End - 1), 3));
            }
            if (Has("sqlalche.me/e/"))
            {
                Each(SqlAlchemyLink, m => AddCode(ExtractionKinds.SqlAlchemy, TakeAfterLast(m, '/'), 3, vendor: "sqlalchemy", service: "orm"), Boundaries.Both);
            }
            if (Has("ERR_"))
            {
                Each(ChromeNet, m =>
                {
                    var code = text.IndexOf("ERR_", m.Start, m.Length, StringComparison.Ordinal);
                    AddCode(ExtractionKinds.ChromeNet, new Span(code, m.End - code), 3);
                }, Boundaries.Both);
            }
            if (Has("url"))
            {
                Each(Curl, m => AddCode(ExtractionKinds.Curl, FirstNumber(m), 3, vendor: "curl", service: "cli"), Boundaries.Start);
            }
            if (Has("ER_", " ("))
            {
                Each(MySql, m => AddCode(ExtractionKinds.MySql, text[m.Start] == 'E' ? m : new Span(m.Start, 4), 3, vendor: "mysql", service: "server"),
                    Boundaries.Both);
            }
            if (Has("Error: ("))
            {
                Each(PyMySql, m => AddCode(ExtractionKinds.MySql, new Span(m.Start + "Error: (".Length, 4), 3, vendor: "mysql", service: "server"));
            }
            if (Has("Msg ", "Error Number:", ", Severity:", ") (SQL", "] (Error "))
            {
                // The ODBC drivers print (0) when there is no native error number (a driver manager's own error).
                Each(SqlServer, m =>
                {
                    if (FirstNumber(m) is var number && text.AsSpan(number.Start, number.Length).Trim('0').Length > 0)
                    {
                        AddCode(ExtractionKinds.SqlServer, number, 3, vendor: "sql-server", service: "engine");
                    }
                });
            }
            if (Has(".1.", ".2.", ".3.", ".4.", ".5.", ".6.", ".7."))
            {
                Each(Smtp, m =>
                {
                    if (char.IsAsciiDigit(text[m.Start]) || text[m.Start] == '(')
                    {
                        AddCode(ExtractionKinds.Smtp, new Span(FirstNumber(m).Start, 3), 3, vendor: "smtp", service: "reply-codes");
                    }
                    AddCode(ExtractionKinds.Smtp, TakeAfterLast(m, '-', ' ', '\'', '"', '='), 3, vendor: "smtp", service: "reply-codes");
                }, Boundaries.Both);
            }
            if (Has("SQL0", "SQL1", "SQL2", "SQL3"))
            {
                Each(Db2, m => AddCode(ExtractionKinds.Db2, m, 3, vendor: "ibm", service: "db2"), Boundaries.Both);
            }
            Each(IbmMessageId, m => AddCode(ExtractionKinds.IbmMessage, m, 4, vendor: "ibm"), Boundaries.Both);
            if (Has("0xC0000", "0xc0000", "0XC0000"))
            {
                Each(NtStatus, m => AddCode(ExtractionKinds.Windows, m, 4, vendor: "windows", service: "ntstatus"), Boundaries.Both);
            }
            if (Has("linkerd.io/"))
            {
                Each(LinkerdCheck, m => AddCode(ExtractionKinds.Linkerd, TakeAfterLast(m, '#'), 3, vendor: "linkerd", service: "check"));
            }
            if (Has(") ", "Code: "))
            {
                Each(AzureCode, AddAzureCode);
            }
            if (Has("TF", "VS"))
            {
                Each(AzureDevOps, m => AddCode(ExtractionKinds.AzureDevOps, new Span(m.Start, m.Length - 1), 3, vendor: "azure", service: "devops"),
                    Boundaries.Start);
            }
            if (Has("ORA-", "TNS-", "PLS-", "RMAN-", "SP2-", "DPY-"))
            {
                Each(Oracle, m => AddCode(ExtractionKinds.Oracle, m, 3, vendor: "oracle", service: text[m.Start] switch
                {
                    'P' => "plsql",
                    'R' => "rman",
                    'S' => "sqlplus",
                    'D' => "python-oracledb",
                    _ => "database",
                }), Boundaries.Both);
            }
            if (Has("AH"))
            {
                Each(Apache, m => AddCode(ExtractionKinds.Apache, new Span(m.Start, m.Length - 1), 3, vendor: "apache", service: "httpd"), Boundaries.Start);
            }
            if (Has("DB::Exception: "))
            {
                Each(ClickHouse, m =>
                {
                    var open = text.LastIndexOf('(', m.End - 1, m.Length);
                    AddCode(ExtractionKinds.ClickHouse, new Span(open + 1, m.End - open - 2), 3, vendor: "clickhouse", service: "server");
                });
            }
            if (Has(" ("))
            {
                Each(Snowflake, m => AddCode(ExtractionKinds.Snowflake, new Span(m.Start, 6), 3, vendor: "snowflake", service: "sql"), Boundaries.Start);
            }
            if (Has("haproxy["))
            {
                // The first two letters: what ended the session and in which phase (SC: the server refused the connection).
                Each(HaProxy, m =>
                {
                    if (text[m.End - 5] != '-')
                    {
                        AddCode(ExtractionKinds.HaProxy, new Span(m.End - 5, 2), 3, vendor: "haproxy", service: "proxy");
                    }
                });
            }
            if (Has("HTTP/"))
            {
                Each(Envoy, m =>
                {
                    // The match is: HTTP/1.1" 503 FLAGS [details]
                    var flagsStart = text.IndexOf(' ', text.IndexOf(' ', m.Start) + 1) + 1;
                    var flagsEnd = text.IndexOf(' ', flagsStart);
                    for (var start = flagsStart; text[flagsStart] != '-' && start < flagsEnd;)
                    {
                        var end = text.IndexOf(',', start, flagsEnd - start) is var comma and >= 0 ? comma : flagsEnd;
                        AddCode(ExtractionKinds.Envoy, new Span(start, end - start), 3, vendor: "envoy", service: "proxy");
                        start = end + 1;
                    }
                    // Without flags, the details say what went wrong; beside them, they repeat it (UH, no_healthy_upstream).
                    // via_upstream says only that the upstream answered with the status itself.
                    var details = new Span(flagsEnd + 1, m.End - flagsEnd - 1);
                    if (text[flagsStart] == '-' && details.Length > 0 && !text.AsSpan(details.Start, details.Length).SequenceEqual("via_upstream"))
                    {
                        AddCode(ExtractionKinds.Envoy, details, 3, vendor: "envoy", service: "proxy");
                    }
                });
            }
            if (Has("E0000"))
            {
                Each(Okta, m => AddCode(ExtractionKinds.Okta, m, 3, vendor: "okta", service: "api"), Boundaries.Both);
            }
            if (Has("first error: ", "sf:"))
            {
                Each(Salesforce, m => AddCode(ExtractionKinds.Salesforce, TakeAfterLast(m, ' ', ':'), 3, vendor: "salesforce", service: "api"), Boundaries.Both);
            }
            if (Has("Code: ", "X-Vercel-Error"))
            {
                Each(Vercel, m => AddCode(ExtractionKinds.Vercel, TakeAfterLast(m, ' ', ':'), 3, vendor: "vercel", service: "platform"), Boundaries.Both);
            }
            if (Has("Google Maps JavaScript API"))
            {
                Each(GoogleMapsJs, m => AddCode(ExtractionKinds.GoogleMaps, TakeAfterLast(m, ' ', ':'), 3, vendor: "google-maps", service: "javascript"), Boundaries.Both);
            }
            if (Has("[WinError "))
            {
                Each(WinError, m => AddCode(ExtractionKinds.Windows, new Span(m.Start + "[WinError ".Length, m.Length - "[WinError ]".Length), 3, vendor: "windows", service: "win32"));
            }
            if (Has("remote: error: GH"))
            {
                Each(GitHubPush, m => AddCode(ExtractionKinds.GitHubPush, new Span(m.End - 5, 5), 3, vendor: "github", service: "git"));
            }
            if (Has("AADSTS"))
            {
                Each(EntraId, m => AddCode(ExtractionKinds.EntraId, m, 3, vendor: "azure", service: "entra-id"), Boundaries.Both);
            }
            if (Has("AADB2C"))
            {
                Each(AzureAdB2C, m => AddCode(ExtractionKinds.EntraId, m, 3, vendor: "azure", service: "ad-b2c"), Boundaries.Both);
            }
            if (Has("twilio.com/docs/errors/"))
            {
                Each(Twilio, m => AddCode(ExtractionKinds.Twilio, new Span(m.End - 5, 5), 3, vendor: "twilio", service: "api"), Boundaries.Both);
            }
            if (Has("npm "))
            {
                Each(Npm, m => AddCode(ExtractionKinds.Npm, LastWord(m), 3, vendor: "npm", service: "cli"), Boundaries.Both);
            }
            if (Has(RedisTriggers))
            {
                Each(Redis, m =>
                {
                    if (text[m.End - 4] != 'E')
                    {
                        AddCode(ExtractionKinds.Redis, new Span(m.Start, text.IndexOf(' ', m.Start, m.Length) - m.Start), 3, vendor: "redis", service: "server");
                        return;
                    }
                    // ERR is any error of any server that speaks Redis' protocol: the reply after it says which (Upstash's "ERR DB capacity quota exceeded").
                    AddCode(ExtractionKinds.Redis, new Span(m.End - 4, 3), 3, vendor: "redis", service: "server");
                    AddMessage(new Span(m.End - 4, LineEnd(m.End - 4) - (m.End - 4)));
                }, Boundaries.Start);
            }
            if (Has("(error code: ", "DiscordAPIError[", "WebSocket closed with 4"))
            {
                Each(Discord, m => AddCode(ExtractionKinds.Discord, FirstNumber(m), 3, vendor: "discord", service: text[m.Start] == 'W' ? "gateway" : "api"));
            }
            if (Has("\"ErrorCode\""))
            {
                Each(Postmark, m => AddCode(ExtractionKinds.Postmark, FirstNumber(m), 3, vendor: "postmark", service: "api"));
            }
            if (Has("\"errors\"", "[code: "))
            {
                Each(CloudflareApi, m => AddCode(ExtractionKinds.Cloudflare, FirstNumber(m), 3, vendor: "cloudflare", service: text[m.Start] == '[' ? "workers" : "api"));
            }
            if (Has(" - "))
            {
                Each(RabbitMq, m => AddCode(ExtractionKinds.RabbitMq, new Span(m.Start, m.Length - " - ".Length), 3, vendor: "rabbitmq", service: "amqp"),
                    Boundaries.Start);
            }
            if (Has("error code: "))
            {
                Each(Cloudflare, m => AddCode(ExtractionKinds.Cloudflare, TakeAfterLast(m, ' '), 3, vendor: "cloudflare", service: "proxy"), Boundaries.Both);
            }
            if (Has("Error from server ("))
            {
                Each(Kubectl, m => AddCode(ExtractionKinds.Kubectl, new Span(m.Start + "Error from server (".Length, m.Length - "Error from server (".Length - 1), 3,
                    vendor: "kubernetes", service: "api"));
            }
            if (Has("An API error occurred", "'ok'", "\"ok\""))
            {
                Each(Slack, m => AddCode(ExtractionKinds.Slack, text[m.End - 1] is '"' or '\'' ? TakeLastQuoted(m) : LastWord(m), 3,
                    vendor: "slack", service: "web-api"), Boundaries.Both);
            }
            if (Has("_exception\""))
            {
                Each(Elasticsearch, m => AddCode(ExtractionKinds.Elasticsearch, TakeLastQuoted(m), 3, vendor: "elastic", service: "elasticsearch"));
                Each(ElasticsearchReason, m =>
                {
                    var reason = text.IndexOf("\"reason\"", m.Start, m.Length, StringComparison.Ordinal);
                    AddMessage(TakeJsonString(new Span(reason, m.End - reason)), vendor: "elastic", jsonEscaped: true);
                });
            }
            if (Has("Neo."))
            {
                Each(Neo4j, m => AddCode(ExtractionKinds.Neo4j, m, 3, vendor: "neo4j", service: "server"), Boundaries.Both);
            }
            if (Has("KafkaError{"))
            {
                Each(LibrdKafka, m => AddCode(ExtractionKinds.LibrdKafka, TakeAfterLast(m, '='), 3, vendor: "apache-kafka", service: "librdkafka"));
            }
            if (Has("] [P"))
            {
                Each(FlyProxy, m => AddCode(ExtractionKinds.FlyProxy, new Span(m.End - 5, 4), 3, vendor: "fly", service: "proxy"));
            }
            if (Has("INSTALL_"))
            {
                Each(AndroidInstall, m => AddCode(ExtractionKinds.AndroidInstall, m, 3, vendor: "android", service: "adb"), Boundaries.Both);
            }
            if (Has("error["))
            {
                Each(Rustc, m => AddCode(ExtractionKinds.Rustc, new Span(m.Start + "error[".Length, 5), 3, vendor: "rust", service: "rustc"));
            }
            if (Has("error ", "warning "))
            {
                Each(DotnetBuild, m =>
                {
                    var code = TakeAfterLast(new Span(m.Start, m.Length - 1), ' ');
                    var (vendor, service) = text[code.Start] switch
                    {
                        'C' => ("dotnet", "compiler"),
                        'F' => ("dotnet", "fsharp"),
                        'N' when text[code.Start + 1] == 'U' => ("nuget", "client"),
                        _ => ("microsoft", "msbuild"),
                    };
                    AddCode(ExtractionKinds.DotnetBuild, code, 3, vendor: vendor, service: service);
                }, Boundaries.Start);
            }
            if (Has("error ", "warning "))
            {
                Each(Msvc, m =>
                {
                    var code = TakeAfterLast(new Span(m.Start, text.AsSpan(m.Start, m.Length).TrimEnd(" :").Length), ' ');
                    var service = text[code.Start] switch
                    {
                        'L' => "msvc-linker",
                        'U' => "nmake",
                        _ => "msvc",
                    };
                    AddCode(ExtractionKinds.Msvc, code, 3, vendor: "microsoft", service: service);
                }, Boundaries.Start);
            }
            if (Has("[id \""))
            {
                Each(ModSecurityRule, m => AddCode(ExtractionKinds.ModSecurity, new Span(m.Start + "[id \"".Length, 6), 3, vendor: "owasp"));
            }
            if (Has("[unixODBC]", "[Microsoft]"))
            {
                Each(PyOdbc, m =>
                {
                    var unixOdbc = text.AsSpan(m.Start, m.Length).EndsWith("[unixODBC]", StringComparison.Ordinal);
                    AddCode(ExtractionKinds.Odbc, new Span(m.Start + 2, 5), 3, vendor: unixOdbc ? "unixodbc" : "microsoft", service: unixOdbc ? null : "odbc");
                });
            }
            if (Has("[TS", "[GL", "[BL"))
            {
                Each(YahooMail, m =>
                {
                    var open = text.LastIndexOf('[', m.End - 1, m.Length);
                    AddCode(ExtractionKinds.MailReceiver, new Span(open + 1, m.End - open - 2), 3, vendor: "yahoo", service: "mail");
                });
            }
            if (Has("block list (S"))
            {
                Each(OutlookBlockList, m => AddCode(ExtractionKinds.MailReceiver, new Span(m.Start + "block list (".Length, m.Length - "block list ()".Length), 3,
                    vendor: "microsoft", service: "outlook-com"));
            }
            if (Has("[ERR ", "\"errorNum\""))
            {
                Each(ArangoDb, m => AddCode(ExtractionKinds.ArangoDb, text[m.End - 1] == ']' ? new Span(m.End - 5, 4) : new Span(m.End - 4, 4), 3,
                    vendor: "arangodb", service: "server"));
            }
            if (Has("HAPI-"))
            {
                Each(HapiFhir, m => AddCode(ExtractionKinds.HapiFhir, m, 3, vendor: "hapi-fhir", service: "server"), Boundaries.Both);
            }
            if (Has("Error type"))
            {
                Each(MuleErrorType, m => AddCode(ExtractionKinds.Mule, TakeAfterLast(m, ' '), 3, vendor: "mulesoft", service: "mule"));
            }
            if (Has(" BCP"))
            {
                Each(Bicep, m => AddCode(ExtractionKinds.Bicep, TakeAfterLast(new Span(m.Start, m.Length - 1), ' '), 3, vendor: "azure", service: "bicep"),
                    Boundaries.Start);
            }
            if (Has(": error: "))
            {
                Each(Mypy, m => AddCode(ExtractionKinds.PythonChecker, TakeAfterLast(new Span(m.Start, m.Length - 1), '['), 3, vendor: "python", service: "mypy"));
            }
            if (Has(".py:"))
            {
                Each(Flake8, m => AddCode(ExtractionKinds.PythonChecker, new Span(m.End - 5, 4), 3, vendor: "python"));
                Each(Pylint, m => AddCode(ExtractionKinds.PythonChecker, new Span(m.End - 7, 5), 3, vendor: "python", service: "pylint"));
            }
            if (Has("  error  ", "  warning  "))
            {
                Each(EsLint, m =>
                {
                    if (IsLineStart(m.Start))
                    {
                        AddCode(ExtractionKinds.EsLint, LastWord(Trim(m.Start, m.Length)), 3, vendor: "eslint", service: "rules");
                    }
                });
            }
            if (Has("error TS"))
            {
                Each(TypeScript, m => AddCode(ExtractionKinds.TypeScript, LastWord(new Span(m.Start, m.Length - 1)), 3, vendor: "typescript", service: "compiler"),
                    Boundaries.Start);
            }
            if (Has("** ("))
            {
                Each(Elixir, m =>
                {
                    AddCode(ExtractionKinds.Elixir, new Span(m.Start + "** (".Length, m.Length - "** ()".Length), 3, vendor: "elixir");
                    if (SkipLeading(m.End, LineEnd(m.End), Spaces) is { Length: >= 8 } message)
                    {
                        AddMessage(message);
                    }
                });
            }
            if (Has("err-mimir-"))
            {
                Each(Mimir, m => AddCode(ExtractionKinds.Mimir, m, 3, vendor: "grafana", service: "mimir"), Boundaries.Both);
            }
            if (Has("Error: "))
            {
                Each(OracleCloud, m =>
                {
                    var code = new Span(m.Start + "Error: NNN-".Length, m.Length - "Error: NNN-,".Length);
                    AddCode(ExtractionKinds.OracleCloud, code, 3, status: int.Parse(text.AsSpan(m.Start + "Error: ".Length, 3), provider: null),
                        vendor: "oracle-cloud");
                });
            }
            if (Has("\"response_code\"", "\"error_codes\""))
            {
                Each(CheckoutCom, m => AddCode(ExtractionKinds.CheckoutCom, TakeLastQuoted(m), 3, vendor: "checkout-com", service: "api"));
            }
            if (Has("Exception: [", "Error: ["))
            {
                Each(SparkErrorClass, m =>
                {
                    var open = text.IndexOf('[', m.Start, m.Length) + 1;
                    AddCode(ExtractionKinds.SparkErrorClass, new Span(open, m.End - 2 - open), 3, vendor: "apache-spark");
                });
            }
            if (Has("err_code="))
            {
                Each(NatsJetStream, m => AddCode(ExtractionKinds.NatsJetStream, new Span(m.End - 5, 5), 3, vendor: "nats", service: "server"), Boundaries.Both);
            }
            if (Has("Stop code: ", "The bugcheck was: "))
            {
                Each(WindowsStop, m => AddCode(ExtractionKinds.WindowsStop, LastWord(m), 3, vendor: "windows", service: "bugcheck"), Boundaries.Both);
            }
            if (Has("ITMS-"))
            {
                Each(Itms, m => AddCode(ExtractionKinds.Itms, m, 3, vendor: "apple", service: "app-store-connect"), Boundaries.Both);
            }
            if (Has("->>HEADER<<-"))
            {
                Each(DigStatus, m => AddCode(ExtractionKinds.Dig, LastWord(m), 3, vendor: "dns", service: "rcodes"));
            }
            if (Has("E11000", "codeName", "MongoServerError[", "Command failed with error "))
            {
                Each(MongoDb, m => AddCode(ExtractionKinds.MongoDb, text[m.Start] == 'E' ? new Span(m.Start, "E11000".Length)
                    : text[m.End - 1] is ']' or ')' ? TakeAfterLast(new Span(m.Start, m.Length - 1), '[', '(') : TakeLastQuoted(m), 3,
                    vendor: "mongodb", service: "server"), Boundaries.Start);
            }
            if (Has("\"error\"", "error=\""))
            {
                Each(OAuth, m => AddCode(ExtractionKinds.OAuth, TakeLastQuoted(m), 4));
            }
            if (Has(": "))
            {
                // The line is the registry's message as a registry words it ("TOOMANYREQUESTS: Rate exceeded" is ECR's):
                // every registry answers with these codes, and the wording says which one did.
                Each(Docker, m =>
                {
                    AddCode(ExtractionKinds.Docker, new Span(m.Start, text.IndexOf(':', m.Start, m.Length) - m.Start), 3);
                    AddMessage(new Span(m.Start, LineEnd(m.Start) - m.Start));
                }, Boundaries.Start);
            }
            // After the vendors' shapes: mysql2 prints { code: 'ER_ACCESS_DENIED_ERROR', errno: 1045 }.
            if (Has("\"name\""))
            {
                Each(JsonName, m => AddCode(ExtractionKinds.JsonName, TakeLastQuoted(m), 4));
            }
            if (Has(": '"))
            {
                Each(JsObjectCode, m => AddCode(ExtractionKinds.JsonCode, TakeLastQuoted(new Span(m.Start, m.Length - 1)), 4));
            }
            if (Has("\"status\""))
            {
                Each(JsonStatus, m => AddCode(ExtractionKinds.JsonStatus, TakeLastQuoted(m), 4));
            }
            if (Has("\"reason\""))
            {
                Each(JsonReason, m => AddCode(ExtractionKinds.JsonReason, TakeLastQuoted(m), 4));
            }
            if (Has("code"))
            {
                Each(Labelled, m =>
                {
                    // A longer number is an id, not a code.
                    if (!(char.IsAsciiDigit(text[m.End - 1]) && m.End < text.Length && char.IsAsciiDigit(text[m.End])))
                    {
                        AddCode(ExtractionKinds.Labelled, TakeAfterFirst(m, ':', '='), 5);
                    }
                }, Boundaries.Start);
            }
            // Last, and only when nothing else was found: an HRESULT (.NET prints one after every exception type, and
            // SqlException's 0x80131904 wraps the error number), then the class, which wraps the code when there is
            // one (AmazonS3Exception around AccessDenied, PyMySQL's OperationalError around 2003).
            if (codes.Count == 0 && Has("0x8"))
            {
                // E_FAIL after a class (Npgsql.NpgsqlException (0x80004005): …) says only that something failed, and
                // SqlException's 0x80131904 only that SQL Server did: the class and its message say more.
                Each(HResult, m =>
                {
                    var hresult = text.AsSpan(m.Start, m.Length);
                    if (!((hresult.Equals("0x80004005", StringComparison.OrdinalIgnoreCase) || hresult.Equals("0x80131904", StringComparison.OrdinalIgnoreCase))
                          && text.AsSpan(0, m.Start).EndsWith("Exception (", StringComparison.Ordinal)))
                    {
                        AddCode(ExtractionKinds.Windows, m, 4, vendor: "windows", service: "hresult");
                    }
                }, Boundaries.Both);
            }
            // Python's traceback ends with the exception's line, and a built-in class has no namespace to say whose it is
            // (KeyError: 'id'); nor has JavaScript's, which a stack ("    at …") or the console's "Uncaught" marks.
            if (codes.Count == 0 && Has("Traceback (most recent call last):"))
            {
                FindPythonExceptionLines();
            }
            if (codes.Count == 0 && Has("Uncaught ", "    at "))
            {
                FindJavaScriptErrorLines();
            }
            // Ruby's and Rails' classes are their codes whole (ActiveRecord::RecordNotFound, Net::ReadTimeout), and
            // most end in neither Exception nor Error.
            if (codes.Count == 0 && Has("::"))
            {
                Each(RubyClass, m =>
                {
                    AddCode(ExtractionKinds.ExceptionClass, m, 6, vendor: RubyVendor(text.AsSpan(m.Start, m.Length)));
                    AddClassMessage(m.End);
                }, Boundaries.Both);
            }
            if (codes.Count == 0 && Has("Exception", "Error", "Timeout"))
            {
                Each(ExceptionClass, m =>
                {
                    var separator = text.LastIndexOfAny(['.', ':', '\\'], m.End - 1, m.Length);
                    AddCode(ExtractionKinds.ExceptionClass, new Span(separator + 1, m.End - separator - 1), 6, vendor: VendorOfNamespace(text.AsSpan(m.Start, m.Length)));
                    AddClassMessage(m.End);
                }, Boundaries.Both);
            }
            if (codes.Count == 0 && Has("ccxt."))
            {
                Each(CcxtClass, m =>
                {
                    AddCode(ExtractionKinds.ExceptionClass, TakeAfterLast(m, '.'), 6, vendor: "ccxt");
                    AddClassMessage(m.End);
                }, Boundaries.Both);
            }
        }

        /// <summary>
        /// The exception line that ends each traceback: the first line after <c>Traceback (most recent call last):</c>
        /// that is not indented. A class with a namespace is left to <see cref="ExceptionClass"/>, which knows namespaces.
        /// </summary>
        private void FindPythonExceptionLines()
        {
            const string Marker = "Traceback (most recent call last):";
            for (var at = text.IndexOf(Marker, StringComparison.Ordinal); at >= 0 && codes.Count < MaxCodes; at = text.IndexOf(Marker, at + Marker.Length, StringComparison.Ordinal))
            {
                var line = LineEnd(at) + 1;
                while (line < text.Length && (text[line] is ' ' or '\t' or '\r' or '\n'))
                {
                    line = LineEnd(line) + 1;
                }
                if (line < text.Length && BareClassName(line, PythonClassEndings) is { } name)
                {
                    // A built-in class is the runtime's; a library's class of the same name (pandas' KeyError) has its own message.
                    AddCode(ExtractionKinds.ExceptionClass, name, 6, vendor: "python", service: "runtime");
                    AddClassMessage(name.End);
                }
            }
        }

        /// <summary>
        /// <c>TypeError: Cannot read properties of undefined (reading 'map')</c> above a stack's <c>    at …</c> lines, or
        /// after the browser console's <c>Uncaught </c>: one of JavaScript's own error classes.
        /// </summary>
        private void FindJavaScriptErrorLines()
        {
            for (var line = 0; line < text.Length && codes.Count < MaxCodes; line = LineEnd(line) + 1)
            {
                var start = SkipLeading(line, LineEnd(line), Spaces).Start;
                var uncaught = text.AsSpan(start).StartsWith("Uncaught ", StringComparison.Ordinal);
                if (uncaught)
                {
                    start += "Uncaught ".Length;
                }
                if (BareClassName(start, JavaScriptClassEndings) is not { } name || !JavaScriptErrors.Contains(Text(name)))
                {
                    continue;
                }
                var next = LineEnd(start) + 1;
                if (uncaught || text.AsSpan(Math.Min(next, text.Length)).TrimStart(" \t").StartsWith("at ", StringComparison.Ordinal))
                {
                    AddCode(ExtractionKinds.ExceptionClass, name, 6, vendor: "javascript", service: "runtime");
                    AddClassMessage(name.End);
                }
            }
        }

        /// <summary>A class name without a namespace at <paramref name="start"/>, followed by a colon or the line's end, that ends as error classes do.</summary>
        private Span? BareClassName(int start, string[] endings)
        {
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }
            var name = text.AsSpan(start, end - start);
            var closes = end == text.Length || text[end] is ':' or '\r' or '\n';
            return closes && name.Length is > 0 and <= MaxTokenLength && char.IsAsciiLetterUpper(name[0]) && EndsWithAny(name, endings)
                ? new Span(start, end - start)
                : null;
        }

        private static bool EndsWithAny(ReadOnlySpan<char> name, string[] endings)
        {
            foreach (var ending in endings)
            {
                if (name.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The text after an exception class is its message, which says which error a generic class stands for: Kafka
        /// throws TimeoutException for a request that timed out and for a topic missing from metadata. Rails logs it in
        /// parentheses: Postmark::ApiInputError (The 'From' address you supplied …).
        /// </summary>
        private void AddClassMessage(int classEnd)
        {
            // What a runtime prints between the class and its message: .NET its HRESULT (Npgsql.NpgsqlException (0x80004005):
            // Failed to connect …), Monolog (Laravel, Symfony) its code ((Illuminate\\View\\ViewException(code: 0): Unable to locate …).
            classEnd = AfterInfix(classEnd, " (0x", " (0x80004005".Length) ?? AfterInfix(classEnd, "(code: ", "(code: -2147483648".Length) ?? classEnd;
            var opens = classEnd < text.Length && text[classEnd] == ':' ? 1 : classEnd + 1 < text.Length && text[classEnd] == ' ' && text[classEnd + 1] == '(' ? 2 : 0;
            // Blanks only: a message may begin with a quote ('NoneType' object has no attribute 'name').
            if (opens > 0 && SkipLeading(classEnd + opens, LineEnd(classEnd), Spaces) is { Length: >= 8 } message)
            {
                var length = message.Length;
                if (opens == 2)
                {
                    // Rails' request log closes the parentheses with a colon: ActiveRecord::RecordNotFound (Couldn't find …):
                    length -= text.AsSpan(message.Start, length).EndsWith("):") ? 2 : text[message.End - 1] == ')' ? 1 : 0;
                }
                AddMessage(new Span(message.Start, length));
            }
        }

        /// <summary>Where an infix that begins with <paramref name="opener"/> and closes with "):" ends, when one of at most <paramref name="maxLength"/> characters stands at <paramref name="at"/>.</summary>
        private int? AfterInfix(int at, string opener, int maxLength) =>
            text.AsSpan(at).StartsWith(opener, StringComparison.Ordinal) && text.IndexOf("):", at, StringComparison.Ordinal) is var close
            && close > at && close - at <= maxLength ? close + 1 : null;

        public void FindMessages()
        {
            if (Has("message", "error_description", "\"detail\"", "\"msg\"", "\"errmsg\"", "\"retMsg\"", "\"sMsg\""))
            {
                Each(JsonMessage, m => AddMessage(TakeJsonString(m), jsonEscaped: true));
            }
            if (Has("msg=\"") && !LogfmtError.IsMatch(text))
            {
                Each(LogfmtMessage, m => AddMessage(new Span(m.Start + 5, m.Length - 6), jsonEscaped: true), Boundaries.Start);
            }
            if (Has("\"error\""))
            {
                Each(JsonErrorSentence, m => AddMessage(TakeJsonString(m), jsonEscaped: true));
            }
            if (Has("<Message>"))
            {
                Each(XmlMessage, m => AddMessage(TakeInnerXml(m)));
            }
            if (Has("error", "fatal:"))
            {
                FindLineMessages();
            }
            if (Has(VendorLineTriggers))
            {
                FindVendorLines();
            }
            if (Has("\"description\""))
            {
                Each(TelegramDescription, m => AddMessage(TakeLastQuoted(m), vendor: "telegram", service: "bot-api"));
            }
            if (Has("Error Domain="))
            {
                Each(AppleNsError, m => AddMessage(m, vendor: "apple"));
            }
            if (Has("\"refusalReason\""))
            {
                Each(AdyenRefusal, m => AddMessage(TakeLastQuoted(m), vendor: "adyen", service: "checkout"));
            }
            if (Has(" failed: "))
            {
                // The whole line from "Query" is Trino's message, as its entries word it.
                Each(TrinoQuery, m => AddMessage(new Span(m.Start, LineEnd(m.Start) - m.Start), vendor: "trino", service: "server"), Boundaries.Start);
            }
            if (Has("\"details\""))
            {
                Each(EsriError, m =>
                {
                    var message = text.IndexOf("\"message\"", m.Start, m.Length, StringComparison.Ordinal);
                    var details = text.LastIndexOf("\"details\"", m.End - 1, m.Length, StringComparison.Ordinal);
                    var closingQuote = text.LastIndexOf('"', text.LastIndexOf(',', details));
                    AddMessage(TakeJsonString(new Span(message, closingQuote + 1 - message)), vendor: "esri", jsonEscaped: true);
                });
            }
            if (Has(".kt:", ".kts:"))
            {
                Each(KotlinDiagnostic, m => AddMessage(new Span(m.End, LineEnd(m.End) - m.End), vendor: "kotlin"), Boundaries.Start);
            }
            if (Has(".go:"))
            {
                Each(GoDiagnostic, m => AddMessage(new Span(m.End, LineEnd(m.End) - m.End), vendor: "go"), Boundaries.Start);
            }
            if (Has(" routines:"))
            {
                Each(OpenSsl, m => AddMessage(TakeAfterLast(m, ':'), vendor: "openssl"));
            }
            if (Has(". Errors:"))
            {
                Each(VaultErrors, m =>
                {
                    var star = text.LastIndexOf('*', m.End - 1, m.Length);
                    AddMessage(SkipLeading(star + 1, m.End), int.Parse(text.AsSpan(m.Start + "Code: ".Length, 3), provider: null), "hashicorp", "vault");
                });
            }
        }

        /// <summary>
        /// Lines such as <c>Error: Cannot perform an interactive login from a non TTY device</c>: the text after the
        /// prefix. Also git's <c>fatal: …</c>, and Terraform's <c>│ Error: …</c> inside the box it draws.
        /// </summary>
        private void FindLineMessages()
        {
            string[] prefixes = ["Error:", "ERROR:", "error:", "fatal:", "Error response from daemon:"];
            for (var lineStart = 0; lineStart < text.Length && messages.Count < MaxCodes;)
            {
                var lineEnd = LineEnd(lineStart);
                var start = SkipLeading(lineStart, lineEnd, TerraformBoxIndent).Start;
                foreach (var prefix in prefixes)
                {
                    if (text.AsSpan(start, lineEnd - start).StartsWith(prefix, StringComparison.Ordinal))
                    {
                        var message = SkipLeading(start + prefix.Length, lineEnd);
                        if (message.Length >= 8)
                        {
                            AddMessage(message);
                        }
                        break;
                    }
                }
                lineStart = lineEnd + 1;
            }
        }

        /// <summary>
        /// Lines whose start says which tool printed them (<see cref="VendorLines"/>), the whole line being the message
        /// as the tool's entries word it; and Rust's panic, whose message follows <c>thread 'main' panicked at src/main.rs:4:37:</c>
        /// on the next line (on the same line, quoted, before Rust 1.73).
        /// </summary>
        private void FindVendorLines()
        {
            for (var line = 0; line < text.Length && messages.Count < MaxCodes; line = LineEnd(line) + 1)
            {
                var lineEnd = LineEnd(line);
                var start = SkipLeading(line, lineEnd, Spaces).Start;
                var content = text.AsSpan(start, lineEnd - start);
                foreach (var (prefix, vendor, service) in VendorLines)
                {
                    if (content.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        AddMessage(new Span(start, lineEnd - start), vendor: vendor, service: service);
                        break;
                    }
                }
                if (content.StartsWith("thread '", StringComparison.Ordinal) && content.IndexOf("' panicked at ", StringComparison.Ordinal) is > 0 and var panicked
                    && RustPanicMessage(start + panicked + "' panicked at ".Length, lineEnd) is { Length: > 0 } message)
                {
                    AddMessage(message, vendor: "rust", service: "runtime");
                }
            }
        }

        /// <summary>
        /// The message of a Rust panic whose location starts at <paramref name="location"/>: quoted before the location
        /// (<c>panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:4:37</c>), or on the next line
        /// after a location that ends with a colon (Rust 1.73 on). Empty when there is none.
        /// </summary>
        private Span RustPanicMessage(int location, int lineEnd)
        {
            if (location < lineEnd && text[location] == '\'' && text.LastIndexOf("', ", lineEnd - 1, lineEnd - location, StringComparison.Ordinal) is > 0 and var close)
            {
                return new Span(location + 1, close - location - 1);
            }
            return lineEnd > location && text[lineEnd - 1] == ':' && lineEnd < text.Length
                ? Trim(lineEnd + 1, LineEnd(lineEnd + 1) - lineEnd - 1)
                : new Span(0, 0);
        }

        private void AddSdkLog(Span m)
        {
            // "(Service: AmazonEC2; Status Code: 400; Error Code: InvalidInstanceID.NotFound; Request ID: …)" (SDK for Java 1.x)
            // or "(Service: Ec2, Status Code: 503, Request ID: …) RequestLimitExceeded" (2.x): fields in any order.
            var close = text.IndexOf(')', m.Start, m.Length);
            var body = new Span(m.Start + 1, close - m.Start - 1);
            if (body.Length > 500)
            {
                return;
            }
            string? service = null, requestId = null;
            int? status = null;
            Span? code = null;
            var segmentStart = body.Start;
            while (segmentStart < body.End)
            {
                var segmentEnd = text.IndexOfAny([';', ','], segmentStart, body.End - segmentStart);
                if (segmentEnd < 0)
                {
                    segmentEnd = body.End;
                }
                var colon = text.IndexOf(':', segmentStart, segmentEnd - segmentStart);
                if (colon > 0)
                {
                    var key = text[segmentStart..colon].Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
                    var value = Trim(colon + 1, segmentEnd - colon - 1);
                    switch (key)
                    {
                        case "service":
                            service = AwsService(Text(value));
                            break;
                        case "statuscode" when int.TryParse(Text(value), out var parsed) && parsed is >= 100 and <= 599:
                            status = parsed;
                            break;
                        case "errorcode" when value.Length > 0:
                            code = value;
                            break;
                        case "requestid" when value.Length is > 0 and <= MaxTokenLength:
                            requestId = Text(value);
                            break;
                    }
                }
                segmentStart = segmentEnd + 1;
            }

            var trailing = Trim(close + 1, m.End - close - 1);
            if (code is null && trailing.Length > 0)
            {
                code = trailing;
            }
            if (code is { } found)
            {
                AddCode(ExtractionKinds.SdkLog, found, 0, status, requestId, "aws", service);
            }
            hints.Add(new Hint(m.Start, "aws", service));
        }

        private void AddAzureCode(Span m)
        {
            // At a line's start, or after the "ERROR: " or exception class before it: "(Optional) …" inside a sentence is no code.
            var parenthesised = text[m.Start] == '(';
            if (!IsLineStart(m.Start) && !(parenthesised && text.AsSpan(0, m.Start).EndsWith(": ", StringComparison.Ordinal)))
            {
                return;
            }
            var start = m.Start + (parenthesised ? 1 : "Code: ".Length);
            var end = start;
            while (end < m.End && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }
            AddCode(ExtractionKinds.Azure, new Span(start, end - start), 3, vendor: "azure");
        }

        private void AddProblemType(Span m)
        {
            // RFC 9457: the type URI names the problem; its last path segment is the code (our own URIs are /codes/{vendor}/{service}/{code}),
            // or its fragment where it has one (Vonage's https://developer.vonage.com/api-errors#unauthorized).
            var uri = TakeLastQuoted(m);
            if (uri.Length > 500)
            {
                return;
            }
            var value = Text(uri);
            var fragment = value.IndexOf('#');
            if (fragment >= 0 && fragment + 1 < value.Length)
            {
                AddCode(ExtractionKinds.ProblemType, new Span(uri.Start + fragment + 1, value.Length - fragment - 1), 3);
                return;
            }
            var end = value.IndexOfAny(['?', '#']);
            if (end < 0)
            {
                end = value.Length;
            }
            while (end > 0 && value[end - 1] == '/')
            {
                end--;
            }
            var start = value.LastIndexOfAny(['/', ':'], Math.Max(end - 1, 0)) + 1;
            // "about:blank" names no problem, nor does a page of them (Mailchimp's every type is …/docs/errors/).
            if (start >= end || ProblemTypePages.Contains(value[start..end]))
            {
                return;
            }
            string? vendor = null, service = null;
            var marker = value.IndexOf("/codes/", StringComparison.Ordinal);
            if (marker >= 0 && marker + "/codes/".Length <= end)
            {
                var parts = value[(marker + "/codes/".Length)..end].Split('/');
                if (parts.Length == 3)
                {
                    (vendor, service) = (parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant());
                }
            }
            AddCode(ExtractionKinds.ProblemType, new Span(uri.Start + start, end - start), 3, vendor: vendor, service: service);
        }

        private void AddCode(string kind, Span code, int priority, int? status = null, string? requestId = null, string? vendor = null, string? service = null,
            string? operation = null)
        {
            // A code written at the end of a sentence ("… error code: Foo.") does not own the full stop.
            var length = code.Length;
            while (length > 0 && text[code.Start + length - 1] is '.' or '-')
            {
                length--;
            }
            if (length <= 0 || codes.Count >= MaxCodes * 4 || !IsCodeLike(text.AsSpan(code.Start, length)))
            {
                return;
            }
            codes.Add(new Candidate(kind, code.Start, length, priority, status, requestId, vendor, service, Operation: operation));
        }

        /// <summary>
        /// A code as its shape found it, which <see cref="IsCodeLike"/> would refuse elsewhere: a sign (Binance's -1021,
        /// Db2's SQLCODE -302, where it says error or warning) or spaces (Kraken's "EAPI:Invalid nonce", whose message
        /// is part of its code).
        /// </summary>
        private void AddCodeAsIs(string kind, Span code, int priority, string? vendor = null, string? service = null)
        {
            if (code.Length > 0 && codes.Count < MaxCodes * 4)
            {
                codes.Add(new Candidate(kind, code.Start, code.Length, priority, Vendor: vendor, Service: service));
            }
        }

        private void AddMessage(Span message, int? status = null, string? vendor = null, string? service = null, bool jsonEscaped = false)
        {
            var (start, length) = Trim(message.Start, message.Length);
            if (length is >= 3 and <= MaxMessageLength && messages.Count < MaxCodes)
            {
                messages.Add(new Candidate(ExtractionKinds.Message, start, length, 9, status, Vendor: vendor, Service: service, JsonEscaped: jsonEscaped));
            }
        }

        private string Text(Span span) => text.Substring(span.Start, span.Length);

        /// <summary>
        /// The candidate's text, as its writer meant it: a JSON string's escapes undone, so that Karpenter's
        /// <c>"incompatible with nodepool \"default\""</c> is compared with the message's quotes.
        /// </summary>
        private string Value(Candidate c)
        {
            var raw = text.Substring(c.Start, c.Length);
            if (!c.JsonEscaped || !raw.Contains('\\'))
            {
                return raw;
            }
            try
            {
                return JsonSerializer.Deserialize<string>($"\"{raw}\"") ?? raw;
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Not a JSON string after all (\q), or a lone surrogate: the text as pasted.
                return raw;
            }
        }

        /// <summary>The text of the JSON string that ends the span, the value after its key's colon (it may hold escaped quotes).</summary>
        private Span TakeJsonString(Span m)
        {
            var colon = text.IndexOf(':', m.Start, m.Length);
            var open = text.IndexOf('"', colon, m.End - colon);
            return new Span(open + 1, m.End - open - 2);
        }

        /// <summary>The text between the span's closing quote (double or single) and the same quote before it.</summary>
        private Span TakeLastQuoted(Span m)
        {
            var close = m.End - 1;
            var open = text.LastIndexOf(text[close], close - 1, m.Length - 1);
            return new Span(open + 1, close - open - 1);
        }

        /// <summary>The trimmed text between the span's first <c>&gt;</c> and its last <c>&lt;</c>.</summary>
        private Span TakeInnerXml(Span m)
        {
            var open = text.IndexOf('>', m.Start, m.Length) + 1;
            var close = text.LastIndexOf('<', m.End - 1, m.End - open);
            return Trim(open, close - open);
        }

        /// <summary>What follows the first separator of the span, without leading blanks and quotes.</summary>
        private Span TakeAfterFirst(Span m, params char[] separators) =>
            SkipLeading(Math.Max(text.IndexOfAny(separators, m.Start, m.Length) + 1, m.Start), m.End);

        /// <summary>What follows the last separator of the span, without leading blanks and quotes.</summary>
        private Span TakeAfterLast(Span m, params char[] separators) =>
            SkipLeading(Math.Max(text.LastIndexOfAny(separators, m.End - 1, m.Length) + 1, m.Start), m.End);

        private Span LastWord(Span m) => TakeAfterLast(m, ' ');

        /// <summary>
        /// The service a Go SDK error names before the code, "operation error RDS: CreateDBInstance" or "operation error
        /// Route 53: …", as our slugs spell services (lower case, no spaces); null when the line names none.
        /// </summary>
        private string? GoSdkService(int codeStart)
        {
            const string Marker = "operation error ";
            var lineStart = text.LastIndexOf('\n', Math.Max(codeStart - 1, 0)) + 1;
            var at = text.IndexOf(Marker, lineStart, codeStart - lineStart, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
            var colon = text.IndexOf(':', at + Marker.Length, codeStart - at - Marker.Length);
            return colon < 0 ? null : text[(at + Marker.Length)..colon].Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        }

        /// <summary>Whether only blanks stand between <paramref name="position"/> and the start of its line.</summary>
        private bool IsLineStart(int position)
        {
            while (position > 0 && text[position - 1] is ' ' or '\t')
            {
                position--;
            }
            return position == 0 || text[position - 1] is '\n' or '\r';
        }

        /// <summary>Where the line that <paramref name="position"/> is on ends: its line break, or the end of the text.</summary>
        private int LineEnd(int position) => text.IndexOfAny(['\r', '\n'], position) is var end and >= 0 ? end : text.Length;

        /// <summary>The span's first run of digits (every shape that calls it has one).</summary>
        private Span FirstNumber(Span m)
        {
            var start = text.AsSpan(m.Start, m.Length).IndexOfAnyInRange('0', '9') + m.Start;
            var end = start;
            while (end < m.End && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            return new Span(start, end - start);
        }

        private Span SkipLeading(int start, int end, string skipped = SpacesAndQuotes)
        {
            while (start < end && skipped.Contains(text[start]))
            {
                start++;
            }
            return new Span(start, end - start);
        }

        private int SkipWord(int start, int end)
        {
            while (start < end && !Spaces.Contains(text[start]))
            {
                start++;
            }
            while (start < end && Spaces.Contains(text[start]))
            {
                start++;
            }
            return start;
        }

        private Span TakeWord(int start, int end)
        {
            var stop = start;
            while (stop < end && !Spaces.Contains(text[stop]))
            {
                stop++;
            }
            return new Span(start, stop - start);
        }

        private Span Trim(int start, int length)
        {
            while (length > 0 && char.IsWhiteSpace(text[start]))
            {
                start++;
                length--;
            }
            while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
            {
                length--;
            }
            return new Span(start, Math.Max(length, 0));
        }

        public ExtractionResult Result()
        {
            codes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Priority.CompareTo(b.Priority));
            var distinct = new List<Candidate>(codes.Count);
            foreach (var code in codes)
            {
                // Same code at the same place through two shapes (SDK log and "Error Code:" label): one match, the specific one.
                if (distinct.Count > 0 && distinct[^1].Start == code.Start)
                {
                    continue;
                }
                distinct.Add(code);
            }

            // A status line does not explain an error the way a code does: the message next to it still counts.
            var codeStarts = distinct.Where(c => c.Kind != ExtractionKinds.HttpStatusLine).Select(c => c.Start).ToArray();
            messages.Sort((a, b) => a.Start.CompareTo(b.Start));
            var all = new List<Candidate>(distinct);
            Candidate? previous = null;
            foreach (var message in messages)
            {
                if (Nearest(codeStarts, message.Start, MessageWindow) >= 0)
                {
                    continue;
                }
                // A message inside another (OpenSSL's reason inside an Error: line) is one message: the one a vendor's
                // own shape found says more than a line that merely starts with Error:.
                if (previous is not null && message.Start < previous.Start + previous.Length)
                {
                    if (message.Vendor is null || previous.Vendor is not null)
                    {
                        continue;
                    }
                    all.Remove(previous);
                }
                all.Add(message);
                previous = message;
            }
            all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Priority.CompareTo(b.Priority));

            hints.Sort((a, b) => a.Position.CompareTo(b.Position));
            var messageStarts = messages.Select(m => m.Start).ToArray();
            var statusStarts = statuses.Select(s => s.Start).ToArray();
            var requestIdStarts = requestIds.Select(r => r.Start).ToArray();

            var result = new List<ExtractedCode>(Math.Min(all.Count, MaxCodes));
            foreach (var c in all.Take(MaxCodes))
            {
                var status = c.Status ?? (Nearest(statusStarts, c.Start, HintWindow) is var s and >= 0 ? statuses[s].Status : null);
                var requestId = c.RequestId ?? (Nearest(requestIdStarts, c.Start, HintWindow) is var r and >= 0 ? requestIds[r].Value : null);
                var (vendor, service) = (c.Vendor, c.Service);
                if (service is null && NearestHint(c.Start, vendor) is { } hint)
                {
                    (vendor, service) = (hint.Vendor, hint.Service);
                }
                // The message written with a code (<Message>, "message") lets a code we do not know still lead somewhere.
                var message = c.Kind is ExtractionKinds.Message or ExtractionKinds.HttpStatusLine
                    ? null
                    : Nearest(messageStarts, c.Start, MessageWindow) is var m and >= 0 ? Value(messages[m]) : null;
                result.Add(new ExtractedCode(Value(c), c.Start, c.Length, status, requestId, vendor, service, c.Kind)
                {
                    Message = message,
                    Operation = c.Operation,
                });
            }
            return new ExtractionResult(result, statuses, requestIds);
        }

        /// <summary>
        /// The nearest hint within the window (of the given vendor, if one is known), preferring one that names a
        /// service: an x-amz header may sit closer to the code than the host name that says which service answered.
        /// </summary>
        private Hint? NearestHint(int position, string? vendor)
        {
            Hint? best = null;
            var bestRank = (NoService: true, Distance: int.MaxValue);
            foreach (var hint in hints)
            {
                var distance = Math.Abs(hint.Position - position);
                if (distance > HintWindow || (vendor is not null && hint.Vendor != vendor))
                {
                    continue;
                }
                var rank = (NoService: hint.Service is null, Distance: distance);
                if (rank.CompareTo(bestRank) < 0)
                {
                    (best, bestRank) = (hint, rank);
                }
            }
            return best;
        }
    }

    /// <summary>Index of the sorted position nearest to <paramref name="position"/> within the window, or -1.</summary>
    private static int Nearest(int[] sortedPositions, int position, int window)
    {
        if (sortedPositions.Length == 0)
        {
            return -1;
        }
        var index = Array.BinarySearch(sortedPositions, position);
        if (index >= 0)
        {
            return index;
        }
        var after = ~index;
        var before = after - 1;
        var best = -1;
        var bestDistance = int.MaxValue;
        if (before >= 0 && position - sortedPositions[before] <= window)
        {
            (best, bestDistance) = (before, position - sortedPositions[before]);
        }
        if (after < sortedPositions.Length && sortedPositions[after] - position <= window && sortedPositions[after] - position < bestDistance)
        {
            best = after;
        }
        return best;
    }

    /// <summary>For a list sorted by start: true for each item at the same start as the one before (RemoveAll asks in order).</summary>
    private static Predicate<T> IsRepeatOfPrevious<T>(Func<T, int> start)
    {
        var previous = -1;
        return item =>
        {
            var repeat = start(item) == previous;
            previous = start(item);
            return repeat;
        };
    }

    private static bool IsCodeLike(ReadOnlySpan<char> code)
    {
        // librdkafka's local errors begin with an underscore (_TRANSPORT), scoped ESLint rules with an at sign
        // (@typescript-eslint/no-explicit-any).
        if (code.Length > MaxTokenLength || !(char.IsAsciiLetterOrDigit(code[0]) || (code[0] is '_' or '@' && code.Length > 1)))
        {
            return false;
        }
        for (var i = 0; i < code.Length; i++)
        {
            // A colon only in Ruby's Module::Class and between capitals, Mule's HTTP:CONNECTIVITY; a dollar sign in Java's
            // Outer$Inner; a slash in a plugin's rule (react-hooks/exhaustive-deps) and Firebase's auth/invalid-credential.
            var c = code[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' || (c is '$' or '/' && i > 0) || (c == '@' && i == 0)
                  || (c == ':' && ((i > 0 && code[i - 1] == ':') || (i + 1 < code.Length && code[i + 1] == ':')
                                   || (i > 0 && i + 1 < code.Length && char.IsAsciiLetterUpper(code[i - 1]) && char.IsAsciiLetterUpper(code[i + 1]))))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The service slug an SDK names: <c>AmazonEC2</c>, <c>Ec2</c> → <c>ec2</c>; <c>AWSSecurityTokenService</c> → <c>sts</c>.</summary>
    internal static string? AwsService(string name)
    {
        var slug = new string(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        foreach (var prefix in (string[])["amazon", "aws"])
        {
            if (slug.Length > prefix.Length && slug.StartsWith(prefix, StringComparison.Ordinal))
            {
                slug = slug[prefix.Length..];
            }
        }
        slug = slug switch
        {
            "securitytokenservice" => "sts",
            "identitymanagement" => "iam",
            "dynamodbv2" => "dynamodb",
            "executeapi" or "apigatewayv2" => "apigateway",
            "elasticcontainerregistry" => "ecr",
            _ => slug,
        };
        return slug.Length > 0 ? slug : null;
    }

    /// <summary><c>123456789012.dkr.ecr.us-east-1</c> → <c>ecr</c>; <c>d-abc.execute-api.us-east-1</c> → <c>apigateway</c>.</summary>
    private static string? AwsServiceFromHost(string[] labels)
    {
        for (var i = labels.Length - 1; i >= 0; i--)
        {
            var label = labels[i];
            if (AwsRegion.IsMatch(label) || label.All(char.IsAsciiDigit) || label is "dkr" or "api" or "fips" or "dualstack")
            {
                continue;
            }
            return AwsService(label);
        }
        return null;
    }

    /// <summary><c>ecs</c>, <c>ecs.cn-hangzhou</c>, <c>ecs-cn-hangzhou</c> → <c>ecs</c>.</summary>
    private static string? AlibabaService(string[] labels) =>
        labels.Length == 0 ? null : AlibabaRegionSuffix.Replace(labels[0], "") is { Length: > 0 } service ? service : null;
}
