using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Data.Codes;

namespace KnowledgeBase.Data.Search;

/// <summary>An inclusive HTTP status range: <c>status:429</c> is 429–429, <c>status:4xx</c> is 400–499.</summary>
public sealed record StatusRange(int From, int To)
{
    public static StatusRange? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim().ToLowerInvariant();
        if (value.Length == 3 && value[0] is >= '1' and <= '5' && value.EndsWith("xx", StringComparison.Ordinal))
        {
            var from = (value[0] - '0') * 100;
            return new StatusRange(from, from + 99);
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var status) && status is >= 100 and <= 599
            ? new StatusRange(status, status)
            : null;
    }
}

/// <summary>
/// What a search box query means: words, "quoted phrases", -excluded words and the filters
/// <c>vendor:</c>, <c>service:</c>, <c>status:</c>, <c>category:</c>, <c>retryable:</c>.
/// Unknown filter names and malformed filter values stay in the text: a query is never an error.
/// </summary>
public sealed partial class ParsedQuery
{
    /// <summary>Longer input is cut: nobody types more, and a pasted log is better served by /paste.</summary>
    public const int MaxLength = 512;

    private const int MaxTokens = 32;

    public string Text { get; private init; } = "";
    public IReadOnlyList<string> Words { get; private init; } = [];
    public IReadOnlyList<string> Phrases { get; private init; } = [];
    public IReadOnlyList<string> Excluded { get; private init; } = [];
    public string? Vendor { get; private init; }
    public string? Service { get; private init; }
    public StatusRange? Status { get; private init; }
    public string? Category { get; private init; }
    public bool? Retryable { get; private init; }

    public bool HasText => Words.Count > 0 || Phrases.Count > 0;

    public bool HasFilters => Vendor is not null || Service is not null || Status is not null || Category is not null || Retryable is not null;

    /// <summary>
    /// The tokens that may be codes as typed (<c>TOOMANYREQUESTS:</c>, <c>InvalidInstanceId.NotFound</c>, <c>429</c>),
    /// except the reason phrase after a status: in <c>HTTP/1.1 503 Service Unavailable</c> the code is 503, and EC2's
    /// <c>Unavailable</c> came first, an exact match as good as the status's own entry and ahead of it alphabetically.
    /// A reason phrase typed alone (<c>service unavailable</c>) stands for its status.
    /// Among other words, an everyday word is no code either (<see cref="IsEverydayWord"/>), and two to four words may
    /// be one code written out (<see cref="JoinedWords"/>).
    /// </summary>
    public IReadOnlyList<string> CodeCandidates =>
        ReasonPhraseStatus is { } status
            ? [status]
            : Words.Where((word, i) => !FollowsStatus(i) && !IsQuantity(i) && !IsEverydayWord(word))
                .Select(word => LabelledCode(word) ?? word)
                .Where(CodeKey.IsPlausible).Select(CodeKey.Normalize).Where(k => k.Length > 0)
                .Concat(JoinedWords).Distinct().ToList();

    /// <summary>
    /// The everyday words among others that are also codes' names (<see cref="IsEverydayWord"/>): "access denied" names
    /// Docker's DENIED only in passing. Their codes rank after the codes the query names and before the entries that
    /// only have its words.
    /// </summary>
    public IReadOnlyList<string> EverydayCodeCandidates =>
        ReasonPhraseStatus is not null
            ? []
            : Words.Where((word, i) => !FollowsStatus(i) && IsEverydayWord(word))
                .Select(word => CodeKey.Normalize(word.TrimEnd('.', ','))).Where(k => k.Length > 0).Except(CodeCandidates).Distinct().ToList();

    /// <summary>
    /// Whether a word among others is an everyday word, letters alone and lower case after the first: "access denied"
    /// asks about access being denied, not about Docker's code DENIED, which came first as an exact match; "Warning" at
    /// the start of a kubectl event is no SQLSTATE. Typed alone, or marked as a code (<c>(Conflict)</c>,
    /// <c>Throttling:</c>, <c>DENIED</c>), it still is one.
    /// </summary>
    private bool IsEverydayWord(string word)
    {
        var letters = word.TrimEnd('.', ',');
        return Words.Count > 1 && letters.Length > 0 && letters.All(char.IsAsciiLetter) && letters.Skip(1).All(char.IsAsciiLetterLower);
    }

    /// <summary>
    /// Two to four everyday words written together, as codes join them: "access denied" is S3's AccessDenied, "no such
    /// key" NoSuchKey, "permission denied" gRPC's PERMISSION_DENIED.
    /// </summary>
    private IEnumerable<string> JoinedWords
    {
        get
        {
            if (Phrases.Count > 0 || Words.Count is < 2 or > 4 || !Words.All(IsEverydayWord))
            {
                return [];
            }
            var words = Words.Select(w => w.TrimEnd('.', ',').ToLowerInvariant()).ToList();
            return [string.Concat(words), string.Join('_', words)];
        }
    }

    /// <summary>Whether the query is two to four everyday words that spell one code ("no such bucket").</summary>
    public bool SpellsOneCode => JoinedWords.Any();

    /// <summary>Whether <paramref name="codeKey"/>, normalized, is the code the query's words spell.</summary>
    public bool Spells(string codeKey) => JoinedWords.Contains(codeKey);

    /// <summary>
    /// The normalized code when the query is one code and nothing else (<c>RequestLimitExceeded</c>, <c>429</c>): the
    /// query a family, a prefix or a typo can be of. Null for several words, a phrase, or a word that is no code.
    /// </summary>
    public string? SingleCode => CodeCandidates is [var key] && Words.Count == 1 && Phrases.Count == 0 ? key : null;

    /// <summary>
    /// The statuses whose codes the status tier lists: the numbers typed (<c>429</c>). A reason phrase names the
    /// status's own entry only: API Gateway's LimitExceededException is a 429 too, and not what "too many requests" means.
    /// </summary>
    public IReadOnlyList<int> StatusCandidates =>
        ReasonPhraseStatus is not null
            ? []
            : CodeCandidates.Where(IsStatus).Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// Whether word <paramref name="index"/> is a number that counts or places something rather than naming an error:
    /// with its unit after it (<c>Timeout of 100 seconds</c>, <c>after 300 ms</c>, <c>retried 5 time(s)</c>), after
    /// the place or count it names (<c>on line 423</c>, <c>port 5432</c>, <c>max retries: 4</c>), or a zero among a message's words (Laravel's
    /// <c>(code: 0)</c>, where 0 means no code at all).
    /// </summary>
    private bool IsQuantity(int index)
    {
        var word = Words[index].TrimEnd('.', ',', ';', ':', ')');
        if (!word.All(char.IsAsciiDigit) || word.Length == 0)
        {
            return false;
        }
        var unit = index + 1 < Words.Count ? Words[index + 1].TrimEnd('.', ',', ';', ':', ')') : "";
        if (unit.EndsWith("(s", StringComparison.Ordinal))
        {
            unit = unit[..^2] + "s";
        }
        return Units.Contains(unit)
               || (index > 0 && Places.Contains(Words[index - 1].TrimStart('(').TrimEnd(':', '=')))
               || (word == "0" && Words.Count > 3);
    }

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "ms", "milliseconds", "millisecond", "s", "sec", "secs", "seconds", "second", "min", "mins", "minutes", "minute",
        "hours", "hour", "days", "day", "bytes", "byte", "kb", "mb", "gb", "attempts", "retries", "times", "redirects", "tries",
        "calls", "requests", "characters", "chars", "items", "records", "rows",
    };

    /// <summary>
    /// Words a number after which is a place in a file, a socket or a process, or a count, not a code: <c>on line
    /// 423</c>, <c>port 5432</c>, the AWS CLI's <c>(reached max retries: 4)</c>.
    /// </summary>
    private static readonly HashSet<string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        "line", "lines", "column", "col", "row", "offset", "position", "port", "pid", "shard", "partition", "index",
        "retries", "attempts",
    };

    /// <summary>Three digits from 100 to 599: an HTTP status as typed.</summary>
    private static bool IsStatus(string word) => word.Length == 3 && word[0] is >= '1' and <= '5' && word.All(char.IsAsciiDigit);

    /// <summary>
    /// The reason phrases of more than one word (RFC 9110, and the older names clients still print: Request Entity Too
    /// Large); a one-word phrase such as Forbidden is a code at some vendors.
    /// </summary>
    private static readonly Dictionary<string, string> ReasonPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["moved permanently"] = "301", ["not modified"] = "304", ["temporary redirect"] = "307", ["permanent redirect"] = "308",
        ["bad request"] = "400", ["payment required"] = "402", ["not found"] = "404", ["method not allowed"] = "405",
        ["not acceptable"] = "406", ["proxy authentication required"] = "407", ["request timeout"] = "408",
        ["length required"] = "411", ["precondition failed"] = "412", ["content too large"] = "413", ["payload too large"] = "413",
        ["request entity too large"] = "413", ["uri too long"] = "414", ["request-uri too long"] = "414",
        ["unsupported media type"] = "415", ["range not satisfiable"] = "416", ["requested range not satisfiable"] = "416",
        ["expectation failed"] = "417", ["misdirected request"] = "421", ["unprocessable content"] = "422",
        ["unprocessable entity"] = "422", ["failed dependency"] = "424", ["upgrade required"] = "426",
        ["precondition required"] = "428", ["too many requests"] = "429", ["request header fields too large"] = "431",
        ["unavailable for legal reasons"] = "451", ["internal server error"] = "500", ["not implemented"] = "501",
        ["bad gateway"] = "502", ["service unavailable"] = "503", ["gateway timeout"] = "504",
        ["http version not supported"] = "505", ["insufficient storage"] = "507", ["network authentication required"] = "511",
    };

    /// <summary>The status a query that is one reason phrase (<c>service unavailable</c>) stands for.</summary>
    public string? ReasonPhraseStatus
    {
        get
        {
            var text = (Words.Count, Phrases.Count) switch
            {
                ( > 1, 0) => string.Join(' ', Words),
                (0, 1) => Phrases[0],
                _ => null,
            };
            return text is not null && ReasonPhrases.TryGetValue(text, out var status) ? status : null;
        }
    }

    /// <summary>
    /// The numbers the query names as HTTP statuses, not as other codes with the same digits (SMTP's 503 is "Bad
    /// sequence of commands"): a reason phrase alone (<c>service unavailable</c>), a status followed by a reason phrase
    /// (<c>503 Service Unavailable</c>), or one after <c>HTTP</c> (<c>HTTP/1.1 503</c>, <c>http 503</c>).
    /// </summary>
    public IReadOnlyList<string> HttpStatusKeys
    {
        get
        {
            if (ReasonPhraseStatus is { } status)
            {
                return [status];
            }
            var keys = new List<string>();
            for (var i = 0; i < Words.Count; i++)
            {
                if (IsStatus(Words[i]) && ((i > 0 && Words[i - 1].StartsWith("http", StringComparison.OrdinalIgnoreCase)) || ReasonPhraseFollows(i)))
                {
                    keys.Add(Words[i]);
                }
            }
            return keys;
        }
    }

    /// <summary>Whether the words after word <paramref name="index"/> begin with a reason phrase (<c>Forbidden</c>, <c>Service Unavailable for url</c>).</summary>
    private bool ReasonPhraseFollows(int index)
    {
        var phrase = "";
        for (var i = index + 1; i < Math.Min(Words.Count, index + 6) && FollowsStatus(i); i++)
        {
            phrase = phrase.Length == 0 ? Words[i].TrimEnd('.', ',', ':') : phrase + " " + Words[i].TrimEnd('.', ',', ':');
            if (ReasonPhrases.ContainsKey(phrase) || OneWordReasonPhrases.Contains(phrase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The one-word reason phrases, which are codes too at some vendors: after a status they are its phrase.</summary>
    private static readonly HashSet<string> OneWordReasonPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "OK", "Created", "Accepted", "Found", "Unauthorized", "Forbidden", "Conflict", "Gone",
    };

    /// <summary>
    /// Whether word <paramref name="index"/> is one of the plain words that follow a status (<c>429 Too Many
    /// Requests</c>, after <c>HTTP/1.1</c> or not): a reason phrase. An identifier such as <c>RequestLimitExceeded</c> is still a code.
    /// </summary>
    private bool FollowsStatus(int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (IsStatus(Words[i]))
            {
                return IsPlainWord(Words[index]);
            }
            if (!IsPlainWord(Words[i]))
            {
                return false;
            }
        }
        return false;

        static bool IsPlainWord(string word) => word.Length > 0 && char.IsAsciiLetter(word[0]) && word.Skip(1).All(char.IsAsciiLetterLower);
    }

    /// <summary>English words too common to find anything by (PostgreSQL's english stop words, the frequent part).</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from",
        "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "me", "more", "my", "no", "not",
        "of", "on", "or", "our", "out", "she", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "to", "too", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will",
        "with", "would", "you", "your",
    };

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>
    /// The query for <c>websearch_to_tsquery</c>, with identifiers split into words the way the index splits them
    /// (<c>InvalidInstanceId.NotFound</c> → <c>invalid instance id not found</c>). Null when there is nothing to match.
    /// </summary>
    public string? FullTextQuery
    {
        get
        {
            var parts = new List<string>();
            var tags = TagWords();
            parts.AddRange(Words.Where((w, i) => !IsWordNotInMessage(w) && !tags.Contains(i)).Select(w => WithoutOr(IdentifierWords.Split(w))).Where(w => w.Length > 0));
            parts.AddRange(Phrases.Where(p => !IsPhraseNotInMessage(p)).Select(PhraseWords).Where(w => w.Length > 0).Select(p => $"\"{p}\""));
            if (parts.Count == 0)
            {
                return null;
            }
            parts.AddRange(ExcludedTerms.Select(term => "-" + term));
            return string.Join(' ', parts);
        }
    }

    /// <summary>The excluded words and phrases as <c>websearch_to_tsquery</c> terms: identifiers split, several words quoted.</summary>
    public IReadOnlyList<string> ExcludedTerms =>
        Excluded.Select(IdentifierWords.Split).Where(w => w.Length > 0).Select(w => w.Contains(' ') ? $"\"{w}\"" : w).ToList();

    /// <summary>
    /// Whether a word or phrase of a pasted message is one its vendor's message does not have: a value in quotes
    /// (<c>relation "users" does not exist</c>, <c>role 'app' does not exist</c>), where the message has a
    /// placeholder, or the severity a log puts before it (<c>ERROR:</c>, <c>FATAL:</c>). Neither is required or ranked
    /// when at least three other words make the query a message; with fewer, a quoted word is what the user asks for.
    /// </summary>
    private bool IsWordNotInMessage(string word) => (IsQuotedValue(word) || IsSeverity(word)) && IsMessage;

    /// <inheritdoc cref="IsWordNotInMessage"/>
    private bool IsPhraseNotInMessage(string phrase) => !phrase.Contains(' ') && IsMessage;

    /// <summary>
    /// Whether the query reads as a message (three words or more besides quoted values and a severity, or two with a
    /// quoted value or after a severity: MySQL's <c>Unknown database 'shop'</c>, Parse's <c>Invalid function: "zebra"</c>,
    /// Node's <c>Error: read ECONNRESET</c>),
    /// not as a few search words.
    /// </summary>
    public bool IsMessage => OwnWordCount is var own
                             && (own >= 3 || (own == 2 && (Words.Any(w => IsQuotedValue(w) || IsSeverity(w)) || Phrases.Any(p => !p.Contains(' ')))));

    /// <summary>
    /// The words a message says itself: not quoted values or a severity, and with the words of its quoted phrases
    /// (Go's oauth2 prints <c>oauth2: "invalid_grant" "Token has been expired or revoked."</c>; a quoted word alone is a value).
    /// </summary>
    private int OwnWordCount => Words.Count(w => !IsQuotedValue(w) && !IsSeverity(w)) + MultiWordPhraseWords;

    private int MultiWordPhraseWords => Phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length).Where(n => n > 1).Sum();

    /// <summary>The text to compare with the entries' own messages when the query is one (<see cref="IsMessage"/>); null otherwise.</summary>
    public string? MessageText => IsMessage ? Text : null;

    /// <summary>
    /// <see cref="MessageText"/> without the severity in front of it, as psql prints <c>FATAL:  database "app" does not
    /// exist</c>; null when it has none.
    /// </summary>
    public string? MessageAfterSeverity =>
        MessageText is { } message && message.IndexOf(' ') is > 0 and var space && IsSeverity(message[..space]) ? message[(space + 1)..].Trim() : null;

    /// <summary>The messages an entry's own is compared with in shape: <see cref="MessageText"/>, also without its severity.</summary>
    public IReadOnlyList<string> PastedMessages => new[] { MessageText, MessageAfterSeverity }.OfType<string>().ToList();

    /// <summary>
    /// The words that make up markup tags, which PostgreSQL's parser indexes nothing for: <c>&lt;empty&gt;</c> in
    /// Google's "Requests from referer &lt;empty&gt; are blocked.", <c>&lt;class 'str'&gt;</c> in botocore's "type:
    /// &lt;class 'str'&gt;, valid types: &lt;class 'int'&gt;", also in quotes (SQL Server's "Login failed for user
    /// '&lt;token-identified principal&gt;'."). A tag opens with <c>&lt;</c> and a letter and closes with <c>&gt;</c>;
    /// required in a query, its words would match nothing.
    /// </summary>
    private HashSet<int> TagWords()
    {
        var tags = new HashSet<int>();
        for (var i = 0; i < Words.Count; i++)
        {
            var opening = Words[i].TrimStart('\'', '"', '(', '[');
            if (opening.Length < 2 || opening[0] != '<' || !(char.IsAsciiLetter(opening[1]) || opening[1] == '/'))
            {
                continue;
            }
            for (var j = i; j < Words.Count && Words[j].IndexOf('<', j == i ? Words[i].Length - opening.Length + 1 : 0) < 0; j++)
            {
                if (Words[j].TrimEnd('.', ',', ';', ':', '\'', '"', ')', ']').EndsWith('>'))
                {
                    tags.UnionWith(Enumerable.Range(i, j - i + 1));
                    i = j;
                    break;
                }
            }
        }
        return tags;
    }

    /// <summary>
    /// A value as a message quotes it: in single quotes or back quotes, also in parentheses, brackets or braces, or after its name
    /// (<c>'app'</c>, <c>('app'@'%')</c>, <c>{imageTag:'v1'}</c>), or a qualified name in double quotes (<c>"APP"."ORDERS"</c>);
    /// also a log's <c>name=value</c> pair (<see cref="IsLogfmtPair"/>).
    /// </summary>
    private static bool IsQuotedValue(string word)
    {
        if (IsLogfmtPair(word))
        {
            return true;
        }
        var trimmed = word.TrimStart('(', '[', '{').TrimEnd('.', ',', ';', ':', ')', ']', '}');
        // A quoted value with its name (imageTag:'v1.4', name='orders'): the name is the message's, the value is not.
        if (trimmed.IndexOfAny([':', '=']) is > 0 and var at && at + 1 < trimmed.Length && trimmed[at + 1] == '\'')
        {
            trimmed = trimmed[(at + 1)..];
        }
        return (trimmed.Length > 2 && trimmed[0] is '\'' or '`' && trimmed[^1] == trimmed[0])
               || (trimmed.Length > 4 && trimmed[0] == '"' && trimmed[^1] == '"' && trimmed.Contains("\".\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// A pair as logfmt lines print them, a lower-case name and a value of one word or several in double quotes, with
    /// the comma some loggers put after it: Heroku's router prints <c>at=error code=H12 desc="Request timeout"
    /// method=GET path="/" dyno=web.1 status=503</c>. Required as words, <c>method=GET</c> and <c>dyno=web.1</c>
    /// matched no entry: the value is the request's, not the error's. Null for any other word.
    /// </summary>
    private static (string Name, string Value)? LogfmtPair(string word)
    {
        var pair = word.AsSpan().TrimEnd(",;");
        var equals = pair.IndexOf('=');
        if (equals <= 0 || equals + 1 == pair.Length || pair[..equals].IndexOfAnyExcept(LogfmtNameCharacters) >= 0)
        {
            return null;
        }
        var value = pair[(equals + 1)..];
        // A quoted value may hold brackets (FortiOS' msg="Denied by forward policy check (policy 0)"), a bare one not.
        var quoted = value.Length > 2 && value[0] == '"' && value[^1] == '"';
        if (quoted)
        {
            value = value[1..^1];
        }
        return (quoted ? !value.Contains('"') : value.IndexOfAny(LogfmtValueStops) < 0) ? (pair[..equals].ToString(), value.ToString()) : null;
    }

    private static bool IsLogfmtPair(string word) => LogfmtPair(word) is not null;

    private static readonly SearchValues<char> LogfmtNameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz_");

    private static readonly SearchValues<char> LogfmtValueStops = SearchValues.Create("\"'=(){}[]<>");

    /// <summary>The code a logfmt pair names (<c>code=H12</c>, <c>error=invalid_grant</c>), or null for any other word.</summary>
    private static string? LabelledCode(string word) =>
        LogfmtPair(word) is var (name, value) && CodeLabels.Contains(name) ? value : null;

    /// <summary>
    /// The message a logfmt pair carries in quotes (<c>msg="failed to connect"</c>, <c>error="dial tcp …: connection
    /// refused"</c>, Heroku's <c>desc="Request timeout"</c>): its words are the query's, the name is the logger's.
    /// </summary>
    private static string? LoggedMessage(string word) =>
        LogfmtPair(word) is var (name, value) && MessageLabels.Contains(name) && value.Contains(' ') ? value : null;

    private static readonly HashSet<string> MessageLabels = new(StringComparer.Ordinal)
    {
        "msg", "message", "desc", "description", "error", "err", "detail", "error_description", "error_message",
    };

    private static readonly HashSet<string> CodeLabels = new(StringComparer.Ordinal) { "code", "error", "error_code", "err_code", "errcode", "reason" };

    private static readonly HashSet<string> Severities = new(StringComparer.OrdinalIgnoreCase) { "error:", "fatal:", "panic:", "warning:", "critical:", "[error]", "[fatal]", "[warning]", "[warn]", "[critical]" };

    private static bool IsSeverity(string word) => Severities.Contains(word);

    /// <summary>
    /// The query that ranks what <see cref="FullTextQuery"/> matched: its words without stop words and exclusions.
    /// Ranking costs PostgreSQL time per query term for every entry ranked, and "You are not authorized to access
    /// this request" has five stop words the simple configuration keeps (the english one drops them, so they add
    /// little to a rank). Phrases stay whole. Null when nothing would be left: then the query ranks itself.
    /// </summary>
    public string? RankQuery
    {
        get
        {
            var parts = new List<string>();
            var tags = TagWords();
            parts.AddRange(Words.Where((w, i) => !IsWordNotInMessage(w) && !tags.Contains(i)).SelectMany(w => IdentifierWords.Split(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !StopWords.Contains(w)));
            parts.AddRange(Phrases.Where(p => !IsPhraseNotInMessage(p)).Select(PhraseWords).Where(w => w.Length > 0).Select(p => $"\"{p}\""));
            return parts.Count == 0 ? null : string.Join(' ', parts);
        }
    }

    /// <summary>
    /// A phrase's words as the index has them in a row: identifiers split (the index has their words in a row after the
    /// text), and a hyphenated word whole. PostgreSQL indexes <c>-migrate-state</c> as the compound and then its parts,
    /// a position each, so "terraform init migrate state" split is no phrase of "terraform init -migrate-state".
    /// </summary>
    private static string PhraseWords(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('-', '.', ',', ';', ':', '(', ')', '\'') is var trimmed && IsHyphenated(trimmed) ? trimmed.ToLowerInvariant() : IdentifierWords.Split(word))
            .Where(w => w.Length > 0));

    /// <summary>Letters and digits joined by single hyphens, and nothing else: <c>migrate-state</c>, <c>x-amz-request-id</c>.</summary>
    private static bool IsHyphenated(string word) =>
        word.Contains('-') && !word.Contains("--", StringComparison.Ordinal) && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>
    /// websearch_to_tsquery reads a bare "or" as its OR operator, and "Missing or invalid credentials" pasted from a
    /// message then matched every entry with "missing" in it. Our query language has no OR: the word is a stop word.
    /// </summary>
    private static string WithoutOr(string words) =>
        words.Contains("or", StringComparison.Ordinal)
            ? string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "or"))
            : words;

    /// <summary>
    /// The query without the values a message was filled with (<see cref="IsValue"/>), for a pasted message that
    /// matched nothing because of them. Null when it has none, or fewer than two words are left.
    /// </summary>
    public string? WithoutValuesQuery
    {
        get
        {
            var words = Words.Where(w => !IsValue(w)).Select(WithoutQuotedValue).ToList();
            var phrases = Phrases.Where(p => !IsValue(p)).ToList();
            if (words.SequenceEqual(Words) && phrases.Count == Phrases.Count)
            {
                return null;
            }
            var kept = new ParsedQuery { Text = Text, Words = words, Phrases = phrases, Excluded = Excluded };
            var query = kept.FullTextQuery;
            // A quoted id ('i-0abc123') is already left out as a message's value: the same query again would find nothing again.
            return query is not null && query != FullTextQuery && query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => !t.StartsWith('-')) >= 2 ? query : null;
        }
    }

    /// <summary>
    /// Whether a word is a value rather than one of its message's own words: it holds a digit (<c>i-0abc123</c>,
    /// <c>2026-01-01</c>, an account number), or it is a host, URL, path or address in lower case
    /// (<c>api.github.com</c>, <c>https://…</c>, <c>/v1/items</c>). A dotted code keeps its capitals
    /// (<c>InvalidInstanceID.NotFound</c>) and is no value.
    /// </summary>
    private static bool IsValue(string word) =>
        word.Any(char.IsAsciiDigit) || (!word.Any(char.IsUpper) && HasInnerSeparator(word));

    /// <summary>
    /// A key with its quoted value (<c>DebugException="System.IO.IOException")</c>, as gRPC's .NET client prints a status)
    /// without the value: the message names the key, and any value may follow it.
    /// </summary>
    private static string WithoutQuotedValue(string word)
    {
        var equals = word.IndexOf('=');
        if (equals > 0 && equals + 1 < word.Length && word[equals + 1] is '"' or '\'' && word.IndexOf(word[equals + 1], equals + 2) > 0)
        {
            return word[..equals];
        }
        return word;
    }

    private static bool HasInnerSeparator(string word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '.' or '/' or ':' or '@' && char.IsLetterOrDigit(word[i - 1]) && char.IsLetterOrDigit(word[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The messages a log line whose words found nothing may end with: the parts after each <c>prefix: </c>, longest
    /// first, that have at least two words of their own (not values), each with its query without values, at most
    /// <see cref="MaxMessageTails"/>. psql prints <c>psql: error: connection to server at "db" (10.0.0.5), port 5432
    /// failed: FATAL:  password authentication failed for user "app"</c>: the part after <c>psql: error: </c> is
    /// 08001's message when the server refuses the connection, and only the last part is 28P01's.
    /// </summary>
    public IReadOnlyList<(string Message, string Query)> MessageTails
    {
        get
        {
            var tails = new List<(string Message, string Query)>();
            var (whole, withoutValues) = (FullTextQuery, WithoutValuesQuery);
            for (var i = Text.IndexOf(": ", StringComparison.Ordinal); i >= 0 && tails.Count < MaxMessageTails; i = Text.IndexOf(": ", i + 2, StringComparison.Ordinal))
            {
                var message = Text[(i + 2)..].Trim();
                var tail = Parse(new SearchQuery(message));
                if (tail.Words.Count(w => !IsQuotedValue(w) && !IsSeverity(w) && !IsValue(w) && w.Any(char.IsLetter)) + tail.MultiWordPhraseWords < 2)
                {
                    break;
                }
                var query = tail.WithoutValuesQuery ?? tail.FullTextQuery;
                if (query is not null && query != whole && query != withoutValues && tails.All(t => t.Query != query))
                {
                    tails.Add((message, query));
                }
            }
            return tails;
        }
    }

    private const int MaxMessageTails = 3;

    /// <summary>The same query with any word allowed to match, for long inputs where requiring every word finds nothing.</summary>
    public string? AnyWordQuery
    {
        get
        {
            var words = Words.Concat(Phrases).SelectMany(w => IdentifierWords.Split(w).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
            // Any of "the", "is" or "01" matches nearly every entry (the simple configuration keeps them), so ranking
            // stopped at an arbitrary few hundred of those: the words that carry meaning are the ones to match.
            var meaningful = words.Where(w => w.Length > 1 && !StopWords.Contains(w) && !(w.Length <= 2 && w.All(char.IsAsciiDigit))).ToList();
            // websearch_to_tsquery has no parentheses: "a or b -x" would exclude x from b only, so exclusions get no fallback.
            return words.Count > 1 && meaningful.Count > 0 && Excluded.Count == 0 ? string.Join(" or ", meaningful) : null;
        }
    }

    private const int MessageWordsBesideOptions = 6;

    public static ParsedQuery Parse(SearchQuery query)
    {
        var text = WithoutLineTrailer(WithoutSeverityMark(WithoutLeadingTimestamp(Clean(query.Text))));
        var words = new List<string>();
        var phrases = new List<string>();
        var excluded = new List<string>();
        var options = new List<(int At, string Word)>();
        string? vendor = null, service = null, category = null;
        StatusRange? status = null;
        bool? retryable = null;

        var i = 0;
        var tokens = 0;
        var insideQuotedValue = false;
        var startsWithProgram = false;
        while (i < text.Length && tokens < MaxTokens)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            tokens++;
            // An exclusion is -word or -"phrase": a command-line option (--package-lock-only), a negative number
            // ([Errno -2], LightGBM's "best gain: -inf") or a protocol's error reply in capitals (NATS' and Redis' -ERR)
            // in a pasted message is a word.
            // So is an option inside a quoted value (resize2fs' "Please run 'e2fsck -f /dev/sdb1' first.").
            var negated = text[i] == '-' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] == '"')
                          && !insideQuotedValue && !IsErrorReply(text, i + 1) && !IsInfinityOrNaN(text, i + 1);
            if (negated)
            {
                i++;
            }
            // A qualified name in quotes, "app"."orders" (Oracle's and PostgreSQL's messages), is one word, not two phrases.
            if (text[i] == '"' && !IsQualifiedName(text, i))
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                if (!string.IsNullOrWhiteSpace(phrase))
                {
                    (negated ? excluded : phrases).Add(phrase.Trim());
                }
                continue;
            }
            var start = i;
            i = WordEnd(text, i);
            // logfmt quotes a value of several words after its name (desc="Request timeout"): one word, not "timeout"" as a code.
            if (IsOpenLogfmtQuote(text.AsSpan(start, i - start)) && text.IndexOf('"', i) is > 0 and var closing)
            {
                i = WordEnd(text, closing + 1);
            }
            var token = text[start..i];
            insideQuotedValue = IsInsideQuotedValueAfter(token, insideQuotedValue);
            startsWithProgram |= tokens == 1 && !negated && token.Length > 1 && token.IndexOf(':') == token.Length - 1;
            // An option with a value or a flag in it (the JVM's -XX:+UnlockDiagnosticVMOptions, -Dkey=value) is
            // a command line's word: a search excludes plain words.
            if (negated && token.IndexOfAny([':', '+', '=']) >= 0)
            {
                words.Add("-" + token);
                continue;
            }
            if (negated)
            {
                excluded.Add(token);
                options.Add((words.Count, "-" + token));
                continue;
            }
            var colon = token.IndexOf(':');
            if (colon > 0 && colon < token.Length - 1)
            {
                var name = token[..colon].ToLowerInvariant();
                var value = token[(colon + 1)..];
                var taken = name switch
                {
                    "vendor" when Slug(value) is { } v => (vendor = v) is not null,
                    "service" when Slug(value) is { } s => (service = s) is not null,
                    "status" when StatusRange.TryParse(value) is { } r => (status = r) is not null,
                    "category" when Slug(value) is { } c => (category = c) is not null,
                    "retryable" when bool.TryParse(value, out var b) => (retryable = b) is not null,
                    _ => false,
                };
                if (taken)
                {
                    continue;
                }
            }
            if (LoggedMessage(token) is { } message)
            {
                words.AddRange(message.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                continue;
            }
            words.Add(token);
        }
        // A pasted message names command-line options ("use the -target argument to first apply", "must use terraform
        // init -upgrade to allow"): inside as many words as a message has, -word is one of its words, and so is one
        // that ends its sentence (GDAL's "Consider using -append, or -overwrite."). A search excludes a word beside a
        // few, or at the end ("You are not authorized … -lambda"). A line a program's name begins ("/usr/bin/ld: cannot
        // find -lssl") is that program's output, never a search's syntax: its options are words wherever they are.
        if (words.Count >= MessageWordsBesideOptions || startsWithProgram)
        {
            foreach (var (at, word) in Enumerable.Reverse(options).Where(o => o.At > 0 && (startsWithProgram || o.At < words.Count || o.Word[^1] is '.' or ',' or ';' or '?' or '!')))
            {
                words.Insert(at, word);
                excluded.Remove(word[1..]);
            }
        }

        return new ParsedQuery
        {
            Text = text,
            Words = words,
            Phrases = phrases,
            Excluded = excluded,
            Vendor = Slug(query.Vendor) ?? vendor,
            Service = Slug(query.Service) ?? service,
            Status = StatusRange.TryParse(query.Status) ?? status,
            Category = Slug(query.Category) ?? category,
            Retryable = query.Retryable ?? retryable,
        };
    }

    /// <summary>
    /// A log line's leading timestamp (syslog's and journalctl's <c>Dec  6 14:02:11</c>, ISO 8601, Python logging's
    /// <c>2026-12-06 14:02:11,123</c>) says when, never which error: its month was a word every entry had to have, and
    /// its day a code (curl's 6, MongoDB's 6). Syslog's host and program after it (<c>web01 postfix/smtp[2345]:</c>,
    /// <c>web01 kernel: [12345.678901]</c>) go too: what is left is the program's message, as entries word it.
    /// So does the header klog writes before every message of Kubernetes' programs (<c>E1207 10:02:44.519204   83211
    /// memcache.go:265]</c>), alone or after syslog's: the message after it is then the whole line, as kubelet's
    /// <c>"Unable to register node with API server" err="…" node="…"</c> is. Redis' own header (<c>1:M 07 Dec 2026
    /// 03:00:01.512 #</c>) goes too, and so does the level, component and source line istio-proxy writes after the time
    /// (<c>warning envoy config external/envoy/source/…/grpc_subscription_impl.cc:138</c>).
    /// </summary>
    private static string WithoutLeadingTimestamp(string text) =>
        LeadingTimestamp().Match(text) is { Success: true } timestamp ? text[timestamp.Length..] : text;

    // Dec  6 14:02:11 (syslog, journalctl).
    private const string SyslogTime = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +[0-9]{1,2} [0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?";

    // 2026-12-06T14:02:11.123456+00:00, 2026-12-06 14:02:11,123 (Python logging), 2026-12-06 14:02:11 +0000 (Gunicorn).
    private const string IsoTime = @"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]+)?(?: ?(?:Z|[+-][0-9]{2}:?[0-9]{2}))?";

    // web01 postfix/smtp[2345]: , web01 kernel: [12345.678901] .
    private const string SyslogSource = @"[A-Za-z0-9.-]+ (?:kernel|[A-Za-z0-9_./@-]+\[[0-9]+\]): +(?:\[ *[0-9]+\.[0-9]+\] +)?";

    // E1207 10:02:44.519204   83211 memcache.go:265] (klog: severity, month and day, time, thread, file and line).
    private const string KlogHeader = @"[IWEF][0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} +[0-9]+ [A-Za-z0-9_.-]+:[0-9]+\] +";

    // 1:M 07 Dec 2026 03:00:01.512 # (Redis: process, role, date and time, level).
    private const string RedisLogHeader = @"[0-9]+:[XCSM] [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} [.*#-] +";

    // warning envoy config external/envoy/source/common/config/grpc_stream.h:193 (istio-proxy: level, logger, component, source line).
    private const string IstioProxySource = @"(?:trace|debug|info|warning|error|critical) +envoy +[a-z_0-9]+ +(?:external/envoy/)?source/[A-Za-z0-9_./-]+:[0-9]+ +";

    [GeneratedRegex($@"^(?:{RedisLogHeader}|(?:\[?(?:{SyslogTime}|{IsoTime})\]? +(?:{SyslogSource}|{IstioProxySource})?)?(?:{KlogHeader})?)")]
    private static partial Regex LeadingTimestamp();

    /// <summary>
    /// esbuild and Wrangler mark a line with its severity (<c>✘ [ERROR] Could not resolve "fs"</c>, <c>X [ERROR]</c>
    /// without Unicode, <c>▲ [WARNING]</c>): words no entry's message has, whose "error" made npm's ERESOLVE entry
    /// ("could not resolve", with npm's own "error") look more alike than esbuild's.
    /// </summary>
    private static string WithoutSeverityMark(string text) =>
        SeverityMark().Match(text) is { Success: true } mark ? text[mark.Length..] : text;

    [GeneratedRegex(@"^(?:✘|X|▲) \[(?:ERROR|WARNING)\] +")]
    private static partial Regex SeverityMark();

    /// <summary>
    /// Maven ends a failed goal's line with a pointer to its help page (<c> -> [Help 1]</c>), istio-proxy with the
    /// thread that wrote it (<c> thread=16</c>): words no message has.
    /// </summary>
    private static string WithoutLineTrailer(string text) =>
        text.EndsWith(']') && text.LastIndexOf(" -> [Help ", StringComparison.Ordinal) is > 0 and var pointer ? text[..pointer].TrimEnd()
        : ThreadSuffix().Match(text) is { Success: true } thread ? text[..thread.Index]
        : text;

    [GeneratedRegex(@" +thread=[0-9]+$")]
    private static partial Regex ThreadSuffix();

    /// <summary>Where the word that goes on at <paramref name="from"/> ends: the next blank, or the text's end.</summary>
    private static int WordEnd(string text, int from)
    {
        while (from < text.Length && !char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        return from;
    }

    private static bool IsInfinityOrNaN(string text, int word) =>
        text.AsSpan(word, WordEnd(text, word) - word).TrimEnd(".,;)") is var value
        && (value.Equals("inf", StringComparison.OrdinalIgnoreCase) || value.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || value.Equals("nan", StringComparison.OrdinalIgnoreCase));

    private static bool IsErrorReply(string text, int word) =>
        WordEnd(text, word) - word is >= 3 and var length && text.AsSpan(word, length).IndexOfAnyExcept(UpperCaseLetters) < 0;

    private static readonly SearchValues<char> UpperCaseLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// Whether the words after <paramref name="token"/> are inside a value in single or back quotes of several words
    /// (<c>'e2fsck -f /dev/sdb1'</c>): one opens it, one ends it; an apostrophe inside a word (<c>don't</c>) does neither.
    /// </summary>
    private static bool IsInsideQuotedValueAfter(string token, bool inside)
    {
        var trimmed = token.TrimEnd('.', ',', ';', ':', ')', ']', '}', '!', '?');
        if (trimmed.Length == 0)
        {
            return inside;
        }
        var closes = trimmed[^1] is '\'' or '`';
        if (inside)
        {
            return !closes;
        }
        // A value may follow its name (imageTag:'v1', name='orders'); one that also ends in the word (name='orders') stays closed.
        var openAt = trimmed[0] is '\'' or '`' ? 0
            : trimmed.IndexOfAny([':', '=', '(']) is >= 0 and var at && at + 1 < trimmed.Length && trimmed[at + 1] is '\'' or '`' ? at + 1
            : -1;
        return openAt >= 0 && !(closes && trimmed.Length - 1 > openAt);
    }

    private static bool IsOpenLogfmtQuote(ReadOnlySpan<char> token) =>
        token.IndexOf("=\"", StringComparison.Ordinal) is > 0 and var equals && token[..equals].IndexOfAnyExcept(LogfmtNameCharacters) < 0
        && token.Count('"') == 1;

    private static bool IsQualifiedName(string text, int quote)
    {
        var end = text.IndexOf('"', quote + 1);
        return end > 0 && end + 2 < text.Length && text[end + 1] == '.' && text[end + 2] == '"';
    }

    /// <summary>
    /// Drops control characters and broken UTF-16 (PostgreSQL rejects NUL and lone surrogates), straightens curly quotes
    /// (<see cref="TypographicQuotes"/>) and caps the length. Every character kept stays where it was.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        for (var i = 0; i < text.Length && builder.Length < MaxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                continue;
            }
            if (char.IsLowSurrogate(c))
            {
                continue;
            }
            builder.Append(char.IsControl(c) ? ' ' : TypographicQuotes.Fold(c));
        }
        return builder.ToString().Trim();
    }

    private static string? Slug(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        value = value.Trim().ToLowerInvariant();
        return value.Length <= 64 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_') ? value : null;
    }
}
