using System.Text.RegularExpressions;
using KnowledgeBase.Data.Entries;
using KnowledgeBase.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data.Extraction;

/// <summary>One thing found in pasted text, with the entries it resolves to (best first). A contract of the API: add, never rename.</summary>
public sealed record ExtractMatch(
    string Code,
    int Start,
    int Length,
    int? HttpStatus,
    string? RequestId,
    string? Vendor,
    string? Service,
    string Kind,
    IReadOnlyList<EntryDto> Entries,
    string? Message = null);

/// <summary>What <c>POST /api/v1/extract</c> and <c>/paste</c> answer: the matches in order of appearance and a one-line summary.</summary>
public sealed record ExtractResponse(
    IReadOnlyList<ExtractMatch> Matches,
    string Message,
    IReadOnlyList<int> HttpStatuses,
    IReadOnlyList<string> RequestIds);

/// <summary>
/// Resolves what <see cref="ErrorTextScanner"/> finds against the knowledge base: codes through <see cref="CodeLookup"/>
/// (a vendor hint from the same response narrows the candidates, a service or status hint ranks them), messages
/// without a code through the variant messages, and a status without a code to its <c>http/status</c> entry.
/// Text with none of these is searched: its error line's words and message against every entry's.
/// </summary>
public static class ErrorTextExtractor
{
    /// <summary>Entries shown per match: the best few, not every AWS service that has a ThrottlingException.</summary>
    public const int MaxEntriesPerMatch = 5;

    /// <summary>
    /// How many entries of a code its message may choose from before the first <see cref="MaxEntriesPerMatch"/> are
    /// kept: WeChat's 40001 comes after Alipay's, Discord's and PostgreSQL's, and its errmsg says it is WeChat's.
    /// </summary>
    private const int MaxCandidatesWeighed = 50;

    /// <summary>Matches resolved against the database; a paste with more is a log file, and each costs a query.</summary>
    public const int MaxResolvedMatches = 50;

    /// <summary>Shorter messages ("Error", "Failed") match too much to mean anything.</summary>
    private const int MinMessageLength = 6;

    private const string HttpVendor = "http";
    private const string StatusService = "status";

    private sealed record Candidate(string Vendor, string Service, string Code, long Id)
    {
        /// <summary>A code entry the search found (its vendor, service and code are set).</summary>
        public static Candidate Of(SearchResult entry) => new(entry.Vendor!, entry.Service!, entry.Code!, entry.Id);
    }

    public static async Task<ExtractResponse> ExtractAsync(
        KnowledgeBaseDbContext db, ICodeSearch search, string text, string baseUrl, CancellationToken cancellationToken)
    {
        var scan = ErrorTextScanner.Scan(text);
        var found = new List<(ExtractedCode Match, IReadOnlyList<Candidate> Candidates)>();
        var cache = new Dictionary<(string, string?, string?, int?, bool, string?), IReadOnlyList<Candidate>>();

        foreach (var match in scan.Codes.Take(MaxResolvedMatches))
        {
            var isClass = match.Kind == ExtractionKinds.ExceptionClass;
            var said = match.Kind == ExtractionKinds.Kubectl ? KubectlMessage(text, match) : null;
            var key = (match.IsMessage ? match.Code.ToLowerInvariant() : match.Code, match.Vendor, match.Service, match.HttpStatus, match.IsMessage,
                isClass ? match.Message : said ?? match.Operation);
            if (!cache.TryGetValue(key, out var candidates))
            {
                candidates = match.IsMessage
                    ? await FindByMessageAsync(db, match.Code, match.Vendor, match.Service, cancellationToken)
                    : await FindByCodeAsync(db, match.Kind == ExtractionKinds.Db2SqlCode ? Db2MessageId(match.Code) : match.Code,
                        match.Vendor, match.Service, match.HttpStatus, cancellationToken, strictVendor: isClass, limit: MaxCandidatesWeighed);
                // A code many services share is the one of the service the failed operation belongs to: GetParameters
                // is Systems Manager's, and so is its ThrottlingException, though CloudWatch Logs' has the same message.
                var operationService = match is { Operation: { } operation, Vendor: { } operationVendor }
                    ? await ServiceOfOperationAsync(db, operation, operationVendor, candidates, cancellationToken)
                    : null;
                if (operationService is not null)
                {
                    candidates = [.. candidates.OrderByDescending(c => c.Service == operationService)];
                }
                // A vendor's message with its values in it is the one of that vendor's it fills: Telegram's "Too Many
                // Requests: retry after 35" is TooManyRequests' "Too Many Requests: retry after …".
                if (match.IsMessage && candidates.Count == 0 && match.Vendor is { } messageVendor)
                {
                    candidates = await FindByFilledMessageAsync(db, match.Code, [messageVendor], cancellationToken);
                }
                // An exception class is often generic, and its message says which of its vendor's errors it is:
                // Kafka's "TimeoutException: Topic … not present in metadata after … ms." is TopicNotInMetadata's message.
                // Some messages name their class: "OutOfMemoryError: Java heap space" is JavaHeapSpace's.
                if (isClass && match.Vendor is { } classVendor && match.Message is { } classMessage)
                {
                    var byMessage = await FindByFilledMessageAsync(db, $"{match.Code}: {classMessage}", VendorsThrowing(classVendor), cancellationToken);
                    // A class that carries the operating system's text (.NET's IOException: "The handle is invalid.",
                    // with " : 'path'" after it) is the system's error that only one entry words so.
                    if (byMessage.Count == 0
                        && await FindByMessageAsync(db, WithoutDotnetPath(classMessage), null, null, cancellationToken, exactOnly: true) is [var only])
                    {
                        byMessage = [only];
                    }
                    candidates = byMessage.Concat(candidates).DistinctBy(c => c.Id).ToList();
                }
                // Elasticsearch's types are broad (illegal_argument_exception), and the reason beside one may be the
                // message of an entry of its own: "Limit of mapping depth [20] has been exceeded …" is MappingDepthLimitExceeded.
                else if (match.Kind == ExtractionKinds.Elasticsearch && match.Message is { } reason)
                {
                    var byReason = await FindByFilledMessageAsync(db, reason, [match.Vendor!], cancellationToken);
                    candidates = byReason.Concat(candidates).DistinctBy(c => c.Id).ToList();
                }
                // kubectl's reason (Forbidden, BadRequest) only classes the error, and the words after it are often
                // another program's: "admission webhook "validation.gatekeeper.sh" denied the request: [must-have-probes]
                // Container <api> …" is a Gatekeeper constraint's. The entries whose own message they are go first.
                else if (said is not null)
                {
                    var searched = await search.SearchAsync(new SearchQuery(said, Limit: MaxEntriesPerMatch), cancellationToken);
                    var byMessage = searched.Results
                        .Where(r => r is { Kind: "code", Tier: "message", Vendor: not null, Service: not null, Code: not null })
                        .Select(Candidate.Of);
                    candidates = byMessage.Concat(candidates).DistinctBy(c => c.Id).ToList();
                }
                // A code several services have (AWS's AccessDeniedException) is the one whose message it came with:
                // "You don't have access to the model with the specified model ID." is Bedrock's, and "Collection:…
                // not found!" Rekognition's ResourceNotFoundException, though a dozen services come before it by name.
                // So is an entry of one of those services that the code's message is: CloudFormation answers "Circular
                // dependency between resources: […]" as a ValidationError, and CircularDependency says what it is.
                else if (!match.IsMessage && candidates.Count > 1 && match.Vendor is { } codeVendor && match.Message is { } codeMessage)
                {
                    var byMessage = (await FindByFilledMessageAsync(db, codeMessage, [codeVendor], cancellationToken))
                        .Where(m => candidates.Any(c => c.Id == m.Id || c.Service == m.Service) || m.Code.Equals(match.Code, StringComparison.OrdinalIgnoreCase))
                        .Where(m => operationService is null || m.Service == operationService)
                        .ToList();
                    candidates = byMessage.Concat(candidates).DistinctBy(c => c.Id).ToList();
                }
                // A number several vendors use (Telnyx's and Sinch's 40300) is the one whose message came with it:
                // "Messages cannot be sent from +1555… to +1555… due to an existing block rule." fills Telnyx's.
                else if (!match.IsMessage && match.Vendor is null && candidates.Count > 1 && match.Message is { } sharedCodeMessage
                         && await FindByFilledMessageAsync(db, sharedCodeMessage, [], cancellationToken, among: candidates.Select(c => c.Id).ToList()) is { Count: > 0 } filled)
                {
                    candidates = filled.Concat(candidates).DistinctBy(c => c.Id).ToList();
                }
                // A code every OAuth server answers (invalid_grant), with a description only one entry words so: that
                // entry comes first, whatever its code (Keycloak's "Invalid user credentials"). A description several
                // entries share ("Access Denied") says nothing about which. So is Redis' ERR, which every server that
                // speaks its protocol replies with (Upstash's "ERR DB capacity quota exceeded").
                else if (!match.IsMessage && (match.Vendor is null ? candidates.Count > 1 : match.Kind == ExtractionKinds.Redis) && match.Message is { } description
                         && await FindByMessageAsync(db, description, null, null, cancellationToken, exactOnly: true) is [var only])
                {
                    candidates = candidates.Prepend(only).DistinctBy(c => c.Id).ToList();
                }
                // A code we do not know under that name (API Gateway's MissingAuthenticationTokenException) may still
                // carry a message we know.
                if (candidates.Count == 0 && match.Message is { } message)
                {
                    candidates = await FindByMessageAsync(db, message, match.Vendor, match.Service, cancellationToken);
                }
                // The message rules above weighed up to MaxCandidatesWeighed entries; a match shows the best few.
                candidates = candidates.Take(MaxEntriesPerMatch).ToList();
                cache[key] = candidates;
            }
            // A message is only a guess at an error; one that names no entry is noise, while an unknown code is still news.
            // So is an exception class we have no entry for (java.lang.NullPointerException is no API's error code), and
            // a JSON "name" ("name": "user_id" may be anything's), and a word shaped like IBM's message IDs (ABC123I).
            if ((match.IsMessage || match.Kind is ExtractionKinds.ExceptionClass or ExtractionKinds.JsonName or ExtractionKinds.IbmMessage) && candidates.Count == 0)
            {
                continue;
            }
            // The same code printed twice to the same end (Azure's "(AuthorizationFailed) …" and "Code: AuthorizationFailed"
            // under it, LiteLLM's class in its own message) is one match, and so are two messages of the same entries
            // (ServiceNow's "User Not Authenticated" with its detail "Required to provide Auth information").
            if (found.Any(f => (f.Match.Code == match.Code || (f.Match.IsMessage && match.IsMessage))
                               && f.Candidates.Select(c => c.Id).SequenceEqual(candidates.Select(c => c.Id))))
            {
                continue;
            }
            found.Add((match, candidates));
        }

        foreach (var status in BareStatuses(scan, found))
        {
            var code = status.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidates = await FindByCodeAsync(db, code, HttpVendor, StatusService, status.Status, cancellationToken);
            var requestId = scan.RequestIds.MinBy(r => Math.Abs(r.Start - status.Start))?.Value;
            found.Add((new ExtractedCode(code, status.Start, status.Length, status.Status, requestId, HttpVendor, StatusService, ExtractionKinds.HttpStatus),
                candidates));
        }

        // No shape we know (a kubectl event, a message some tool printed on its own): the search compares the error
        // line with every entry's words and messages, so a tool asking the API learns what /paste shows. After an
        // exception class none of whose vendor's entries has that name, its message is the error line; so is a
        // message field whose values kept it from naming an entry (Karpenter's "message": "could not schedule pod,
        // incompatible with nodepool \"default\", …"), and the line around it is searched when it finds nothing. A
        // status in the line is no answer on its own: Gin's "Headers were already written. Wanted to override status
        // code 400 with 200" is Gin's warning, and only says 400 in passing. Nor is a code we do not know: Mailchimp's
        // problem type names no error ("…/docs/errors/"), while its detail is MemberExists' message.
        if (found.All(f => f.Match.Kind == ExtractionKinds.HttpStatus || f.Candidates.Count == 0))
        {
            var statusEntries = found.SelectMany(f => f.Candidates).Select(c => c.Id).ToHashSet();
            foreach (var line in new[] { ClassMessage(scan, text) ?? FieldMessage(scan), ErrorLine(text) }.OfType<SearchedText>().DistinctBy(l => l.Query))
            {
                var candidates = await SearchLineAsync(search, line, statusEntries, cancellationToken);
                if (candidates.Count > 0)
                {
                    var requestId = scan.RequestIds.FirstOrDefault()?.Value;
                    found.Add((new ExtractedCode(line.Query, line.Start, line.Length, null, requestId, null, null, ExtractionKinds.SearchedLine), candidates));
                    break;
                }
            }
        }

        var ids = found.SelectMany(f => f.Candidates).Select(c => c.Id).Distinct().ToList();
        var entries = (await EntryReader.LoadAsync(db, ids, baseUrl, cancellationToken))
            .ToDictionary(e => (e.Vendor, e.Service, e.Code));

        // A response's specific code (Alipay's sub_code ACQ.TRADE_NOT_EXIST, HAPI FHIR's HAPI-1094 in an OperationOutcome
        // of the issue type "processing") says more than its general one (40004), and a code more than the status line
        // before it (RingCentral's "HTTP 401 {"errorCode" : "AGW-401", …}"); a message only says as much ("Too Many Requests").
        var codeFound = found.Any(f => !f.Match.IsMessage && f.Match.Kind is not (ExtractionKinds.HttpStatusLine or ExtractionKinds.SearchedLine) && f.Candidates.Count > 0);
        var matches = found
            .OrderBy(f => f.Match.Kind switch
            {
                ExtractionKinds.JsonSubCode or ExtractionKinds.HapiFhir => 0,
                ExtractionKinds.HttpStatusLine when codeFound => 2,
                _ => 1,
            })
            .ThenBy(f => f.Match.Start)
            .Select(f => new ExtractMatch(
                f.Match.Code, f.Match.Start, f.Match.Length, f.Match.HttpStatus, f.Match.RequestId, f.Match.Vendor, f.Match.Service, f.Match.Kind,
                f.Candidates.Select(c => entries.GetValueOrDefault((c.Vendor, c.Service, c.Code))).OfType<EntryDto>().ToList(),
                f.Match.Message))
            .ToList();

        return new ExtractResponse(
            matches,
            Summarize(matches, scan),
            scan.HttpStatuses.Select(s => s.Status).Distinct().ToList(),
            scan.RequestIds.Select(r => r.Value).Distinct().ToList());
    }

    /// <summary>What kubectl prints after its reason, to the line's end: <c>Error from server (Forbidden): error when creating "deploy.yaml": …</c>.</summary>
    private static string? KubectlMessage(string text, ExtractedCode match)
    {
        var start = match.Start + match.Length;
        if (!text.AsSpan(start).StartsWith("): ", StringComparison.Ordinal))
        {
            return null;
        }
        start += "): ".Length;
        var end = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
        var said = ParsedQuery.Clean(text[start..end]);
        return said.Length >= MinFilledMessageLength ? said : null;
    }

    /// <summary>The message without the path .NET's IO exceptions add to the system's text: "The directory is not empty. : 'C:\bin'".</summary>
    private static string WithoutDotnetPath(string message) =>
        message.LastIndexOf(" : '", StringComparison.Ordinal) is > 0 and var at && message.EndsWith('\'') ? message[..at] : message;

    /// <summary>
    /// The message ID Db2 documents a SQLCODE under: <c>-302</c> is <c>SQL0302N</c> (an error), <c>+100</c> is
    /// <c>SQL0100W</c> (a warning), and five digits stay five (<c>-30081</c> is <c>SQL30081N</c>).
    /// </summary>
    internal static string Db2MessageId(string sqlCode)
    {
        var number = int.Parse(sqlCode.TrimStart('+', '-'), System.Globalization.CultureInfo.InvariantCulture);
        return $"SQL{number:D4}{(sqlCode.StartsWith('-') ? 'N' : 'W')}";
    }

    /// <param name="strictVendor">The vendor is certain (an exception class's namespace): another vendor's entry of
    /// the same name is another error, unless its programs throw the class (<see cref="VendorsThrowing"/>).
    /// redis.exceptions.ConnectionError is not requests' ConnectionError.</param>
    private static async Task<IReadOnlyList<Candidate>> FindByCodeAsync(
        KnowledgeBaseDbContext db, string code, string? vendor, string? service, int? status, CancellationToken cancellationToken,
        bool strictVendor = false, int limit = MaxEntriesPerMatch)
    {
        var matches = await CodeLookup.FindAsync(db, code, new LookupFilter(), cancellationToken);

        // A hint narrows only when it names something that exists: "aws" keeps the AWS entries of a code shared with
        // Alibaba Cloud, while a vendor we have no entries for (a Google reason) leaves every candidate in, except
        // another vendor's family: SMTP's dsn=5.4.6 is no member of curl's exit code 5.
        var pool = vendor is null ? matches
            : strictVendor && VendorsThrowing(vendor) is var throwing ? matches.Where(m => throwing.Contains(m.Vendor))
            : matches.Any(m => m.Vendor == vendor) ? matches.Where(m => m.Vendor == vendor)
            : matches.Where(m => m.Kind != MatchKind.Family);
        return pool
            .Select((m, index) => (Match: m, Index: index))
            .OrderBy(x => x.Match.Kind)
            .ThenByDescending(x => service is not null && x.Match.Service == service)
            .ThenByDescending(x => status is not null && x.Match.HttpStatus == status)
            .ThenBy(x => x.Index)
            .Take(limit)
            .Select(x => new Candidate(x.Match.Vendor, x.Match.Service, x.Match.Code, x.Match.Id))
            .ToList();
    }

    /// <summary>
    /// The service among the candidates' that <paramref name="operation"/> belongs to: the one whose entries name it
    /// most (Systems Manager's name GetParameters, CloudFormation's DescribeStacks). None when the candidates are of
    /// one service, no entry names it, or two services name it as often.
    /// </summary>
    private static async Task<string?> ServiceOfOperationAsync(
        KnowledgeBaseDbContext db, string operation, string vendor, IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        var services = candidates.Select(c => c.Service).Distinct().ToList();
        if (services.Count < 2)
        {
            return null;
        }
        // The scanner's pattern makes an operation letters and digits only; \m and \M are PostgreSQL's word boundaries.
        var named = $@"\m{operation}\M";
        var counts = await db.ErrorCodes.AsNoTracking()
            .Where(e => e.Service.Vendor.Slug == vendor && services.Contains(e.Service.Slug)
                        && (Regex.IsMatch(e.Cause, named) || Regex.IsMatch(e.Fix, named) || Regex.IsMatch(e.SearchText, named)
                            || (e.Summary != null && Regex.IsMatch(e.Summary, named))))
            .GroupBy(e => e.Service.Slug)
            .Select(g => new { Service = g.Key, Entries = g.Count() })
            .OrderByDescending(g => g.Entries)
            .Take(2)
            .ToListAsync(cancellationToken);
        return counts switch
        {
            [var only] => only.Service,
            [var first, var second] when first.Entries > second.Entries => first.Service,
            _ => null,
        };
    }

    /// <param name="exactOnly">Only the entries whose message is the text itself, not one that contains it.</param>
    private static async Task<IReadOnlyList<Candidate>> FindByMessageAsync(
        KnowledgeBaseDbContext db, string message, string? vendor, string? service, CancellationToken cancellationToken, bool exactOnly = false)
    {
        var text = message.Trim().TrimEnd('.', ' ');
        if (text.Length < MinMessageLength)
        {
            return [];
        }
        var lower = text.ToLowerInvariant();
        var pattern = "%" + PostgresCodeSearch.EscapeLike(text) + "%";

        // ILIKE '%…%' is served by the trigram index on code_variants.message; equal messages rank above longer ones.
        // The vendor's own come first, so that fifty other vendors' shorter messages with the word ("unsupported")
        // do not leave out the one OpenSSL's reason names.
        var rows = await (
                from variant in db.CodeVariants
                join entry in db.ErrorCodes on variant.ErrorCodeId equals entry.Id
                where EF.Functions.ILike(variant.Message, pattern, "\\")
                orderby entry.Service.Vendor.Slug == vendor descending, variant.Message.Length
                select new
                {
                    entry.Id,
                    Vendor = entry.Service.Vendor.Slug,
                    Service = entry.Service.Slug,
                    entry.Code,
                    Exact = variant.Message.ToLower() == lower || variant.Message.ToLower() == lower + ".",
                    variant.Message,
                })
            .Take(50)
            .ToListAsync(cancellationToken);

        var pool = vendor is not null && rows.Any(r => r.Vendor == vendor) ? rows.Where(r => r.Vendor == vendor) : rows;
        return pool
            .Where(r => r.Exact || !exactOnly)
            .Select((r, index) => (Row: r, Index: index))
            .OrderByDescending(x => x.Row.Exact)
            // A message that ends with the text is that error's: OpenSSL's reason "unsupported" ends "digital envelope
            // routines::unsupported", and only begins "unsupported certificate purpose".
            .ThenByDescending(x => x.Row.Message.TrimEnd('.', ' ').EndsWith(text, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(x => service is not null && x.Row.Service == service)
            .ThenBy(x => x.Index)
            .Select(x => new Candidate(x.Row.Vendor, x.Row.Service, x.Row.Code, x.Row.Id))
            .DistinctBy(c => c.Id)
            .Take(MaxEntriesPerMatch)
            .ToList();
    }

    /// <summary>
    /// The vendors' entries that have <paramref name="pasted"/> as one of their messages, its values filled in where
    /// the entry's message has <c>…</c> (<c>Topic … not present in metadata after … ms.</c>), the first vendor's
    /// first. Messages shorter than <see cref="MinFilledMessageLength"/> are left out: "Timeout" is in every longer message.
    /// </summary>
    /// <param name="among">Only these entries (of any vendor), instead of the vendors'.</param>
    private static async Task<IReadOnlyList<Candidate>> FindByFilledMessageAsync(
        KnowledgeBaseDbContext db, string pasted, string[] vendors, CancellationToken cancellationToken, IReadOnlyList<long>? among = null)
    {
        var message = TypographicQuotes.Fold(pasted);
        var found = await (
                from variant in db.CodeVariants
                join entry in db.ErrorCodes on variant.ErrorCodeId equals entry.Id
                where (among == null ? vendors.Contains(entry.Service.Vendor.Slug) : among.Contains(entry.Id))
                      && variant.Message.Length >= MinFilledMessageLength
                      && EF.Functions.ILike(message,
                          "%" + variant.Message.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("…", "%") + "%", "\\")
                orderby variant.Message.Length descending, entry.Id
                select new { variant.Message.Length, Candidate = new Candidate(entry.Service.Vendor.Slug, entry.Service.Slug, entry.Code, entry.Id) })
            .Take(MaxEntriesPerMatch * Math.Max(vendors.Length, 1))
            .ToListAsync(cancellationToken);
        // The message that words more of the paste says more, whoever's it is: Android's "…: open failed: EACCES
        // (Permission denied)" before Java's "… (Permission denied)"; among equals, the vendors in their order.
        return found.OrderByDescending(f => f.Length).ThenBy(f => Array.IndexOf(vendors, f.Candidate.Vendor)).Select(f => f.Candidate).ToList();
    }

    private const int MinFilledMessageLength = 12;

    /// <summary>
    /// The vendors whose messages a vendor's exception classes carry, after its own: Android's runtime, Jenkins'
    /// pipelines and Spring's resources throw Java's (<c>java.lang.NullPointerException: Attempt to invoke virtual method '…' on a null object
    /// reference</c> is Android's NullObjectReference), and Spring's data access classes carry Hibernate's message
    /// (<c>InvalidDataAccessApiUsageException: Removing a detached instance …</c>).
    /// </summary>
    private static string[] VendorsThrowing(string classVendor) => classVendor switch
    {
        "java" => ["java", "android", "jenkins", "spring"],
        "spring" => ["spring", "hibernate"],
        _ => [classVendor],
    };

    /// <summary>
    /// Statuses that no resolved match already explains: a bare <c>429</c> next to nothing else, or next to a code we
    /// do not know (Google's <c>RESOURCE_EXHAUSTED</c>), still leads to the <c>http/status</c> entry.
    /// </summary>
    private static IEnumerable<FoundStatus> BareStatuses(ExtractionResult scan, List<(ExtractedCode Match, IReadOnlyList<Candidate> Candidates)> found)
    {
        var explained = found
            .Where(f => f.Candidates.Count > 0 || f.Match.Kind == ExtractionKinds.HttpStatusLine)
            .Select(f => f.Match.HttpStatus)
            .OfType<int>()
            .ToHashSet();
        return scan.HttpStatuses.DistinctBy(s => s.Status).Where(s => !explained.Contains(s.Status)).Take(MaxResolvedMatches).ToList();
    }

    /// <summary>Text the search is asked about, where it is in the paste, and whether it says it is an error.</summary>
    private readonly record struct SearchedText(string Query, int Start, int Length, bool HasErrorWord);

    private static async Task<IReadOnlyList<Candidate>> SearchLineAsync(ICodeSearch search, SearchedText line, HashSet<long> statusEntries, CancellationToken cancellationToken)
    {
        var results = await search.SearchAsync(new SearchQuery(line.Query, Limit: MaxEntriesPerMatch), cancellationToken);
        // Entries with only some of its words are guesses, and "everything went fine" has none to guess at. A line
        // without an error word ("RequestId: 4C46…") is only some entry's message, or nothing. One word is a code asked
        // about by name ("MQRC_Q_FULL"), not the words in it. Entries found only by the line's status say no more than the
        // status's own match, and a small number in a sentence ("compcode '2'", "after 3 retries") is a count, not
        // MongoDB's or Windows' code 2.
        var oneWord = IsOneWord(line.Query);
        return results.Results
            .Where(r => r is { Kind: "code", Vendor: not null, Service: not null, Code: not null }
                        && (oneWord ? r.Tier is "exact" or "alias" or "message" : line.HasErrorWord ? r.Tier is not ("partial" or "status") : r.Tier == "message")
                        && (oneWord || r.Tier != "exact" || !IsSmallNumber(r.Code!))
                        && !statusEntries.Contains(r.Id))
            .Select(Candidate.Of)
            .ToList();
    }

    private static readonly string[] ErrorWords = ["error", "fail", "exception", "denied", "refused", "invalid", "timeout", "timed out", "warning", "cannot", "unable"];

    private static bool HasErrorWord(string text) => ErrorWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The line of a paste most likely to be the error, where it is and what is searched for it: the first line with an
    /// error word in it, else the longest.
    /// </summary>
    private static SearchedText? ErrorLine(string text)
    {
        var lines = Lines(text).ToList();
        var line = lines.FirstOrDefault(l => HasErrorWord(l.Text));
        var hasErrorWord = line.Text is not null;
        if (!hasErrorWord)
        {
            line = lines.MaxBy(l => l.Text.Length);
        }
        var query = line.Text is null ? "" : ParsedQuery.Clean(line.Text);
        return string.IsNullOrWhiteSpace(query) ? null : new SearchedText(query, line.Start, line.Text!.Length, hasErrorWord);
    }

    /// <summary>The message written after the first exception class that has one (<c>Postmark::ApiInputError (The 'From' address …)</c>).</summary>
    private static SearchedText? ClassMessage(ExtractionResult scan, string text)
    {
        var match = scan.Codes.FirstOrDefault(c => c.Kind == ExtractionKinds.ExceptionClass && c.Message is not null);
        var start = match is null ? -1 : text.IndexOf(match.Message!, match.Start, StringComparison.Ordinal);
        return start < 0 ? null : new SearchedText(ParsedQuery.Clean(match!.Message), start, match.Message!.Length, true);
    }

    /// <summary>The first message the paste carries in a field of its own (<c>"message": "…"</c>, <c>&lt;Message&gt;</c>).</summary>
    private static SearchedText? FieldMessage(ExtractionResult scan) =>
        scan.Codes.FirstOrDefault(c => c.Kind == ExtractionKinds.Message) is { } match && ParsedQuery.Clean(match.Code) is { Length: > 0 } query
            ? new SearchedText(query, match.Start, match.Length, HasErrorWord(match.Code))
            : null;

    /// <summary>The text's non-blank lines, trimmed, each with where it starts.</summary>
    private static IEnumerable<(string Text, int Start)> Lines(string text)
    {
        var start = 0;
        foreach (var raw in text.Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                yield return (trimmed, start + raw.IndexOf(trimmed, StringComparison.Ordinal));
            }
            start += raw.Length + 1;
        }
    }

    /// <summary>A paste of one word is a code asked about by name: only its name answers it.</summary>
    private static bool IsOneWord(string text) => !text.Any(char.IsWhiteSpace);

    private static bool IsSmallNumber(string code) => code.Length <= 3 && code.All(char.IsAsciiDigit);

    private static string Summarize(IReadOnlyList<ExtractMatch> matches, ExtractionResult scan)
    {
        var requestId = scan.RequestIds.FirstOrDefault()?.Value;
        var withRequestId = requestId is null ? "" : $" (request ID {requestId})";

        var codes = matches.Where(m => m.Kind is not (ExtractionKinds.Message or ExtractionKinds.HttpStatus or ExtractionKinds.HttpStatusLine or ExtractionKinds.SearchedLine)).ToList();
        if (codes.Count > 0)
        {
            var known = codes.Where(c => c.Entries.Count > 0).Select(c => c.Code).Distinct().ToList();
            var unknown = codes.Where(c => c.Entries.Count == 0).Select(c => c.Code).Distinct().ToList();
            var parts = new List<string>();
            if (known.Count > 0)
            {
                parts.Add($"Found {Count(known.Count, "error code")}: {List(known)}{withRequestId}.");
            }
            if (unknown.Count > 0)
            {
                parts.Add(known.Count > 0
                    ? $"{List(unknown)} {(unknown.Count == 1 ? "is" : "are")} not in the knowledge base yet."
                    : $"Found {List(unknown)}{withRequestId}, but {(unknown.Count == 1 ? "it is" : "they are")} not in the knowledge base yet: try the search.");
            }
            return string.Join(' ', parts);
        }

        if (matches.FirstOrDefault(m => m.Kind == ExtractionKinds.SearchedLine) is { } searched)
        {
            return !IsOneWord(searched.Code)
                ? $"No error code or message we know by its shape; the search finds {Count(searched.Entries.Count, "entry", "entries")} for its error line{withRequestId}."
                : $"The search finds {Count(searched.Entries.Count, "entry", "entries")} named {searched.Code}{withRequestId}.";
        }
        var message = matches.FirstOrDefault(m => m.Kind == ExtractionKinds.Message);
        if (message is not null)
        {
            return $"No error code found; the message “{message.Code}” matches {Count(message.Entries.Count, "entry", "entries")}{withRequestId}.";
        }
        var statuses = scan.HttpStatuses.Select(s => s.Status).Distinct().ToList();
        if (statuses.Count > 0)
        {
            var andRequestId = requestId is null ? "" : $" and request ID {requestId}";
            return $"No error code found; found HTTP status {string.Join(", ", statuses)}{andRequestId}.";
        }
        if (requestId is not null)
        {
            return $"No error code found; found request ID {requestId}. Paste the whole error response or log line to identify the error.";
        }
        return "Nothing recognisable: paste the whole error response or log line.";
    }

    private static string Count(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count} {plural ?? singular + "s"}";

    private static string List(IReadOnlyList<string> items) =>
        items.Count <= 5 ? string.Join(", ", items) : string.Join(", ", items.Take(5)) + $" and {items.Count - 5} more";
}
