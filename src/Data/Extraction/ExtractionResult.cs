namespace KnowledgeBase.Data.Extraction;

/// <summary>
/// One error code (or, for <see cref="Kind"/> <c>message</c>, one error message without a code) found in pasted text.
/// <c>text.Substring(Start, Length) == Code</c> always holds: <see cref="Code"/> is the code as written.
/// </summary>
/// <param name="HttpStatus">The HTTP status written in the same response or log line, or nearest to it.</param>
/// <param name="RequestId">The request ID of the same response, or the nearest one.</param>
/// <param name="Vendor">Vendor hint (<c>aws</c>, <c>alibaba-cloud</c>, <c>http</c>, …) from the shape or a host name nearby.</param>
/// <param name="Service">Service hint (<c>ec2</c>, <c>ecr</c>, <c>ecs</c>, …) from the shape or a host name nearby.</param>
/// <param name="Kind">Which shape matched: <c>xml-code</c>, <c>json-code</c>, <c>json-sub-code</c>, <c>aws-type</c>, <c>aws-cli</c>, <c>sdk-log</c>,
/// <c>aws-go-sdk</c>, <c>labelled</c>, <c>docker</c>, <c>ssl</c>, <c>chrome-net</c>, <c>curl</c>, <c>mysql</c>, <c>sql-server</c>, <c>smtp</c>, <c>github-push</c>, <c>okta</c>,
/// <c>oracle</c>, <c>apache</c>, <c>clickhouse</c>, <c>snowflake</c>, <c>haproxy</c>, <c>envoy</c>, <c>rabbitmq</c>, <c>azure-devops</c>, <c>salesforce</c>, <c>vercel</c>, <c>google-maps</c>, <c>windows</c>, <c>entra-id</c>, <c>twilio</c>, <c>npm</c>,
/// <c>redis</c>, <c>cloudflare</c>, <c>discord</c>, <c>postmark</c>, <c>kubectl</c>, <c>slack</c>, <c>elasticsearch</c>, <c>mongodb</c>, <c>oauth</c>,
/// <c>exception-class</c>, <c>http-status-line</c>, <c>sqlstate</c>, <c>problem-type</c>,
/// <c>json-status</c>, <c>json-reason</c> or <c>message</c>.</param>
public sealed record ExtractedCode(
    string Code, int Start, int Length, int? HttpStatus, string? RequestId, string? Vendor, string? Service, string Kind)
{
    /// <summary>For a code: the error message written next to it (<c>&lt;Message&gt;</c>, <c>"message"</c>, an <c>Error:</c> line), if any.</summary>
    public string? Message { get; init; }

    /// <summary>The API operation the call failed in (the AWS CLI's <c>when calling the GetParameters operation</c>), if it says.</summary>
    public string? Operation { get; init; }

    public bool IsMessage => Kind == ExtractionKinds.Message;
}

/// <summary>An HTTP status written in the text (status line, <c>Status Code: 503</c>, <c>"status": 429</c>, …).</summary>
public sealed record FoundStatus(int Status, int Start, int Length);

/// <summary>A request ID written in the text (<c>&lt;RequestId&gt;</c>, <c>Request ID: …</c>, <c>x-amzn-RequestId: …</c>, …).</summary>
public sealed record FoundRequestId(string Value, int Start, int Length);

/// <summary>Everything a scan found, each list in order of appearance.</summary>
public sealed record ExtractionResult(
    IReadOnlyList<ExtractedCode> Codes,
    IReadOnlyList<FoundStatus> HttpStatuses,
    IReadOnlyList<FoundRequestId> RequestIds)
{
    public static ExtractionResult Empty { get; } = new([], [], []);

    public bool IsEmpty => Codes.Count == 0 && HttpStatuses.Count == 0 && RequestIds.Count == 0;
}

public static class ExtractionKinds
{
    public const string XmlCode = "xml-code";
    public const string JsonCode = "json-code";

    /// <summary>The specific error inside a response's general code (Alipay's <c>sub_code</c>): it comes first.</summary>
    public const string JsonSubCode = "json-sub-code";

    public const string JsonName = "json-name";
    public const string AwsType = "aws-type";
    public const string AwsCli = "aws-cli";
    public const string AwsGoSdk = "aws-go-sdk";
    public const string SdkLog = "sdk-log";
    public const string Labelled = "labelled";
    public const string Docker = "docker";
    public const string Ssl = "ssl";
    public const string ChromeNet = "chrome-net";
    public const string SqlAlchemy = "sqlalchemy";
    public const string Neo4j = "neo4j";
    public const string LibrdKafka = "librdkafka";
    public const string Dig = "dig";
    public const string FlyProxy = "fly-proxy";
    public const string AndroidInstall = "android-install";
    public const string Itms = "itms";
    public const string Rustc = "rustc";
    public const string TypeScript = "typescript";
    public const string Elixir = "elixir";
    public const string Mimir = "mimir";
    public const string OracleCloud = "oracle-cloud";
    public const string CheckoutCom = "checkout-com";
    public const string SparkErrorClass = "spark-error-class";
    public const string DotnetBuild = "dotnet-build";
    public const string Msvc = "msvc";
    public const string Bicep = "bicep";
    public const string Mule = "mule";
    public const string HapiFhir = "hapi-fhir";
    public const string ModSecurity = "modsecurity";
    public const string ArangoDb = "arangodb";
    public const string Odbc = "odbc";
    public const string MailReceiver = "mail-receiver";
    public const string PythonChecker = "python-checker";
    public const string EsLint = "eslint";
    public const string NatsJetStream = "nats-jetstream";
    public const string WindowsStop = "windows-stop";
    public const string Curl = "curl";
    public const string MySql = "mysql";
    public const string SqlServer = "sql-server";
    public const string Smtp = "smtp";
    public const string GitHubPush = "github-push";
    public const string Okta = "okta";
    public const string Oracle = "oracle";
    public const string Apache = "apache";
    public const string ClickHouse = "clickhouse";
    public const string Snowflake = "snowflake";
    public const string HaProxy = "haproxy";
    public const string Envoy = "envoy";
    public const string RabbitMq = "rabbitmq";
    public const string AzureDevOps = "azure-devops";
    public const string Azure = "azure";
    public const string Linkerd = "linkerd";
    public const string Db2 = "db2";
    public const string IbmMessage = "ibm-message";
    public const string Salesforce = "salesforce";
    public const string Vercel = "vercel";
    public const string GoogleMaps = "google-maps";
    public const string Windows = "windows";
    public const string EntraId = "entra-id";
    public const string Twilio = "twilio";
    public const string Npm = "npm";
    public const string Redis = "redis";
    public const string Cloudflare = "cloudflare";
    public const string Discord = "discord";
    public const string Postmark = "postmark";
    public const string Kubectl = "kubectl";
    public const string Slack = "slack";
    public const string Elasticsearch = "elasticsearch";
    public const string MongoDb = "mongodb";
    public const string OAuth = "oauth";
    public const string ExceptionClass = "exception-class";
    public const string HttpStatusLine = "http-status-line";
    public const string SqlState = "sqlstate";
    public const string Db2SqlCode = "db2-sqlcode";
    public const string ProblemType = "problem-type";
    public const string JsonStatus = "json-status";
    public const string JsonReason = "json-reason";
    public const string Message = "message";

    /// <summary>Not produced by the scanner: a status found without a code, resolved to its <c>http/status</c> entry.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>Not produced by the scanner: the error line of a paste with no shape we know, which the search found entries for.</summary>
    public const string SearchedLine = "searched-line";
}
