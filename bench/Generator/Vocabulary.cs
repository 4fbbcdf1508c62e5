namespace KnowledgeBase.Bench;

/// <summary>What a kind of failure looks like: how codes name it, its category, retry verdict, statuses and messages.</summary>
/// <param name="Pascal">The words in a PascalCase code (<c>NotFound</c>).</param>
/// <param name="Prefix">Whether the words come before the resource (<c>InvalidSnapshotId</c>) rather than after it.</param>
/// <param name="Words">The words as prose and in full-text queries (<c>not found</c>).</param>
/// <param name="Messages">Message templates; <c>{0}</c> is the resource in prose, <c>{1}</c> an identifier.</param>
public sealed record Condition(
    string Pascal,
    bool Prefix,
    string Words,
    string Category,
    string Retry,
    int[] Statuses,
    string[] Messages);

/// <summary>The fixed word lists the corpus is built from. Made-up vendors; generic cloud vocabulary.</summary>
public static class Vocabulary
{
    public static readonly string[] VendorStems =
    [
        "Aero", "Bluefin", "Cirrus", "Delta", "Ember", "Flux", "Granite", "Helio", "Iris", "Juno", "Kite", "Lumen", "Mosaic",
        "Nova", "Orbit", "Pinecone", "Quartz", "Rune", "Sable", "Tidal", "Umber", "Vertex", "Willow", "Xenon", "Yarrow",
        "Zephyr", "Atlas", "Beacon", "Cobalt", "Dune", "Echo", "Fjord", "Glacier", "Harbor", "Indigo", "Jasper", "Krypton",
        "Lagoon", "Meridian", "Nimbus", "Onyx", "Prism", "Quill", "Redwood", "Summit", "Talon", "Ultra", "Vortex", "Wren",
        "Zenith", "Aurora", "Basalt", "Cedar", "Drift",
    ];

    public static readonly string[] VendorSuffixes = ["Cloud", "Labs", "Systems", "Networks", "Data", "Pay", "Stack", "Works", "Hub", "IO"];

    public static readonly string[] ServiceNames =
    [
        "Compute", "Object Storage", "Block Storage", "DNS", "CDN", "Identity", "Key Management", "Queue", "Pub Sub",
        "Functions", "Containers", "Kubernetes", "Registry", "Database", "Cache", "Search", "Monitoring", "Logging",
        "Billing", "Payments", "Messaging", "Email", "SMS", "Maps", "Analytics", "Machine Learning", "Load Balancer",
        "VPN", "Firewall", "Secrets", "Backup", "Streaming", "Workflow", "Scheduler", "API Gateway", "Directory",
        "Notifications", "Video", "Translation", "Speech", "IoT Hub", "Edge", "Data Warehouse", "ETL", "Feature Flags",
        "Webhooks", "Auth", "Files", "Git Hosting", "CI", "Certificates", "Domains", "Marketplace", "Support",
    ];

    public static readonly string[] Nouns =
    [
        "Instance", "Volume", "Snapshot", "Bucket", "Object", "Key", "Policy", "Role", "User", "Group", "Token", "Certificate",
        "Subnet", "Network", "Gateway", "Route", "Table", "Index", "Stream", "Queue", "Topic", "Message", "Function",
        "Layer", "Cluster", "Node", "Pod", "Container", "Image", "Repository", "Build", "Pipeline", "Deployment", "Stack",
        "Template", "Parameter", "Secret", "Vault", "Domain", "Record", "Zone", "Endpoint", "Listener", "Target", "Rule",
        "Alarm", "Metric", "Dashboard", "Job", "Task", "Schedule", "Workflow", "Session", "Connection", "Database",
        "Schema", "Backup", "Replica", "Account", "Project", "Region", "Quota", "Tag", "Address", "Interface", "Port",
        "License", "Plan", "Subscription", "Invoice", "Payment", "Order", "Device", "Firmware", "Channel", "Webhook",
        "Report", "Model", "Dataset", "Feature", "Experiment", "Namespace", "Signature", "Request", "Upload", "Partition",
        "Shard", "Lease", "Lock", "Filter", "Alias", "Origin", "Distribution", "Cache", "Resource", "Operation",
    ];

    public static readonly string[] Attributes =
    [
        "Id", "Name", "State", "Type", "Format", "Size", "Version", "Status", "Config", "Arn", "Length", "Value", "Count",
        "Range", "Owner", "Permission", "Class", "Mode", "Path", "Spec", "Attribute", "Encoding", "Checksum", "Period",
        "Window", "Tier", "Capacity", "Label", "Header", "Body", "Query", "Date",
    ];

    public static readonly Condition[] Conditions =
    [
        new("NotFound", false, "not found", "not-found", "not-retryable", [404, 400],
            ["The specified {0} does not exist.", "The {0} '{1}' was not found.", "No {0} matches the given identifier {1}.", "{0} {1} does not exist or was deleted."]),
        new("AlreadyExists", false, "already exists", "conflict", "not-retryable", [409, 400],
            ["A {0} with this name already exists.", "The {0} '{1}' already exists in this account.", "Cannot create {0}: the name {1} is taken."]),
        new("LimitExceeded", false, "limit exceeded", "quota", "not-retryable", [400, 429, 403],
            ["You have reached the maximum number of {0}s allowed.", "The {0} limit for this account has been exceeded.", "Too many {0}s: the limit is {1}."]),
        new("InUse", false, "in use", "conflict", "conditional", [409, 400],
            ["The {0} is in use and cannot be modified.", "The {0} '{1}' is currently attached to another resource.", "{0} {1} is still referenced."]),
        new("NotSupported", false, "not supported", "validation", "not-retryable", [400, 501],
            ["The requested {0} is not supported in this region.", "This operation is not supported for {0} {1}.", "This kind of {0} is not supported here."]),
        new("Invalid", true, "invalid", "validation", "not-retryable", [400],
            ["The {0} is invalid.", "The value '{1}' is not a valid {0}.", "Invalid {0}: check the format and try again.", "The {0} provided in the request is malformed."]),
        new("Missing", true, "missing", "validation", "not-retryable", [400],
            ["The required {0} is missing.", "The request must contain the parameter {1}.", "A {0} is required for this operation."]),
        new("Malformed", true, "malformed", "validation", "not-retryable", [400],
            ["The {0} could not be parsed.", "Malformed {0} near '{1}'.", "The {0} is not well-formed."]),
        new("Duplicate", true, "duplicate", "conflict", "not-retryable", [400, 409],
            ["The request contains a duplicate {0}.", "The {0} '{1}' appears more than once."]),
        new("Unavailable", false, "unavailable", "server", "retryable", [503],
            ["The {0} is temporarily unavailable.", "The service cannot reach the {0} right now. Try again later.", "{0} {1} is unavailable in this zone."]),
        new("Throttled", false, "throttled", "throttling", "retryable", [429, 503],
            ["Requests for this {0} are being throttled.", "Rate exceeded for {0} {1}.", "Too many requests. Slow down."]),
        new("AccessDenied", false, "access denied", "authorization", "not-retryable", [403],
            ["You are not authorized to access this {0}.", "Access to {0} {1} is denied.", "The caller does not have permission on the {0}."]),
        new("Expired", false, "expired", "authentication", "not-retryable", [401, 400],
            ["The {0} has expired.", "The {0} '{1}' expired and can no longer be used.", "Your {0} is past its expiry date."]),
        new("Conflict", false, "conflict", "conflict", "conditional", [409],
            ["The {0} was changed by another request.", "Conflicting update of {0} {1}.", "The {0} is being modified concurrently."]),
        new("Timeout", false, "timeout", "server", "retryable", [504, 408],
            ["The {0} did not respond in time.", "Timed out waiting for {0} {1}.", "The operation on the {0} timed out."]),
        new("Mismatch", false, "mismatch", "validation", "not-retryable", [400, 412],
            ["The {0} does not match the expected value.", "The {0} '{1}' does not match.", "{0} mismatch detected."]),
        new("Locked", false, "locked", "conflict", "conditional", [423, 409],
            ["The {0} is locked.", "The {0} {1} is locked by another operation."]),
        new("NotReady", false, "not ready", "consistency", "conditional", [409, 503],
            ["The {0} is not ready yet.", "The {0} '{1}' is still being created.", "Wait until the {0} is available."]),
        new("QuotaExceeded", false, "quota exceeded", "quota", "not-retryable", [429, 403],
            ["The {0} quota has been exceeded.", "Quota exceeded for {0} in this project.", "Your plan does not allow more {0}s."]),
        new("Unauthorized", false, "unauthorized", "authentication", "not-retryable", [401],
            ["The request is not authorized for this {0}.", "Missing or invalid credentials for {0} {1}."]),
        new("InternalError", false, "internal error", "server", "retryable", [500],
            ["An internal error occurred while processing the {0}.", "The server failed to process {0} {1}. Try again."]),
        new("Busy", false, "busy", "throttling", "retryable", [503, 429],
            ["The {0} is busy. Retry the request later.", "The {0} {1} is processing another request."]),
        new("TooLarge", false, "too large", "validation", "not-retryable", [413, 400],
            ["The {0} exceeds the maximum allowed size.", "The {0} is too large: {1} bytes."]),
        new("Deprecated", false, "deprecated", "client", "not-retryable", [410, 400],
            ["The {0} is deprecated and no longer available.", "This version of the {0} API was retired."]),
        new("Disabled", false, "disabled", "authorization", "not-retryable", [403],
            ["The {0} is disabled.", "The {0} '{1}' has been disabled by an administrator."]),
        new("IncorrectState", false, "incorrect state", "consistency", "conditional", [409, 400],
            ["The {0} is in a state that does not allow this operation.", "The current state of {0} {1} does not support this action."]),
    ];

    /// <summary>Codes nearly every service has, the ones looked up most.</summary>
    public static readonly (string Code, string Condition)[] CommonCodes =
    [
        ("AccessDenied", "AccessDenied"), ("Throttling", "Throttled"), ("InternalError", "InternalError"),
        ("ServiceUnavailable", "Unavailable"), ("InvalidParameter", "Invalid"), ("MissingParameter", "Missing"),
        ("RequestTimeout", "Timeout"), ("Unauthorized", "Unauthorized"), ("QuotaExceeded", "QuotaExceeded"),
        ("InvalidAction", "Invalid"),
    ];

    /// <summary>Members of dotted families (<c>InvalidParameter.IsNull</c>).</summary>
    public static readonly string[] Members =
    [
        "IsNull", "Malformed", "TooLong", "NotFound", "Conflict", "Unsupported", "OutOfRange", "Empty", "Duplicate",
        "Expired", "Mismatch", "Denied", "Exceeded", "Locked", "Pending", "NotReady", "Unavailable", "Forbidden",
    ];

    public static readonly string[] Placeholders = ["i-0a1b2c3d", "sg-1234", "prod-eu", "v2", "default", "42", "my-bucket", "arn:res/123", "ABC-7", "2026-01-01"];

    public static readonly string[] Actions = ["create", "update", "delete", "attach", "describe", "start", "stop", "list", "restore", "resize"];
}
