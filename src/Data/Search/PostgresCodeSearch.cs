using System.Globalization;
using System.Text;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Entries;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace KnowledgeBase.Data.Search;

/// <summary>
/// Search on PostgreSQL's own engine, in tiers: a pasted message that is an entry's own message → exact code →
/// alias → family or code prefix → HTTP status → full text (weighted tsvector, <c>websearch_to_tsquery</c>,
/// <c>ts_rank_cd</c>) → trigram similarity for typos.
/// One round trip finds the candidates of every tier (capped, so a broad query never ranks the whole table);
/// a second reads the shown page, whose snippets are built here (see <see cref="Snippets"/>).
/// </summary>
public sealed class PostgresCodeSearch(KnowledgeBaseDbContext db) : ICodeSearch
{
    public const int MaxLimit = 100;

    /// <summary>How many full-text matches are ranked at most; beyond that, totals and facets are a lower bound.</summary>
    internal const int TextCandidateCap = 500;

    /// <summary>
    /// A query that is one code is answered by the code tiers; its words (quota exceeded for QuotaExceeded) add the
    /// entries that mention them, and ranking 500 of those took most of the time of a search for a code.
    /// </summary>
    internal const int CodeTextCandidateCap = 100;
    private const int CandidateCap = 2000;

    /// <summary>How many of the full-text matches, the best by <c>ts_rank</c>, are ordered by cover density (<c>ts_rank_cd</c>).</summary>
    internal const int CoverDensityRanked = 30;

    private const int CoverDensityRankedArticles = 5;
    private const int AnyWordCandidateCap = 200;
    private const int SnippetSourceCharacters = 800;
    private const int FuzzyCap = 20;
    private const double FuzzySimilarity = 0.3;
    private const double SuggestionSimilarity = 0.25;
    internal const int MinPrefixLength = 3;
    internal const int MinFuzzyLength = 4;

    /// <summary>
    /// The tiers, best first (their index is the order). <c>partial</c>: entries with only some of the words, found
    /// when no entry had all of them; it never shares a list with another tier.
    /// </summary>
    private static readonly string[] Tiers = ["message", "exact", "alias", "family", "status", "word", "text", "fuzzy", "filter", "partial"];

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var parsed = ParsedQuery.Parse(query);
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var offset = Math.Max(0, query.Offset);
        if (!parsed.HasText && !parsed.HasFilters)
        {
            return new SearchResults(parsed.Text, 0, [], Empty(), []);
        }

        // The statements here suit a generic plan (prefixes as ranges, not LIKE), except full text, which asks for its
        // custom plan back (see FindCandidatesAsync). The first batch sets the plan mode, and the connection's reset
        // when it goes back to the pool resets it.
        var connection = await GenericPlans.OpenWithoutSettingAsync(db, cancellationToken);
        try
        {
            var fullText = parsed.FullTextQuery;
            var textCap = parsed.SingleCode is null ? TextCandidateCap : CodeTextCandidateCap;
            var candidates = await FindCandidatesAsync(connection, parsed, Round.CodesAndText, fullText, parsed.RankQuery, textCap, cancellationToken);
            // A number named as an HTTP status ("503 Service Unavailable") names no code of another protocol with the
            // same digits: SMTP's 503 is no answer to "service unavailable".
            if (parsed.HttpStatusKeys is { Count: > 0 } httpStatuses)
            {
                candidates.RemoveAll(c => c.Named && httpStatuses.Contains(c.Key) && c.HttpStatus?.ToString(CultureInfo.InvariantCulture) != c.Key);
            }
            // Typos next, and only when the code itself matched nothing: similarity is the costliest tier.
            if (FuzzyKey(parsed) is not null && !candidates.Any(c => c.Tier <= TierOf("family")))
            {
                candidates.AddRange(await FindCandidatesAsync(connection, parsed, Round.Typos, null, null, 0, cancellationToken));
            }
            // Nothing found yet; or, for a pasted message, no entry whose own message it is: its words may have found
            // codes by chance (503 Server Error: …) or an entry that mentions one of its values (127.0.0.1, 5432).
            // Codes named by an everyday word among others count as nothing found: "Warning" begins a kubectl event.
            // A code the message names whose own message it is leaves the words to find more: Docker's DENIED says
            // "pull access denied …", and Kubernetes' ErrImagePull says it with what the registry answered.
            bool FoundNothing() => candidates.All(c => c.FoundBy == TierOf("word"));
            bool WordsFoundNothing() =>
                parsed.HasText && (FoundNothing() || (parsed.IsMessage && !candidates.Any(c => c.IsMessageByWords)));
            if (WordsFoundNothing() && parsed.WithoutValuesQuery is { } withoutValues)
            {
                // Every word at once matched nothing, and some are values: a message pasted with its instance id,
                // request id, date or host in it. Its other words find the entry that words it so. A message's
                // words may also have found codes (503 Server Error: Service Unavailable for url: …), which stay.
                fullText = withoutValues;
                candidates.AddRange(await FindCandidatesAsync(connection, parsed, Round.TextOnly, fullText, null, textCap, cancellationToken));
            }
            static bool IsCloseMessage(Candidate c) => c.Tier == TierOf("message") && c.Rank >= CloseMessageRank;
            bool FoundCloseMessage() => candidates.Any(IsCloseMessage);
            var closeMessageBeforeTails = FoundCloseMessage();
            CloseTail? closeTail = null;
            foreach (var tail in WordsFoundNothing() ? parsed.MessageTails : [])
            {
                // A log line's prefix (the client, the host, the step that failed) has words no entry has: the
                // message at its end may still be an entry's own, and is what the entries' messages are compared with.
                // The longest part that finds anything explains most of the line.
                fullText = tail.Query;
                candidates.AddRange(await FindCandidatesAsync(connection, parsed, Round.TextOnly, fullText, null, textCap, cancellationToken, tail.Message));
                if (!WordsFoundNothing())
                {
                    closeTail = !closeMessageBeforeTails && FoundCloseMessage()
                        ? new CloseTail(tail.Message, [.. candidates.Where(IsCloseMessage).Select(c => c.Id)])
                        : null;
                    break;
                }
            }
            if (parsed.IsMessage && (!FoundCloseMessage() || closeTail is not null))
            {
                // A line whose values are words ("in central", "on project app", the kernel's "(java)") has them in
                // every query above, which found nothing, only entries that share its words, or one whose message is
                // only somewhat like it (the kernel's "Out of memory: Killed process 23145 (java)" against the cgroup's
                // "Memory cgroup out of memory: Killed process … (…)", found by "java" in its prose): the messages it
                // fills, their placeholders standing for its values, are its entries' own. So is a message the line's
                // last part only ends: Mule's "HTTP GET on resource '…' failed: Connection refused." is more of the
                // line than the "Connection refused" its last part is (FilledMessageBranches' closeTail).
                var round = closeTail is null && candidates.Any(c => c.Tier == TierOf("message")) ? Round.FilledMessagesBesideMessage : Round.FilledMessages;
                candidates.AddRange(await FindCandidatesAsync(connection, parsed, round, null, null, 0, cancellationToken, closeTail: closeTail));
            }
            if (parsed.HasText && FoundNothing() && parsed.AnyWordQuery is { } anyWord)
            {
                // Still nothing: rank the entries that have any of the words.
                var partial = await FindCandidatesAsync(connection, parsed, Round.AnyWord, anyWord, null, AnyWordCandidateCap, cancellationToken);
                if (partial.Count > 0)
                {
                    (fullText, candidates) = (anyWord, [.. candidates.Where(c => c.Tier == TierOf("message")), .. partial]);
                }
            }

            // An entry found by several tiers (its code and its words) counts once, in its best tier with its best rank.
            // Within its tier it goes before the entries the query does not name: "500 Internal Server Error" is the
            // message of API Gateway's InternalServerError and of the status 500, and only the status is named by code.
            // A status named beside a vendor's code says less than the code: "Error code: 429 - … 'code':
            // 'insufficient_quota'" is OpenAI's insufficient_quota first, then the status 429.
            // A query that is one code, or spells one ("no such bucket"), ranks the codes of that name by how many
            // entries point at them: its words only say how often each entry repeats its own name. So does a message
            // several entries have word for word: the system's error the others wrap is the one they point at.
            static bool IsStatusEntry(Candidate c) => c.HttpStatus is { } status && c.Key == status.ToString(CultureInfo.InvariantCulture);
            int Prominence(Candidate c) => parsed.SingleCode is not null || parsed.SpellsOneCode || c.IsTheMessage ? c.LinksIn : 0;
            // A status's entry goes after the other codes named beside it, not after a code of another protocol with
            // its digits: "503" is HTTP's 503 first (the most linked), then SMTP's.
            var namedCodes = candidates.Where(c => c.Named && !IsStatusEntry(c)).Select(c => c.Key).ToList();
            // In the status tier, the codes whose own status it is go before those that only sometimes answer with it
            // (Google's rateLimitExceeded is a 403 that some APIs send as 429).
            var statuses = parsed.StatusCandidates.ToHashSet();
            bool HasOwnStatus(Candidate c) => c.Tier == TierOf("status") && c.HttpStatus is { } status && statuses.Contains(status);
            // Words that spell a code they found ("no brokers available" is kafka-python's NoBrokersAvailable) ask for
            // that code before the messages only somewhat like them (Kafka's "Broker: Leader not available").
            var spelledCodeFound = parsed.SpellsOneCode && candidates.Any(c => c.Named && parsed.Spells(CodeKey.Normalize(c.Key)));
            Candidate AfterSpelledCode(Candidate c) =>
                spelledCodeFound && c.Tier == TierOf("message") && !c.Named && c.Rank < CloseMessageRank ? c with { Tier = TierOf("text") } : c;
            // Words that spell a code name it by the chance of its wording: an entry whose message the words are goes
            // before it ("Connection reset by peer" is errno's ECONNRESET's message, and .NET's; Go's
            // ConnectionResetByPeer only ends with it).
            var ordered = candidates
                .GroupBy(c => (c.Kind, c.Id))
                .Select(g => (Best: AfterSpelledCode(BestOf(g.ToList())), Named: g.Any(c => c.Named)))
                .OrderBy(c => c.Best.Tier)
                .ThenByDescending(c => parsed.SpellsOneCode && c.Best.IsTheMessage)
                .ThenByDescending(c => c.Named)
                .ThenByDescending(c => HasOwnStatus(c.Best))
                .ThenBy(c => c.Named && IsStatusEntry(c.Best) && namedCodes.Any(key => !key.Equals(c.Best.Key, StringComparison.OrdinalIgnoreCase)))
                .ThenByDescending(c => Prominence(c.Best))
                .ThenByDescending(c => c.Best.Rank)
                .ThenByDescending(c => c.Best.LinksIn)
                .ThenBy(c => c.Best.Vendor, StringComparer.Ordinal)
                .ThenBy(c => c.Best.Service, StringComparer.Ordinal)
                .ThenBy(c => c.Best.Key, StringComparer.Ordinal)
                .Select(c => c.Best)
                .Take(CandidateCap)
                .ToList();
            var page = ordered.Skip(offset).Take(limit).ToList();
            var results = await LoadPageAsync(connection, page, fullText, cancellationToken);

            IReadOnlyList<Suggestion> suggestions = [];
            if (parsed.HasText && ordered.Count > 0 && ordered[0].Tier == TierOf("fuzzy"))
            {
                // The typo tier already found the nearest codes: they are the "did you mean".
                suggestions = ordered.Where(c => c.Tier == TierOf("fuzzy")).Take(5)
                    .Select(c => new Suggestion(c.Key, c.Vendor, c.Service, EntryUrls.Page(c.Vendor!, c.Service!, c.Key)))
                    .ToList();
            }
            if (parsed.HasText && ordered.Count == 0)
            {
                suggestions = await SuggestAsync(connection, parsed.Text, 5, cancellationToken);
            }
            return new SearchResults(parsed.Text, ordered.Count, results, FacetsOf(ordered), suggestions);
        }
        finally
        {
            await GenericPlans.CloseAsync(db, connection);
        }
    }

    /// <summary>
    /// An entry found by several tiers in its best tier with its best rank. A code an everyday word names (<see
    /// cref="ParsedQuery.EverydayCodeCandidates"/>) is in the word tier when it also has the query's other words
    /// ("s3 nosuchkey"), and after the entries that have them all when it does not ("aws throttling" is not Alibaba's
    /// Throttling).
    /// </summary>
    private static Candidate BestOf(List<Candidate> found)
    {
        var best = found.Count == 1 ? found[0] : found.MinBy(c => c.Tier)! with { Rank = found.Max(c => c.Rank), LinksIn = found.Max(c => c.LinksIn), IsTheMessage = found.Any(c => c.IsTheMessage) };
        return best.Tier == TierOf("word") && !found.Any(c => c.Tier == TierOf("text")) ? best with { Tier = TierOf("text") } : best;
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var cleaned = ParsedQuery.Clean(text);
        if (cleaned.Length == 0)
        {
            return [];
        }
        var connection = await GenericPlans.OpenWithoutSettingAsync(db, cancellationToken);
        try
        {
            return await SuggestAsync(connection, cleaned, Math.Clamp(limit, 1, 20), cancellationToken);
        }
        finally
        {
            await GenericPlans.CloseAsync(db, connection);
        }
    }

    /// <param name="Key">The code as spelled, or the article's slug.</param>
    /// <param name="LinksIn">For a code found by its name (exact, alias, typo): how many entries list it as related.</param>
    /// <param name="IsTheMessage">Its message is the pasted one (<see cref="SameMessage"/>).</param>
    /// <param name="FoundBy">The tier that found it, before its own message moved it to the message tier.</param>
    private sealed record Candidate(string Kind, long Id, int Tier, float Rank, string? Vendor, string? Service, string Key, int? HttpStatus, string? Category, int LinksIn, bool IsTheMessage, int FoundBy)
    {
        /// <summary>Found by its code or an alias.</summary>
        public bool Named => FoundBy == TierOf("exact") || FoundBy == TierOf("alias");

        /// <summary>A pasted message's words found it, and it is its own message.</summary>
        public bool IsMessageByWords => Tier == TierOf("message") && (FoundBy == TierOf("text") || FoundBy == TierOf("partial"));
    }

    /// <summary>
    /// How many entries list a code <c>c</c> as related, when it was found by its name: the tie-break between codes of
    /// the same name (RequestLimitExceeded is EC2's and DynamoDB's, and the other throttling entries point at EC2's).
    /// And when its message is the pasted one (<c>m.same</c>, <see cref="SameMessage"/>), between the entries that all
    /// have it: "No space left on device" is errno's ENOSPC, which a score of entries point at, before the tools that
    /// print the same words. Not counted for the other tiers: a status or a family lists thousands of codes.
    /// </summary>
    private static readonly string LinksIn =
        $"CASE WHEN c.tier IN ({TierOf("exact")}, {TierOf("alias")}, {TierOf("fuzzy")}) OR m.same THEN (SELECT count(*)::int FROM code_relations r WHERE r.related_id = c.id) ELSE 0 END";

    /// <summary>
    /// Whether a code <c>c</c> that a pasted message found, by its message or its name, has that very message, whatever
    /// its case and closing full stop: the whole query's, not its last part's, which a wrapper around it explains
    /// better. Trigrams alone take "Invalid access token" for "Access token invalid". Asked only of the full-text
    /// matches whose messages are alike: there are hundreds of the others. Without a pasted message
    /// (<paramref name="pasted"/>), no code has.
    /// </summary>
    private static string SameMessage(bool pasted) => pasted
        ? $"(c.tier IN ({TierOf("message")}, {TierOf("exact")}, {TierOf("alias")}) OR (c.tier = {TierOf("text")} AND c.rank >= {MessageMatchRank})) AND EXISTS (SELECT 1 FROM code_variants cv WHERE cv.error_code_id = c.id AND kb_message_key(cv.message) = ANY(@whole_message_keys))"
        : "false";

    private static int TierOf(string name) => Array.IndexOf(Tiers, name);

    /// <summary>Codes are indexed with <c>simple</c> (whole words) and prose with <c>english</c> (stems): a query asks both.</summary>
    private const string TsQuery = "websearch_to_tsquery('english', @fts) || websearch_to_tsquery('simple', @fts)";

    /// <summary>
    /// Whether <c>{vector}</c> matches <see cref="TsQuery"/>, written for the GIN index, over the row <c>q</c> of <see cref="MatchQueries"/>.
    /// When every word is required, the two halves are two index conditions: GIN then reads the rarest word's entries
    /// and skips through the others', which it cannot do for one query that either half may satisfy. "You are not
    /// authorized to access this request" took 2.9 ms in the index that way, 1.4 ms as two. An any-word query is
    /// read whole either way, and as two it reads the words the halves share twice (16 % slower), so it stays one.
    /// </summary>
    private static string Matches(string vector, bool anyWord) =>
        anyWord ? $"{vector} @@ q.tsq" : $"({vector} @@ q.te OR {vector} @@ q.ts)";

    private static string MatchQueries(bool anyWord) =>
        anyWord ? $"{TsQuery} AS tsq" : "websearch_to_tsquery('english', @fts) AS te, websearch_to_tsquery('simple', @fts) AS ts";

    /// <summary>The same for <see cref="ParsedQuery.RankQuery"/>, which ranks what <see cref="TsQuery"/> matched.</summary>
    private const string RankTsQuery = "websearch_to_tsquery('english', @rank) || websearch_to_tsquery('simple', @rank)";

    /// <summary>
    /// The full-text rank of a row of <c>t (id, r = ts_rank, search_vector, rq)</c>: the best <paramref name="coverDensityRanked"/>
    /// by <c>ts_rank</c> are ranked by cover density instead, and come first, since 1 + cover density is above any
    /// r / (1 + r). Codes and articles share the scale, so that they can be ordered together. For a pasted message,
    /// <paramref name="messageMatch"/> adds to the best <see cref="MessageCompared"/>.
    /// </summary>
    private static string TextRank(int coverDensityRanked, string messageMatch = "", string rankQuery = "t.rq") =>
        $"CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= {coverDensityRanked} THEN 1 + ts_rank_cd(t.search_vector, {rankQuery}) ELSE t.r / (1 + t.r) END"
        + (messageMatch.Length == 0 ? "" : $" + CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= {MessageCompared} OR row_number() OVER (ORDER BY t.rm DESC, t.id) <= {MessageCompared} THEN {messageMatch} ELSE 0 END");

    /// <summary>
    /// The rank query of a code <c>t</c> without the words of its own vendor's and service's slugs, for the entries
    /// <see cref="TextRank"/> orders by cover density. Every entry's vector holds its owner's names, so "stripe card
    /// expired" matches Stripe's entries by all three words; ranked with "stripe", cover density put first the entries
    /// whose prose says "Stripe" near "card" (expired_card was fifth), and "elasticsearch circuit breaker" put
    /// too_many_buckets_exception before circuit_breaking_exception. The whole rank query when no word would be left.
    /// Built only for the entries whose owner the query names (<c>t.rw</c>, the rank query's words): parsing a query
    /// for each of the thirty cost more than the ranking.
    /// </summary>
    private const string OwnRankQuery = """
        CASE WHEN string_to_array(t.vendor || '-' || t.service, '-') && t.rw
             THEN coalesce((SELECT websearch_to_tsquery('english', o.rest) || websearch_to_tsquery('simple', o.rest)
                            FROM array_to_string(ARRAY(SELECT w FROM unnest(t.rw) w
                                                       WHERE w <> ALL(string_to_array(t.vendor || '-' || t.service, '-'))), ' ') o (rest)
                            WHERE o.rest ~ '\w'), t.rq)
             ELSE t.rq END
        """;

    /// <summary>
    /// How many of the full-text matches, the best by <c>ts_rank</c>, a pasted message is compared with. More than are
    /// ranked by cover density: "invalid value" is in a hundred entries, and 22007's message is not among the words'
    /// best thirty. A comparison is one index lookup and a trigram similarity of two short strings.
    /// </summary>
    private const int MessageCompared = 100;

    /// <summary>
    /// The second window a pasted message is compared in: the best <see cref="MessageCompared"/> by their codes,
    /// titles and messages alone (weights A and B). A short message of common words, 22007's <c>invalid value "…"
    /// for "…"</c>, is outranked by entries whose prose says "invalid" and "value" again and again.
    /// </summary>
    private const string MessageWindowRank = "ts_rank('{0, 0, 1, 1}', e.search_vector, q.rq) AS rm";

    /// <summary>
    /// For a pasted message, what the entry's own messages add to the rank of a code <c>t</c> among the best
    /// <see cref="MessageCompared"/>: words alone rank <c>relation "users" does not exist</c> below entries that
    /// say "relation" and "exist" more often, while trigram similarity to 42P01's <c>relation "…" does not exist</c>
    /// is 0.69 and to the others' at most 0.53. A message at least <see cref="MessageSimilarity"/> alike puts its
    /// entry above every entry that only shares words (a cover density stays far below 100), the most alike first.
    /// </summary>
    private static readonly string MessageMatch = MessageMatchOf(Alike("@message"));

    /// <summary>
    /// Whether an entry's message is a pasted one with its values as <c>…</c>, which makes it a little more alike
    /// (<see cref="Alike"/>) than trigrams say: they ignore quotes,
    /// so <c>Table '…' already exists</c> (MySQL), <c>table … already exists</c> (SQLite) and <c>Table already exists:</c>
    /// (DynamoDB) are all the same to them, and <c>Table 'orders' already exists</c> is MySQL's. A pasted message is
    /// also taken without its severity: <c>FATAL:  database "app" does not exist</c> is PostgreSQL's <c>database "…"
    /// does not exist</c>, and as much like ClickHouse's <c>Database … does not exist</c> to trigrams.
    /// </summary>
    private const string SameShape = "kb_message_key(cv.message) = ANY(@message_keys)";

    /// <summary>
    /// How alike an entry's message <c>cv.message</c> is to a pasted one: their trigram similarity, and for a message
    /// of the same shape (<see cref="SameShape"/>) at least <see cref="MessageSimilarity"/> and a little more. Its
    /// values weigh on trigrams as much as its words: Oracle's <c>at "…", line …</c> is 0.3 alike to <c>at
    /// "APP.BILLING", line 42</c>, and is still the message that line is.
    /// </summary>
    private static string Alike(string pasted) =>
        $"CASE WHEN {SameShape} THEN greatest(similarity(cv.message, {pasted}), {MessageSimilarity}) + 0.05 ELSE similarity(cv.message, {pasted}) END";

    /// <summary>
    /// <see cref="MessageMatch"/> for the part of a log line after a prefix (<see cref="ParsedQuery.MessageTails"/>),
    /// the more alike of the part and the whole line: in <c>dial tcp: lookup db on 10.0.0.2:53: no such host</c> the
    /// part "no such host" is words of Java's "No such host is known", and the line is Go's message as a whole.
    /// </summary>
    private static readonly string TailMessageMatch =
        MessageMatchOf($"greatest({Alike("@message")}, similarity(cv.message, @line))");

    /// <summary>
    /// <see cref="MessageMatch"/> for a code the query names (exact or alias): "ERROR 1045 (28000): Access
    /// denied for user …" names MySQL's 1045 and PostgreSQL's SQLSTATE 28000, and is the message of 1045 only.
    /// </summary>
    private static readonly string NamedMessageMatch = MessageMatchOf("similarity(cv.message, @named_message)", "e.id");

    private const string CodeColumns = "e.service_id, e.code, e.http_status, e.category, e.retry";

    /// <summary>
    /// The entries whose own message is a pasted one (<see cref="Search.MessageKeys"/>), found by the code tiers' statement
    /// besides by their words: the full-text tier ranks the first <see cref="TextCandidateCap"/> entries with all the
    /// words, in no particular order, and a message of common words ("Request timed out.") has more. A message many
    /// entries share says little about which one it is: a few of them are enough.
    /// </summary>
    private static readonly string OwnMessageBranch = $"""
        SELECT e.id, {TierOf("text")}, 0, {CodeColumns} FROM error_codes e
        WHERE e.id IN (SELECT cv.error_code_id FROM code_variants cv WHERE kb_message_key(cv.message) = ANY(@message_keys) LIMIT 10)
        """;

    /// <summary>
    /// The entries with a message the pasted text fills, its <c>…</c> standing for any values: those whose two longest
    /// words the text has (an index, <c>kb_message_words</c>), then matched as patterns. The more of the text a message's own
    /// words cover, the better its rank, from <see cref="MessageMatchRank"/> up (<see cref="FilledShare"/>). Beside
    /// <paramref name="closeTail"/>, the line's last part that is another entry's message, only a message that ends
    /// with that part and says more counts, and goes before it: Mule's "HTTP … on resource '…' failed: Connection
    /// refused." and not gRPC's "rpc error: code = PermissionDenied desc = …" around etcd's "etcdserver: permission denied".
    /// A text without a severity in front is compared with the messages without theirs (<see cref="MessageWithoutSeverity"/>).
    /// </summary>
    private static List<string> FilledMessageBranches(NpgsqlCommand command, ParsedQuery parsed, bool mostOfTheLine, CloseTail? closeTail)
    {
        var withoutSeverity = parsed.MessageAfterSeverity is null;
        command.Parameters.Add(new NpgsqlParameter("filled", NpgsqlDbType.Text) { Value = parsed.Text });
        command.Parameters.Add(new NpgsqlParameter("filled_words", NpgsqlDbType.Array | NpgsqlDbType.Text)
        {
            Value = withoutSeverity ? [.. MessageWords(parsed.Text), .. MessageSeverities] : MessageWords(parsed.Text),
        });
        var endsWithCloseTail = "";
        if (closeTail is not null)
        {
            var tail = closeTail.Text.TrimEnd('.', ' ');
            command.Parameters.Add(new NpgsqlParameter("close_tail", NpgsqlDbType.Text) { Value = "%" + EscapeLike(tail.ToLowerInvariant()) });
            command.Parameters.Add(new NpgsqlParameter("close_tail_length", NpgsqlDbType.Integer) { Value = tail.Length });
            command.Parameters.Add(new NpgsqlParameter("close_tail_inside", NpgsqlDbType.Text) { Value = "%" + EscapeLike(tail) + "%" });
            command.Parameters.Add(new NpgsqlParameter("close_ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = closeTail.EntryIds });
            endsWithCloseTail = "AND ((rtrim(lower(cv.message), '. ') LIKE @close_tail AND length(replace(cv.message, '…', '')) > @close_tail_length) "
                                + $"OR ({WrapsTheLinesEnd} AND cv.own_length > @close_tail_length AND {CloseTailIsWrapped}) "
                                + $"OR ({WrapsWithOneSentence} AND {CloseEntryIsWrapped}) OR {FillsTheWholeLine})";
        }
        return [$"""
            SELECT e.id, {TierOf("message")}, f.rank, {CodeColumns} FROM error_codes e
            JOIN (SELECT cv.error_code_id, max(50 + 50 * least(1, {FilledShare("@filled")})){(closeTail is null ? "" : $" + {MoreThanCloseTail}")} AS rank
                  FROM (SELECT cv.error_code_id, {(withoutSeverity ? MessageWithoutSeverity : "cv.message")} AS message,
                               length(replace(cv.message, '…', '')) AS own_length FROM code_variants cv
                        WHERE (kb_message_words(cv.message))[1] = ANY(@filled_words) AND coalesce((kb_message_words(cv.message))[2], '') = ANY(@filled_words)
                        LIMIT {FilledCandidateCap}) cv
                  WHERE cv.own_length >= {MinFilledLength}
                        AND @filled ILIKE '%' || {FilledPattern} || '%'
                        {(mostOfTheLine ? $"AND ({FilledShare("@filled", fromMessage: true)} >= 0.5 OR {FillsTheWholeLine})" : "")} {endsWithCloseTail}
                  GROUP BY cv.error_code_id
                  ORDER BY rank DESC LIMIT 10) f ON f.error_code_id = e.id
            """];
    }

    /// <summary>
    /// The severity words a tool's message may begin with, as git prints <c>fatal: invalid reference: …</c> and
    /// <c>error: cannot lock ref '…': …</c>. A pasted line often comes without it: the extractor takes the message
    /// after it, and a user copies the words that say what went wrong.
    /// </summary>
    private static readonly string[] MessageSeverities = ["error", "fatal"];

    /// <summary>
    /// The message <c>cv.message</c> without the severity in front (<see cref="MessageSeverities"/>). Its length with
    /// it is what <see cref="MinFilledLength"/> asks of: OCaml's <c>Error: Unbound value …</c> says enough.
    /// </summary>
    private static readonly string MessageWithoutSeverity = $"regexp_replace(cv.message, '^({string.Join('|', MessageSeverities)}): +', '', 'i')";

    /// <summary>A message <c>cv.message</c> as an ILIKE pattern (<see cref="PatternOf"/>).</summary>
    private static readonly string FilledPattern = PatternOf("cv.message");

    /// <summary>The message in the column <paramref name="message"/> as an ILIKE pattern: its <c>…</c> stand for any values, the rest for itself.</summary>
    private static string PatternOf(string message) =>
        $"""replace(replace(replace(replace({message}, '\', '\\'), '%', '\%'), '_', '\_'), '…', '%')""";

    /// <summary>
    /// Whether the line fills the message <c>cv.message</c> from its first word to its last, both its own: such a
    /// message explains all of it, however long its values, and whatever part of them is another entry's message.
    /// PHP's "PHP Warning:  PHP Startup: Unable to load dynamic library '…' (tried: …) in Unknown on line 0" has the
    /// loader's "No such file or directory" among its values, which are longer than its own words. A wrapper that
    /// begins or ends with a value (Rust's "thread '…' panicked at …", "Uncaught (in promise) …") fills any line it
    /// begins, and says less than the message inside it.
    /// </summary>
    private static readonly string FillsTheWholeLine =
        $"left(cv.message, 1) <> '…' AND right(rtrim(cv.message, '. '), 1) <> '…' AND rtrim(@filled, '. ') ILIKE rtrim({FilledPattern}, '. ')";

    /// <summary>
    /// Whether the line's close last part is an error that other entries' messages wrap (a system's "no such file or
    /// directory", "connection refused"): a program's wrapper around it says which program failed. A last part few
    /// messages contain is the specific error, and a wrapper around it the general one: GitHub's "The workflow is not
    /// valid. … (Line: …, Col: …): …" around "Exceeded max expression length 21000", "Uncaught (in promise) …" around
    /// Deno KV's "Too many checks (max 100)". The trigram index on messages serves it, once per search.
    /// </summary>
    private static readonly string CloseTailIsWrapped =
        $"(SELECT count(*) FROM (SELECT 1 FROM code_variants w WHERE w.message ILIKE @close_tail_inside LIMIT {WrappedTailMessages}) x) >= {WrappedTailMessages}";

    /// <summary>
    /// The same for the entries the close last part found, by their own messages: a last part with values ("Get
    /// "http://127.0.0.1:8500/v1/agent/self": dial tcp 127.0.0.1:8500: connect: connection refused") is in no message,
    /// and Go's "dial tcp …: connect: connection refused" that it is, is in many. A program's wrapper around such an
    /// error says which program failed, however short its own words: Consul's "Error querying Consul agent: …".
    /// </summary>
    private static readonly string CloseEntryIsWrapped = $"""
        EXISTS (SELECT 1 FROM code_variants own
                WHERE own.error_code_id = ANY(@close_ids) AND length(replace(own.message, '…', '')) >= {MinFilledLength}
                  AND (SELECT count(*) FROM (SELECT 1 FROM code_variants w
                                             WHERE w.error_code_id <> own.error_code_id AND w.message ILIKE '%' || {PatternOf("own.message")} || '%'
                                             LIMIT {WrappedTailMessages}) x) >= {WrappedTailMessages})
        """;

    /// <summary>
    /// Whether the message <c>cv.message</c> ends with a value, which the line's last part fills: TFLint's "Failed to
    /// load TFLint config; …" around "open .tflint.hcl: no such file or directory". Beside a close last part, such a
    /// wrapper says more only when its own words are longer than that part: Kubernetes' "Internal error occurred: …"
    /// says less than the cert-manager webhook failure it wraps.
    /// </summary>
    private const string WrapsTheLinesEnd = "right(rtrim(cv.message, '. '), 1) = '…'";

    /// <summary>
    /// Whether the message <c>cv.message</c> is one sentence of its own before the value, as a program words what it
    /// was doing (Consul's "Error querying Consul agent: …"), and so says more than any error it wraps. Not gRPC's "rpc
    /// error: code = … desc = …", a format that any program's error goes through.
    /// </summary>
    private const string WrapsWithOneSentence = "strpos(cv.message, '…') = length(rtrim(cv.message, '. '))";

    /// <summary>How many messages must contain a last part for it to be an error that programs wrap.</summary>
    private const int WrappedTailMessages = 5;

    /// <summary>
    /// How much of the line <paramref name="line"/> the own words of a message <c>cv.message</c> it fills are: of the
    /// whole line, or of the line from where the message begins (a log line's prefix is no part of the message at its
    /// end). The whole line ranks: postfix's "connect to …[…]:…: Connection timed out" is more of its line than
    /// Cloudflare's "Connection timed out", which is all of it from where it begins too. A message that begins with a
    /// value begins the line.
    /// </summary>
    private static string FilledShare(string line, bool fromMessage = false) =>
        $"length(replace(cv.message, '…', ''))::real / "
        + (fromMessage ? $"(length({line}) + 1 - greatest(1, strpos(lower({line}), lower(split_part(cv.message, '…', 1)))))" : $"length({line})");

    /// <summary>
    /// How many messages with the line's words are matched as patterns at most (about 2 µs each). The shipped content
    /// has a few per line; the benchmark's corpus is made of a few hundred words, and "authorized" with "access" named
    /// 2,100 of its messages. The cap bounds the round whatever the corpus and the length of the line.
    /// </summary>
    private const int FilledCandidateCap = 1000;

    /// <summary>How long a message's own words must be to say something when its values are anything: "Could not find artifact … in … (…)", not "… in …".</summary>
    private const int MinFilledLength = 15;

    /// <summary>What a filled message that ends with the line's closely matched last part adds to its rank: more than a message rank (about 100) can be.</summary>
    private const int MoreThanCloseTail = 100;

    /// <summary>
    /// The words of a text as <c>kb_message_words</c> splits a message (letters, digits and underscores, in lower
    /// case), whatever their length: pnpm's <c>GET …: Not Found - 404</c> has "404" for its second longest word. And
    /// '' for a message of one word. A message that says too little to be filled is left out by its length
    /// (<see cref="MinFilledLength"/>), not by its words'.
    /// </summary>
    internal static string[] MessageWords(string text)
    {
        var words = new List<string> { "" };
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }
            if (i > start && text[start..i].ToLowerInvariant() is var word && !words.Contains(word))
            {
                words.Add(word);
            }
            i = Math.Max(i, start + 1);
        }
        return [.. words];
    }

    /// <summary><see cref="MessageMatch"/> for <see cref="OwnMessageBranch"/>'s entries.</summary>
    private static readonly string OwnMessageMatch = MessageMatchOf(Alike("@named_message"), "e.id");

    /// <summary>100 × the best <paramref name="alike"/> of the messages of the code <paramref name="id"/>, when it is at least <see cref="MessageSimilarity"/>; else 0.</summary>
    private static string MessageMatchOf(string alike, string id = "t.id") => $"""
        coalesce((SELECT 100 * max({alike}) FROM code_variants cv WHERE cv.error_code_id = {id}
                     HAVING max({alike}) >= {MessageSimilarity}), 0)
        """;

    private const string MessageSimilarity = "0.5";

    /// <summary>
    /// The least rank <see cref="MessageMatch"/> gives a code (100 × <see cref="MessageSimilarity"/>), which words
    /// alone never reach. Such a code is in the message tier, ahead of the code tiers: the words of a pasted message
    /// look like codes by chance (<c>503 Server Error: Service Unavailable for url: …</c> holds the status 503 and
    /// EC2's code Unavailable), while the message itself is what requests' HTTPError says.
    /// </summary>
    private const float MessageMatchRank = 50;

    /// <summary>
    /// A message-tier rank from which the pasted message is taken as found: below it, the messages the line fills are
    /// looked for too (<see cref="Round.FilledMessages"/>). A rank is 100 × how alike the messages are, plus the words'
    /// own rank (one or two), so this is about 0.63 alike: the cgroup's "Memory cgroup out of memory: Killed process …"
    /// is 0.6 alike to the kernel's plain "Out of memory: Killed process 23145 (java) …", whose own message is 0.64.
    /// </summary>
    private const float CloseMessageRank = 65;

    /// <summary>A log line's last part that entries' own messages closely match (<see cref="CloseMessageRank"/>), and those entries.</summary>
    private sealed record CloseTail(string Text, long[] EntryIds);

    /// <summary>The key a typo search runs on: one word that is not a number (trigrams say nothing about 429 vs 492).</summary>
    internal static string? FuzzyKey(ParsedQuery parsed) =>
        parsed.SingleCode is { Length: >= MinFuzzyLength } key && !key.All(char.IsAsciiDigit) ? key : null;

    /// <summary>The key the family and prefix tiers run on: a number's prefix says nothing (429 is not a kind of 42939).</summary>
    internal static string? PrefixKey(ParsedQuery parsed) =>
        parsed.SingleCode is { Length: >= MinPrefixLength } key && !key.All(char.IsAsciiDigit) ? key : null;

    /// <summary>The key "did you mean" looks near: the longest word, normalized as a code ("" when there is none).</summary>
    internal static string SuggestionKey(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length) is { } longest ? CodeKey.Normalize(longest) : "";

    /// <summary>Short numbers get suggestions among their one-typo neighbours (trigrams say nothing about them), other text by trigram distance.</summary>
    internal static bool IsNumericSuggestion(string key) => key.Length is > 0 and <= 8 && key.All(char.IsAsciiDigit);

    /// <summary>What a round of <see cref="FindCandidatesAsync"/> looks for.</summary>
    private enum Round
    {
        /// <summary>The code tiers (exact, alias, family, status, or a filter's list) and the full-text tier.</summary>
        CodesAndText,

        /// <summary>Codes like the one typed: after the first round found no code.</summary>
        Typos,

        /// <summary>
        /// Full text alone, without the values in it (ids, numbers, hosts): after the first round found nothing at
        /// all, or found only codes for a pasted message.
        /// </summary>
        TextOnly,

        /// <summary>The entries whose messages the pasted text fills (<see cref="FilledMessageBranches"/>): when its words found nothing.</summary>
        FilledMessages,

        /// <summary>
        /// <see cref="FilledMessages"/> when its words found a message only somewhat like it: only a message that is
        /// most of the line from where it begins says more. The status 503's "Service Unavailable" is in "503 Server
        /// Error: Service Unavailable for url: …", which is requests' HTTPError.
        /// </summary>
        FilledMessagesBesideMessage,

        /// <summary>Full text alone, any of the words: when every word at once found nothing.</summary>
        AnyWord,
    }

    /// <summary>
    /// One batch, one round trip: the code tiers' statement on a generic plan, the full-text statement on a custom
    /// plan, the articles' on a generic plan again. Full text is its own small statement because a custom plan is
    /// planned anew each time: planning it with the code tiers, their joins and their grouping took longer than
    /// running it. <paramref name="rankText"/> ranks what <paramref name="fullText"/> matched; null ranks by the match query.
    /// <paramref name="message"/> is the part of a log line the entries' own messages are compared with besides the whole.
    /// </summary>
    private static async Task<List<Candidate>> FindCandidatesAsync(
        NpgsqlConnection connection, ParsedQuery parsed, Round round, string? fullText, string? rankText, int textCap, CancellationToken cancellationToken,
        string? message = null, CloseTail? closeTail = null)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var filters = string.Join(" AND ", FilterClauses(parsed, command));
        var sql = new StringBuilder();
        var anyWord = round == Round.AnyWord;
        var textTier = TierOf(anyWord ? "partial" : "text");

        // The messages whose shape an entry's own may have (SameShape, OwnMessageBranch): the part of a log line this
        // round compares, or the pasted message, also without its severity.
        IReadOnlyList<string> pasted = round == Round.Typos ? [] : message is not null ? [message] : parsed.PastedMessages;
        if (pasted.Count > 0)
        {
            command.Parameters.Add(new NpgsqlParameter("message_keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = MessageKeys.Of(pasted) });
        }
        // Which entries have the query's message itself, word for word: that of the whole query, not of the log line's
        // last part; with its severity ("Error: context deadline exceeded" is etcd's, Go's has no "Error:"); and with
        // no values, which are words that may say which of them it is (npm's EACCES, not Node's, for a path in node_modules).
        var wholeMessage = round == Round.Typos ? null : parsed.MessageText;
        if (wholeMessage is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("whole_message_keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = MessageKeys.AsPasted([wholeMessage]) });
        }
        var codeTiers = round switch
        {
            Round.TextOnly or Round.AnyWord => [],
            Round.FilledMessages or Round.FilledMessagesBesideMessage => FilledMessageBranches(command, parsed, round == Round.FilledMessagesBesideMessage, closeTail),
            _ => CodeTierBranches(command, parsed, round == Round.Typos),
        };
        // The message the code tiers' entries are compared with: the pasted one, or the part of a log line after a prefix.
        var ownMessage = round switch { Round.CodesAndText => parsed.MessageText, Round.TextOnly => message, _ => null };
        if (ownMessage is not null)
        {
            codeTiers.Add(OwnMessageBranch);
        }
        if (codeTiers.Count > 0)
        {
            // A status, category or verdict filter applies to the union, which the planner pushes into every branch.
            // A pasted message's named codes are compared with it as its full-text matches are (the status tier lists
            // thousands of codes, and says nothing about the message).
            var rank = "max(e.rank)";
            if (ownMessage is not null)
            {
                command.Parameters.Add(new NpgsqlParameter("named_message", NpgsqlDbType.Text) { Value = ownMessage });
                rank = $"CASE WHEN min(e.tier) IN ({TierOf("exact")}, {TierOf("alias")}) THEN {NamedMessageMatch} WHEN min(e.tier) = {TierOf("text")} THEN {OwnMessageMatch} ELSE max(e.rank) END";
            }
            sql.Append(GenericPlans.Set).Append($"""
                ;
                SELECT 'code', c.id, c.tier, c.rank, c.vendor, c.service, c.code, c.http_status, c.category, {LinksIn}, m.same
                FROM (SELECT e.id, min(e.tier) AS tier, {rank} AS rank, v.slug AS vendor, s.slug AS service, e.code, e.http_status, e.category
                      FROM ({string.Join(" UNION ALL ", codeTiers)}) e (id, tier, rank, service_id, code, http_status, category, retry)
                      JOIN services s ON s.id = e.service_id
                      JOIN vendors v ON v.id = s.vendor_id
                      {(ExclusionClause(parsed, command) is { } excluded ? "WHERE " + string.Join(" AND ", new[] { filters, excluded }.Where(f => f.Length > 0)) : filters.Length > 0 ? "WHERE " + filters : "")}
                      GROUP BY e.id, v.slug, s.slug, e.code, e.http_status, e.category
                      ORDER BY min(e.tier), max(e.rank) DESC, v.slug, s.slug, e.code
                      LIMIT {CandidateCap}) c
                CROSS JOIN LATERAL (SELECT {SameMessage(wholeMessage is not null)} AS same) m;
                """);
        }

        if (fullText is not null)
        {
            // How many entries a tsquery matches decides between reading the table until the cap is reached (a common
            // word) and the GIN index (a rare one): only a custom plan sees the words. A generic plan always takes the
            // index, and "error or request or …" then built a bitmap of half the table: 20 ms instead of 5.
            // The filters come before the cap, so that a filtered query ranks the matches that pass them.
            // ts_rank_cd allocates and clears 32 kB per query term for every entry it ranks (8 ms for a pasted
            // message against 500 entries): cover density orders the best few, which are the ones shown, and the
            // cheaper ts_rank the rest (TextRank). code_search carries the slugs: a join planned anew each time costs more.
            command.Parameters.Add(new NpgsqlParameter("fts", NpgsqlDbType.Text) { Value = fullText });
            command.Parameters.Add(new NpgsqlParameter("rank", NpgsqlDbType.Text) { Value = rankText ?? fullText });
            var messageMatch = "";
            if (message is not null)
            {
                command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Text) { Value = message });
                command.Parameters.Add(new NpgsqlParameter("line", NpgsqlDbType.Text) { Value = parsed.Text });
                messageMatch = TailMessageMatch;
            }
            else if (parsed.MessageText is { } whole)
            {
                command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Text) { Value = whole });
                messageMatch = MessageMatch;
            }
            sql.Append($"""
                SET plan_cache_mode = force_custom_plan;
                SELECT 'code', c.id, c.tier, c.rank, c.vendor, c.service, c.code, c.http_status, c.category, {LinksIn}, m.same
                FROM (SELECT t.id, {textTier} AS tier, {TextRank(CoverDensityRanked, messageMatch, OwnRankQuery)} AS rank, t.vendor, t.service, t.code, t.http_status, t.category
                      FROM (SELECT e.id, e.search_vector, q.rq, q.rw, ts_rank(e.search_vector, q.rq) AS r{(messageMatch.Length == 0 ? "" : ", " + MessageWindowRank)}, e.vendor, e.service, e.code, e.http_status, e.category
                            FROM code_search e, (SELECT {MatchQueries(anyWord)}, {RankTsQuery} AS rq, string_to_array(@rank, ' ') AS rw) q
                            WHERE {Matches("e.search_vector", anyWord)}{(filters.Length > 0 ? " AND " + filters : "")}
                            LIMIT {textCap}) t) c
                CROSS JOIN LATERAL (SELECT {SameMessage(wholeMessage is not null)} AS same) m;
                {GenericPlans.Set};
                """);

            // Articles have no status, category or verdict: a query filtered by those is about codes only. There are
            // few of them, so any plan does; they are long, so only the best few are ranked by cover density.
            // OFFSET 0 keeps the tsqueries a subquery of their own: flattened into a generic plan, they were parsed
            // again for every article (1.7 ms for 50 articles, against 0.4 ms parsed once).
            if (parsed.Status is null && parsed.Category is null && parsed.Retryable is null && parsed.Service is null)
            {
                sql.Append($"""
                    SELECT 'article', t.id, {textTier}, {TextRank(CoverDensityRankedArticles)}, t.vendor, NULL, t.slug, NULL::integer, NULL, 0, false
                    FROM (SELECT a.id, a.slug, a.search_vector, q.rq, ts_rank(a.search_vector, q.rq) AS r, v.slug AS vendor
                          FROM articles a
                          CROSS JOIN (SELECT {MatchQueries(anyWord)}, {RankTsQuery} AS rq OFFSET 0) q
                          LEFT JOIN vendors v ON v.id = a.vendor_id
                          WHERE {Matches("a.search_vector", anyWord)} {(parsed.Vendor is null ? "" : "AND v.slug = @vendor")}
                          LIMIT {textCap}) t;
                    """);
            }
        }
        if (sql.Length == 0)
        {
            return [];
        }
        command.CommandText = sql.ToString();

        var candidates = new List<Candidate>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (kind, tier, rank) = (reader.GetString(0), reader.GetInt32(2), reader.GetFloat(3));
                var foundBy = tier;
                if (kind == "code" && tier != TierOf("status") && (message ?? parsed.MessageText) is not null && rank >= MessageMatchRank)
                {
                    tier = TierOf("message");
                }
                candidates.Add(new Candidate(
                    kind, reader.GetInt64(1), tier, rank,
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.GetInt32(9), reader.GetBoolean(10), foundBy));
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
        return candidates;
    }

    /// <summary>
    /// The code tiers' branches, each yielding the entry's columns itself, so that no hit is looked up in error_codes
    /// a second time. Without text, the filters' own list.
    /// </summary>
    private static List<string> CodeTierBranches(NpgsqlCommand command, ParsedQuery parsed, bool fuzzy)
    {
        var branches = new List<string>();
        if (fuzzy)
        {
            if (FuzzyKey(parsed) is { } typo)
            {
                branches.Add($"""
                    SELECT e.id, {TierOf("fuzzy")}, k.score, {CodeColumns}
                    FROM ({TypoCandidateKeys(command, typo, TypoAnchors.For(typo), FuzzySimilarity)} ORDER BY 2 DESC LIMIT {FuzzyCap}) k
                    JOIN error_codes e ON e.code_key = k.code_key
                    """);
            }
            return branches;
        }

        var (keys, everyday) = (parsed.CodeCandidates, parsed.EverydayCodeCandidates);
        if (keys.Count + everyday.Count > 0)
        {
            command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Concat(everyday).ToArray() });
            command.Parameters.Add(new NpgsqlParameter("everyday", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = everyday.ToArray() });
            branches.Add($"""
                SELECT e.id, CASE WHEN e.code_key = ANY(@everyday) THEN {TierOf("word")} ELSE {TierOf("exact")} END, 0::real, {CodeColumns}
                FROM error_codes e WHERE e.code_key = ANY(@keys)
                """);
            branches.Add($"""
                SELECT e.id, CASE WHEN a.alias_key = ANY(@everyday) THEN {TierOf("word")} ELSE {TierOf("alias")} END, 0, {CodeColumns}
                FROM code_aliases a JOIN error_codes e ON e.id = a.error_code_id WHERE a.alias_key = ANY(@keys)
                """);
        }
        // Numbers match exactly or by status.
        if (PrefixKey(parsed) is { } single)
        {
            command.Parameters.Add(new NpgsqlParameter("family", NpgsqlDbType.Text) { Value = single });
            AddPrefixRange(command, "prefix", single);
            branches.Add($"SELECT e.id, {TierOf("family")}, 0, {CodeColumns} FROM error_codes e WHERE e.family_key = @family");
            branches.Add($"SELECT e.id, {TierOf("family")}, 0, {CodeColumns} FROM error_codes e WHERE {InRange("e.code_key", "prefix")}");
        }
        var statuses = parsed.StatusCandidates.ToArray();
        if (statuses.Length > 0)
        {
            command.Parameters.Add(new NpgsqlParameter("statuses", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = statuses });
            branches.Add($"SELECT e.id, {TierOf("status")}, 0, {CodeColumns} FROM error_codes e WHERE e.http_status = ANY(@statuses)");
            branches.Add($"SELECT e.id, {TierOf("status")}, 0, {CodeColumns} FROM code_variants cv JOIN error_codes e ON e.id = cv.error_code_id WHERE cv.http_status = ANY(@statuses)");
        }
        if (!parsed.HasText)
        {
            branches.Add($"SELECT e.id, {TierOf("filter")}, 0, {CodeColumns} FROM error_codes e");
        }
        return branches;
    }

    /// <summary>
    /// The excluded words for the code tiers, which full text leaves out by its query: "throttling -aws" named AWS's
    /// Throttling codes by name. An entry is left out when its vector has any of them (its vendor's name is in it).
    /// </summary>
    private static string? ExclusionClause(ParsedQuery parsed, NpgsqlCommand command)
    {
        var excluded = parsed.ExcludedTerms;
        if (excluded.Count == 0)
        {
            return null;
        }
        command.Parameters.Add(new NpgsqlParameter("excluded", NpgsqlDbType.Text) { Value = string.Join(" or ", excluded) });
        return """
            e.id NOT IN (SELECT x.id FROM code_search x
                         WHERE x.search_vector @@ (websearch_to_tsquery('english', @excluded) || websearch_to_tsquery('simple', @excluded)))
            """;
    }

    /// <summary>Conditions on an entry <c>e</c> with the columns of error_codes (which code_search, the full-text tier's table, has too).</summary>
    private static List<string> FilterClauses(ParsedQuery parsed, NpgsqlCommand command)
    {
        var filters = new List<string>();
        if (parsed.Vendor is { } vendor)
        {
            command.Parameters.Add(new NpgsqlParameter("vendor", NpgsqlDbType.Text) { Value = vendor });
            filters.Add("e.service_id IN (SELECT s.id FROM services s JOIN vendors v ON v.id = s.vendor_id WHERE v.slug = @vendor)");
        }
        if (parsed.Service is { } service)
        {
            command.Parameters.Add(new NpgsqlParameter("service", NpgsqlDbType.Text) { Value = service });
            filters.Add("e.service_id IN (SELECT s.id FROM services s WHERE s.slug = @service)");
        }
        if (parsed.Status is { } status)
        {
            command.Parameters.Add(new NpgsqlParameter("status_from", NpgsqlDbType.Integer) { Value = status.From });
            command.Parameters.Add(new NpgsqlParameter("status_to", NpgsqlDbType.Integer) { Value = status.To });
            filters.Add("""
                (e.http_status BETWEEN @status_from AND @status_to
                 OR EXISTS (SELECT 1 FROM code_variants cv WHERE cv.error_code_id = e.id AND cv.http_status BETWEEN @status_from AND @status_to))
                """);
        }
        if (parsed.Category is { } category)
        {
            command.Parameters.Add(new NpgsqlParameter("category", NpgsqlDbType.Text) { Value = category });
            filters.Add("e.category = @category");
        }
        if (parsed.Retryable is { } retryable)
        {
            filters.Add(retryable ? "e.retry = 'retryable'" : "e.retry = 'not-retryable'");
        }
        return filters;
    }

    private static async Task<IReadOnlyList<SearchResult>> LoadPageAsync(
        NpgsqlConnection connection, List<Candidate> page, string? fullText, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
        { Value = page.Where(c => c.Kind == "code").Select(c => c.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("articles", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
        { Value = page.Where(c => c.Kind == "article").Select(c => c.Id).ToArray() });
        // The start of an entry (messages, summary, the opening of the cause) is where a snippet belongs.
        command.Parameters.Add(new NpgsqlParameter("snippet_chars", NpgsqlDbType.Integer) { Value = SnippetSourceCharacters });
        command.CommandText = """
            SELECT 'code', e.id, v.slug, s.slug, e.code, coalesce(e.title, ''), e.http_status, e.category,
                   left(concat_ws(' ', nullif(e.search_text, ''), nullif(e.summary, ''), e.cause), @snippet_chars)
            FROM error_codes e
            JOIN services s ON s.id = e.service_id
            JOIN vendors v ON v.id = s.vendor_id
            WHERE e.id = ANY(@codes)
            UNION ALL
            SELECT 'article', a.id, v.slug, NULL, a.slug, a.title, NULL, NULL, left(concat_ws(' ', nullif(a.summary, ''), a.body), @snippet_chars)
            FROM articles a
            LEFT JOIN vendors v ON v.id = a.vendor_id
            WHERE a.id = ANY(@articles)
            """;
        if (fullText is not null)
        {
            // The query's lexemes as the index matched them (stems, identifier parts), for the snippets' marks.
            command.Parameters.Add(new NpgsqlParameter("fts", NpgsqlDbType.Text) { Value = fullText });
            command.CommandText += $";\nSELECT ({TsQuery})::text";
        }

        var rows = new Dictionary<(string, long), (SearchResult Result, string Source)>();
        IReadOnlySet<string> lexemes = new HashSet<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var kind = reader.GetString(0);
                var id = reader.GetInt64(1);
                var vendor = reader.IsDBNull(2) ? null : reader.GetString(2);
                var service = reader.IsDBNull(3) ? null : reader.GetString(3);
                var codeOrSlug = reader.GetString(4);
                var title = reader.GetString(5);
                var status = reader.IsDBNull(6) ? (int?)null : reader.GetInt32(6);
                var category = reader.IsDBNull(7) ? null : reader.GetString(7);
                var result = kind == "code"
                    ? new SearchResult("code", vendor, service, codeOrSlug, title.Length > 0 ? title : codeOrSlug, status, category, "",
                        EntryUrls.Page(vendor!, service!, codeOrSlug), EntryUrls.Api(vendor!, service!, codeOrSlug), "", id)
                    : new SearchResult("article", vendor, null, null, title, null, null, "", EntryUrls.Article(codeOrSlug), null, "", id);
                rows[(kind, id)] = (result, reader.GetString(8));
            }
            if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken))
            {
                lexemes = Snippets.LexemesOf(reader.GetString(0));
            }
        }
        return page
            .Where(c => rows.ContainsKey((c.Kind, c.Id)))
            .Select(c =>
            {
                var (result, source) = rows[(c.Kind, c.Id)];
                return result with { Snippet = Snippets.Build(source, lexemes), Tier = Tiers[c.Tier] };
            })
            .ToList();
    }

    private static async Task<IReadOnlyList<Suggestion>> SuggestAsync(
        NpgsqlConnection connection, string text, int limit, CancellationToken cancellationToken)
    {
        var key = SuggestionKey(text);
        var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        command.Parameters.Add(new NpgsqlParameter("title", NpgsqlDbType.Text) { Value = text.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        if (IsNumericSuggestion(key))
        {
            // Trigrams say nothing about short numbers (429 vs 492): look up the numbers one edit away instead.
            command.Parameters.Add(new NpgsqlParameter("neighbours", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = NumericNeighbours(key).ToArray() });
            // The first batch of a connection opened for suggestions alone.
            command.CommandText = GenericPlans.Set + ";" + """
                SELECT e.code, v.slug, s.slug, 'code' AS kind, 1.0 / (1 + abs(e.code_key::bigint - @key::bigint)) AS score
                FROM error_codes e JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id
                WHERE e.code_key = ANY(@neighbours)
                ORDER BY score DESC, v.slug, e.code LIMIT @limit
                """;
        }
        else
        {
            // The last resort, so codes by their four first or last letters (see TypoAnchors), titles by trigram
            // distance through a GiST index.
            command.CommandText = GenericPlans.Set + ";" + $"""
                SELECT * FROM (
                  SELECT e.code, v.slug, s.slug, 'code' AS kind, k.score
                  FROM ({TypoCandidateKeys(command, key, TypoAnchors.Loose(key), minSimilarity: null)} ORDER BY 2 DESC LIMIT @limit) k
                  JOIN error_codes e ON e.code_key = k.code_key
                  JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id) codes
                WHERE score >= {SuggestionSimilarity}
                UNION ALL
                SELECT * FROM (
                  SELECT e.code, v.slug, s.slug, 'code', similarity(lower(e.title), @title) AS score
                  FROM (SELECT id, code, title, service_id FROM error_codes WHERE title IS NOT NULL ORDER BY lower(title) <-> @title LIMIT @limit) e
                  JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id) code_titles
                WHERE score >= {SuggestionSimilarity}
                UNION ALL
                SELECT * FROM (
                  SELECT a.title, a.slug, NULL, 'article', similarity(lower(a.title), @title) AS score
                  FROM articles a ORDER BY lower(a.title) <-> @title LIMIT @limit) titles
                WHERE score >= {SuggestionSimilarity}
                ORDER BY score DESC
                LIMIT @limit
                """;
        }

        var suggestions = new List<Suggestion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var textOrTitle = reader.GetString(0);
            var vendorOrSlug = reader.GetString(1);
            suggestions.Add(reader.GetString(3) == "code"
                ? new Suggestion(textOrTitle, vendorOrSlug, reader.GetString(2), EntryUrls.Page(vendorOrSlug, reader.GetString(2), textOrTitle))
                : new Suggestion(textOrTitle, null, null, EntryUrls.Article(vendorOrSlug)));
        }
        return suggestions.DistinctBy(s => s.Url).ToList();
    }

    /// <summary>
    /// The distinct code keys a typo of <paramref name="key"/> can be, with their trigram similarity as the second
    /// column: those of about its length that keep one of its ends (see <see cref="TypoAnchors"/>). Each branch is
    /// a b-tree range read from the index alone; ordering every code by trigram distance is not (50 ms on 100,000
    /// codes, through GiST). With <paramref name="minSimilarity"/>, only the keys at least that similar.
    /// </summary>
    private static string TypoCandidateKeys(NpgsqlCommand command, string key, TypoAnchors anchors, double? minSimilarity)
    {
        var reversed = new string(key.Reverse().ToArray());
        var slack = Math.Max(2, key.Length / 5);
        command.Parameters.Add(new NpgsqlParameter("typo", NpgsqlDbType.Text) { Value = key });
        AddPrefixRange(command, "typo_head", key[..anchors.Long]);
        AddPrefixRange(command, "typo_tail", reversed[..anchors.Long]);
        command.Parameters.Add(new NpgsqlParameter("typo_min", NpgsqlDbType.Integer) { Value = key.Length - slack });
        command.Parameters.Add(new NpgsqlParameter("typo_max", NpgsqlDbType.Integer) { Value = key.Length + slack });
        var branches = new List<string>
        {
            $"SELECT code_key FROM error_codes WHERE {InRange("code_key", "typo_head")}",
            $"SELECT code_key FROM error_codes WHERE {InRange("reverse(code_key)", "typo_tail")}",
        };
        if (anchors.Short is { } ends)
        {
            AddPrefixRange(command, "typo_start", key[..ends]);
            command.Parameters.Add(new NpgsqlParameter("typo_end", NpgsqlDbType.Text) { Value = EscapeLike(reversed[..ends]) + "%" });
            branches.Add($"SELECT code_key FROM error_codes WHERE {InRange("code_key", "typo_start")} AND reverse(code_key) LIKE @typo_end");
        }
        var similar = minSimilarity is { } min ? $" AND similarity(code_key, @typo) >= {min.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
        return $"""
            SELECT code_key, similarity(code_key, @typo) AS score
            FROM ({string.Join(" UNION ", branches)}) c
            WHERE length(code_key) BETWEEN @typo_min AND @typo_max{similar}
            """;
    }

    /// <summary>Every number one typo away: a digit changed, two neighbours swapped, one dropped or one added.</summary>
    internal static IEnumerable<string> NumericNeighbours(string digits)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < digits.Length; i++)
        {
            for (var d = '0'; d <= '9'; d++)
            {
                seen.Add(string.Concat(digits.AsSpan(0, i), d.ToString(), digits.AsSpan(i + 1)));
                seen.Add(string.Concat(digits.AsSpan(0, i), d.ToString(), digits.AsSpan(i)));
            }
            seen.Add(digits.Remove(i, 1));
            if (i + 1 < digits.Length)
            {
                var swapped = digits.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                seen.Add(new string(swapped));
            }
        }
        for (var d = '0'; d <= '9'; d++)
        {
            seen.Add(digits + d);
        }
        seen.Remove(digits);
        seen.Remove("");
        return seen;
    }

    private static SearchFacets FacetsOf(List<Candidate> candidates)
    {
        var codes = candidates.Where(c => c.Kind == "code").ToList();
        return new SearchFacets(
            Count(codes.Select(c => c.Vendor!)),
            Count(codes.Where(c => c.HttpStatus is not null).Select(c => c.HttpStatus!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Count(codes.Where(c => c.Category is not null).Select(c => c.Category!)));

        static IReadOnlyDictionary<string, int> Count(IEnumerable<string> values) =>
            values.GroupBy(v => v, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count());
    }

    private static SearchFacets Empty() => new(new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>
    /// <c>column</c> starts with the prefix bound as <c>@name_from</c>: a b-tree range on a text_pattern_ops index
    /// that, unlike <c>LIKE @prefix</c>, a generic plan can use too. The LIKE only rechecks the rows in the range.
    /// </summary>
    private static string InRange(string column, string name) =>
        $"{column} ~>=~ @{name}_from AND {column} ~<~ @{name}_to AND {column} LIKE @{name}_like";

    private static void AddPrefixRange(NpgsqlCommand command, string name, string prefix)
    {
        command.Parameters.Add(new NpgsqlParameter(name + "_from", NpgsqlDbType.Text) { Value = prefix });
        command.Parameters.Add(new NpgsqlParameter(name + "_to", NpgsqlDbType.Text) { Value = PrefixUpperBound(prefix) });
        command.Parameters.Add(new NpgsqlParameter(name + "_like", NpgsqlDbType.Text) { Value = EscapeLike(prefix) + "%" });
    }

    /// <summary>
    /// The least string above every string that starts with <paramref name="prefix"/> in byte order (which is code
    /// point order in UTF-8): the prefix with its last character one higher, or, where that is no character, with
    /// the highest character appended.
    /// </summary>
    internal static string PrefixUpperBound(string prefix)
    {
        var highest = char.ConvertFromUtf32(0x10FFFF);
        if (prefix.Length == 0)
        {
            return highest;
        }
        var last = prefix[^1];
        return last is < '\uD7FF' or (>= '\uE000' and < '\uFFFF')
            ? string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(last + 1)).ToString())
            : prefix + highest;
    }

    internal static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>
/// How many characters of each end of a mistyped code the typo tier holds fixed. One typo (a letter dropped,
/// doubled, swapped or wrong) touches at most two neighbouring characters, so it leaves intact either the first
/// <see cref="Long"/> characters, or the last <see cref="Long"/>, or the first and the last <see cref="Short"/>
/// (the typo is in the middle third). Long anchors matter: four letters such as <c>err_</c> begin, and
/// <c>eeded</c> ends, thousands of codes, and ranking them all took 10 to 40 ms on 100,000 codes.
/// </summary>
internal readonly record struct TypoAnchors(int Long, int? Short)
{
    private const int MinAnchor = 4;

    public static TypoAnchors For(string key)
    {
        var third = key.Length / 3;
        return third >= MinAnchor
            ? new TypoAnchors(key.Length - third - 1, third)
            : new TypoAnchors(Math.Min(key.Length, Math.Max(MinAnchor, (key.Length - 1) / 2)), null);
    }

    /// <summary>Four characters of either end: finds codes with a typo at each end too, at a cost.</summary>
    public static TypoAnchors Loose(string key) => new(Math.Min(key.Length, MinAnchor), null);
}
