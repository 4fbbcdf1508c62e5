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
/// Each shape has literal triggers so that a pattern whose keyword is absent does not scan at all.
/// </remarks>
public static class ErrorTextScanner
{
    /// <summary>At most this many codes are reported; a paste with more is a whole log file, not one error.</summary>
    public const int MaxCodes = 200;

    /// <summary>How far (in characters) a status, request ID or host name may be from a code to be attributed to it.</summary>
    private const int HintWindow = 3000;

    /// <summary>A message within this distance of a code belongs to that code and is not reported on its own.</summary>
    private const int MessageWindow = 800;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private const string Ws = @"[ \t\r\n]*";
    private const string CodeToken = @"[A-Za-z0-9][A-Za-z0-9_.\-]{0,127}";

    // Each shape: the kind it reports, its pattern (group "c" is the code), and literals one of which must occur.
    private static readonly Regex XmlCode = Pattern($@"<(?:Code|code|CODE|ErrorCode|errorCode)>{Ws}(?<c>{CodeToken}){Ws}</(?:Code|code|CODE|ErrorCode|errorCode)>");
    private static readonly Regex JsonCode = Pattern($@"""(?:code|Code|CODE|errorCode|ErrorCode|error_code|errorcode|decline_code)""{Ws}:{Ws}""(?<c>{CodeToken})""");
    private static readonly Regex AwsType = Pattern($@"""__type""{Ws}:{Ws}""(?:[^""#\\\r\n]{{0,200}}#)?(?<c>{CodeToken})""|[Xx]-[Aa]mzn-[Ee]rror[Tt]ype:[ \t]*(?<c>[A-Za-z][A-Za-z0-9_.]{{0,127}})");
    private static readonly Regex AwsCli = Pattern($@"(?:An|A client|A server) error (?:occurred )?\((?<c>{CodeToken})\) (?:occurred )?when calling the (?<op>[A-Za-z0-9]+) operation");
    private static readonly Regex SdkLog = Pattern(@"\((?<body>Service:[^()\r\n]{1,500})\)(?:[ \t]+(?<c>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*))?");
    private static readonly Regex Labelled = Pattern(@"\b(?:[Ee]rror[ _]?[Cc]ode|ERROR[ _]?CODE)[ \t]*[:=][ \t]*[""']?(?<c>[A-Za-z][A-Za-z0-9_.\-]{1,127})");
    private static readonly Regex Docker = Pattern(
        @"\b(?<c>TOOMANYREQUESTS|DENIED|UNAUTHORIZED|UNSUPPORTED|NAME_UNKNOWN|NAME_INVALID|MANIFEST_UNKNOWN|MANIFEST_INVALID|" +
        @"MANIFEST_BLOB_UNKNOWN|MANIFEST_UNVERIFIED|BLOB_UNKNOWN|BLOB_UPLOAD_INVALID|BLOB_UPLOAD_UNKNOWN|DIGEST_INVALID|" +
        @"SIZE_INVALID|TAG_INVALID|PAGINATION_NUMBER_INVALID|RANGE_INVALID):[ \t]");
    private static readonly Regex Ssl = Pattern(@"\[SSL(?::[ \t]*|_)(?<c>[A-Z][A-Z0-9_]{2,63})\]");
    private static readonly Regex ChromeNet = Pattern(@"(?:net::)?(?<c>\bERR_[A-Z0-9_]{3,80})\b");
    private static readonly Regex StatusLine = Pattern(@"\bHTTP(?:/[0-9](?:\.[0-9])?)?(?:[ \t]*:)?[ \t]+(?<s>[1-5][0-9]{2})\b");
    private static readonly Regex SqlState = Pattern(
        @"\b(?:SQLSTATE|SQL state|SqlState|sqlstate|SQL State)[ \t]*[:=]?[ \t]*[\[(]?(?<c>[0-9]{2}[0-9A-Z]{3})\b" +
        @"|PostgresException[^:\r\n]{0,40}:[ \t]*(?<c>[0-9]{2}[0-9A-Z]{3}):");
    private static readonly Regex ProblemType = Pattern($@"""type""{Ws}:{Ws}""(?<u>(?:https?://|urn:|/)[^""\\ \t\r\n]{{1,300}})""");
    private static readonly Regex JsonStatus = Pattern($@"""status""{Ws}:{Ws}""(?<c>[A-Z][A-Z0-9_]{{2,63}})""");
    private static readonly Regex JsonReason = Pattern($@"""reason""{Ws}:{Ws}""(?<c>[A-Za-z][A-Za-z0-9_.\-]{{1,127}})""");

    private static readonly Regex JsonMessage = Pattern($@"""(?:message|Message|errorMessage|error_message|error_description)""{Ws}:{Ws}""(?<m>[^""\\\r\n]{{3,300}})""");
    private static readonly Regex XmlMessage = Pattern(@"<Message>(?<m>[^<]{3,300})</Message>");
    private static readonly Regex LineMessage = Pattern(@"(?m)^[ \t]*(?:Error|ERROR|error)(?: response from daemon)?:[ \t]+(?<m>[^\r\n]{8,200})");

    private static readonly Regex Status = Pattern(
        @"(?:status[ _]?code|""status""|""code""|""http_?status(?:_?code)?""|http[ _]status(?:[ _]code)?|\bstatus)""?[ \t]*[:=]?[ \t]*""?(?<s>[1-5][0-9]{2})\b" +
        @"|\b(?<s>[1-5][0-9]{2})[ \t]*:?[ \t]+(?:Too Many Requests|Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|" +
        @"Request Timeout|Payload Too Large|Unprocessable (?:Entity|Content)|Precondition Failed|Internal Server Error|Bad Gateway|" +
        @"Service Unavailable|Gateway Timeout|Limit Exceeded)\b",
        ignoreCase: true);
    private static readonly Regex XmlRequestId = Pattern(@"<Request(?:Id|ID)>[ \t\r\n]*(?<r>[A-Za-z0-9][A-Za-z0-9_\-]{3,127})[ \t\r\n]*</Request(?:Id|ID)>");
    private static readonly Regex LabelledRequestId = Pattern(
        @"(?:x-amzn-requestid|x-amz-request-id|x-acs-request-id|x-request-id|request[ _-]?id)""?[ \t]*[:=][ \t]*""?(?<r>[A-Za-z0-9][A-Za-z0-9_\-]{3,127})",
        ignoreCase: true);

    private static readonly Regex Host = Pattern(
        @"(?<h>(?:[a-z0-9][a-z0-9\-]{0,62}\.){0,8})(?<d>amazonaws\.com(?:\.cn)?|aliyuncs\.com|googleapis\.com|stripe\.com)",
        ignoreCase: true);
    private static readonly Regex Ec2Errors = Pattern(@"<Response>[ \t\r\n]*<Errors>");
    private static readonly Regex AwsCommand = Pattern(@"\baws[ \t]+(?<s>[a-z0-9][a-z0-9\-]{1,40})[ \t]+[a-z]");
    private static readonly Regex AwsHeader = Pattern(@"\bx-amzn?-[a-z]", ignoreCase: true);
    private static readonly Regex AwsRegion = Pattern(@"^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-[0-9]+$");
    private static readonly Regex AlibabaRegionSuffix = Pattern(@"-(?:cn|ap|us|eu|me|rus|na)-[a-z0-9\-]+$");

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
        string? Vendor = null, string? Service = null);

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
        private void Each(Regex regex, Action<Match> onMatch, int limit = MaxCodes * 4)
        {
            try
            {
                var count = 0;
                for (var match = regex.Match(text); match.Success && count < limit; match = match.NextMatch(), count++)
                {
                    onMatch(match);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // The second guard of the linear-time promise: give up on this shape, not on the paste.
            }
        }

        public void FindHints()
        {
            if (Has("amazonaws.com", "aliyuncs.com", "googleapis.com", "stripe.com"))
            {
                Each(Host, m =>
                {
                    var labels = m.Groups["h"].Value.TrimEnd('.').ToLowerInvariant()
                        .Split('.', StringSplitOptions.RemoveEmptyEntries);
                    var domain = m.Groups["d"].Value.ToLowerInvariant();
                    var hint = domain switch
                    {
                        "aliyuncs.com" => new Hint(m.Index, "alibaba-cloud", AlibabaService(labels)),
                        "googleapis.com" => new Hint(m.Index, "google-cloud", labels.Length > 0 && labels[0] != "www" ? labels[0] : null),
                        "stripe.com" => new Hint(m.Index, "stripe", null),
                        _ => new Hint(m.Index, "aws", AwsServiceFromHost(labels)),
                    };
                    hints.Add(hint);
                });
            }
            if (Has("<Errors>"))
            {
                Each(Ec2Errors, m => hints.Add(new Hint(m.Index, "aws", "ec2")));
            }
            if (Has("aws "))
            {
                Each(AwsCommand, m => hints.Add(new Hint(m.Index, "aws", AwsService(m.Groups["s"].Value))));
            }
            if (Has("x-amz"))
            {
                Each(AwsHeader, m => hints.Add(new Hint(m.Index, "aws", null)));
            }
        }

        public void FindStatuses()
        {
            if (Has("HTTP"))
            {
                Each(StatusLine, m => AddStatus(m.Groups["s"]));
            }
            if (Has("status", "code", "Request", "Unauthorized", "Forbidden", "Found", "Allowed", "Conflict", "Large", "Entity", "Content",
                    "Failed", "Error", "Gateway", "Unavailable", "Exceeded"))
            {
                Each(Status, m => AddStatus(m.Groups["s"]));
            }
            statuses.Sort((a, b) => a.Start.CompareTo(b.Start));
            statuses.RemoveAll(IsRepeatOfPrevious(statuses, s => s.Start));
        }

        private void AddStatus(Group group) => statuses.Add(new FoundStatus(int.Parse(group.ValueSpan, provider: null), group.Index, group.Length));

        public void FindRequestIds()
        {
            if (Has("<RequestId>"))
            {
                Each(XmlRequestId, m => AddRequestId(m.Groups["r"]));
            }
            if (Has("request"))
            {
                Each(LabelledRequestId, m => AddRequestId(m.Groups["r"]));
            }
            requestIds.Sort((a, b) => a.Start.CompareTo(b.Start));
            requestIds.RemoveAll(IsRepeatOfPrevious(requestIds, r => r.Start));
        }

        private void AddRequestId(Group group) => requestIds.Add(new FoundRequestId(group.Value, group.Index, group.Length));

        public void FindCodes()
        {
            // In priority order: when two shapes report the same code at the same place, the first (more specific) wins.
            if (Has("(Service:"))
            {
                Each(SdkLog, AddSdkLog);
            }
            if (Has("when calling the"))
            {
                Each(AwsCli, m => AddCode(ExtractionKinds.AwsCli, m.Groups["c"], 0, vendor: "aws"));
            }
            if (Has("__type", "x-amzn-errortype"))
            {
                Each(AwsType, m => AddCode(ExtractionKinds.AwsType, m.Groups["c"], 1, vendor: "aws"));
            }
            if (Has("code>"))
            {
                // EC2's <Response><Errors> wrapper names the service through a hint (FindHints), like a host name would.
                Each(XmlCode, m => AddCode(ExtractionKinds.XmlCode, m.Groups["c"], 2));
            }
            if (Has("code\""))
            {
                Each(JsonCode, m => AddCode(ExtractionKinds.JsonCode, m.Groups["c"], 2));
            }
            if (Has("sqlstate", "sql state", "PostgresException"))
            {
                Each(SqlState, m => AddCode(ExtractionKinds.SqlState, m.Groups["c"], 2, vendor: "postgresql", service: "sqlstate"));
            }
            if (Has("HTTP"))
            {
                Each(StatusLine, m =>
                {
                    var group = m.Groups["s"];
                    AddCode(ExtractionKinds.HttpStatusLine, group, 3, status: int.Parse(group.ValueSpan, provider: null), vendor: "http", service: "status");
                });
            }
            if (Has("\"type\""))
            {
                Each(ProblemType, AddProblemType);
            }
            if (Has("[SSL"))
            {
                Each(Ssl, m => AddCode(ExtractionKinds.Ssl, m.Groups["c"], 3));
            }
            if (Has("ERR_"))
            {
                Each(ChromeNet, m => AddCode(ExtractionKinds.ChromeNet, m.Groups["c"], 3));
            }
            if (Has(": "))
            {
                Each(Docker, m => AddCode(ExtractionKinds.Docker, m.Groups["c"], 3));
            }
            if (Has("\"status\""))
            {
                Each(JsonStatus, m => AddCode(ExtractionKinds.JsonStatus, m.Groups["c"], 4));
            }
            if (Has("\"reason\""))
            {
                Each(JsonReason, m => AddCode(ExtractionKinds.JsonReason, m.Groups["c"], 4));
            }
            if (Has("code"))
            {
                Each(Labelled, m => AddCode(ExtractionKinds.Labelled, m.Groups["c"], 5));
            }
        }

        public void FindMessages()
        {
            if (Has("message", "error_description"))
            {
                Each(JsonMessage, m => AddMessage(m.Groups["m"]));
            }
            if (Has("<Message>"))
            {
                Each(XmlMessage, m => AddMessage(m.Groups["m"]));
            }
            if (Has("error"))
            {
                Each(LineMessage, m => AddMessage(m.Groups["m"]));
            }
        }

        private void AddSdkLog(Match m)
        {
            // "(Service: AmazonEC2; Status Code: 400; Error Code: InvalidInstanceID.NotFound; Request ID: …)" (SDK for Java 1.x)
            // or "(Service: Ec2, Status Code: 503, Request ID: …) RequestLimitExceeded" (2.x): fields in any order.
            var body = m.Groups["body"];
            string? service = null, requestId = null;
            int? status = null;
            (int Start, int Length)? code = null;
            var segmentStart = body.Index;
            var end = body.Index + body.Length;
            while (segmentStart < end)
            {
                var segmentEnd = text.IndexOfAny([';', ','], segmentStart, end - segmentStart);
                if (segmentEnd < 0)
                {
                    segmentEnd = end;
                }
                var colon = text.IndexOf(':', segmentStart, segmentEnd - segmentStart);
                if (colon > 0)
                {
                    var key = text[segmentStart..colon].Trim().Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
                    var (valueStart, valueLength) = Trim(colon + 1, segmentEnd - colon - 1);
                    var value = text.Substring(valueStart, valueLength);
                    switch (key)
                    {
                        case "service":
                            service = AwsService(value);
                            break;
                        case "statuscode" when int.TryParse(value, out var parsed) && parsed is >= 100 and <= 599:
                            status = parsed;
                            break;
                        case "errorcode" when valueLength > 0:
                            code = (valueStart, valueLength);
                            break;
                        case "requestid" when valueLength > 0:
                            requestId = value;
                            break;
                    }
                }
                segmentStart = segmentEnd + 1;
            }

            if (code is null && m.Groups["c"] is { Success: true } trailing)
            {
                code = (trailing.Index, trailing.Length);
            }
            if (code is { } found)
            {
                AddCode(ExtractionKinds.SdkLog, found.Start, found.Length, 0, status, requestId, "aws", service);
            }
            hints.Add(new Hint(m.Index, "aws", service));
        }

        private void AddProblemType(Match m)
        {
            // RFC 9457: the type URI names the problem; its last path segment is the code (our own URIs are /codes/{vendor}/{service}/{code}).
            var uri = m.Groups["u"];
            var value = uri.Value;
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
            if (start >= end || value.AsSpan(start, end - start).Equals("blank", StringComparison.OrdinalIgnoreCase))
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
            AddCode(ExtractionKinds.ProblemType, uri.Index + start, end - start, 3, null, null, vendor, service);
        }

        private void AddCode(string kind, Group group, int priority, int? status = null, string? vendor = null, string? service = null) =>
            AddCode(kind, group.Index, group.Length, priority, status, null, vendor, service);

        private void AddCode(string kind, int start, int length, int priority, int? status, string? requestId, string? vendor, string? service)
        {
            // A code written at the end of a sentence ("… error code: Foo.") does not own the full stop.
            while (length > 0 && text[start + length - 1] is '.' or '-')
            {
                length--;
            }
            if (length == 0 || codes.Count >= MaxCodes * 4 || !IsCodeLike(text.AsSpan(start, length)))
            {
                return;
            }
            codes.Add(new Candidate(kind, start, length, priority, status, requestId, vendor, service));
        }

        private void AddMessage(Group group)
        {
            var (start, length) = Trim(group.Index, group.Length);
            if (length >= 3 && messages.Count < MaxCodes)
            {
                messages.Add(new Candidate(ExtractionKinds.Message, start, length, 9));
            }
        }

        private (int Start, int Length) Trim(int start, int length)
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
            return (start, length);
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
                if (previous?.Start == message.Start || Nearest(codeStarts, message.Start, MessageWindow) >= 0)
                {
                    continue;
                }
                all.Add(message);
                previous = message;
            }
            all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Priority.CompareTo(b.Priority));

            hints.Sort((a, b) => a.Position.CompareTo(b.Position));
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
                result.Add(new ExtractedCode(text.Substring(c.Start, c.Length), c.Start, c.Length, status, requestId, vendor, service, c.Kind));
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

    private static Predicate<T> IsRepeatOfPrevious<T>(List<T> sorted, Func<T, int> start)
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
        if (code.Length > 128 || !char.IsAsciiLetterOrDigit(code[0]))
        {
            return false;
        }
        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
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
