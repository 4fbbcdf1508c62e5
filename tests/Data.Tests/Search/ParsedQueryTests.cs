using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Search;

namespace KnowledgeBase.Data.Tests.Search;

public sealed class ParsedQueryTests
{
    [Fact]
    public void Filters_words_phrases_and_exclusions_are_told_apart()
    {
        var query = ParsedQuery.Parse(new SearchQuery("vendor:aws status:4xx \"rate exceeded\" -lambda throttling category:throttling retryable:true service:ecr"));

        Assert.Equal(("aws", "ecr", new StatusRange(400, 499), "throttling", (bool?)true), (query.Vendor, query.Service, query.Status, query.Category, query.Retryable));
        Assert.Equal(["throttling"], query.Words);
        Assert.Equal(["rate exceeded"], query.Phrases);
        Assert.Equal(["lambda"], query.Excluded);
    }

    [Theory]
    [InlineData("color:blue")]
    [InlineData("status:999")]
    [InlineData("vendor:a'b")]
    [InlineData("TOOMANYREQUESTS:")]
    public void Unknown_or_malformed_filters_are_searched_as_text(string text)
    {
        var query = ParsedQuery.Parse(new SearchQuery(text));

        Assert.False(query.HasFilters);
        Assert.Equal([text], query.Words);
    }

    [Fact]
    public void Curly_quotes_are_read_as_the_straight_ones_they_stand_for()
    {
        var phrase = ParsedQuery.Parse(new SearchQuery("“rate exceeded” throttling"));
        var message = ParsedQuery.Parse(new SearchQuery("main.cpp:7:3: error: ‘vector’ was not declared in this scope"));

        Assert.Equal(["rate exceeded"], phrase.Phrases);
        Assert.Contains("error: 'vector' was not declared in this scope", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separate_parameters_win_over_filters_in_the_text()
    {
        var query = ParsedQuery.Parse(new SearchQuery("vendor:aws x", Vendor: "alibaba-cloud", Status: "429"));

        Assert.Equal(("alibaba-cloud", new StatusRange(429, 429)), (query.Vendor, query.Status));
    }

    [Fact]
    public void Identifiers_are_split_into_words_for_full_text()
    {
        var query = ParsedQuery.Parse(new SearchQuery("InvalidInstanceID.NotFound ERR_CERT_COMMON_NAME_INVALID \"SignatureDoesNotMatch here\" -RequestLimitExceeded"));

        Assert.Equal("invalid instance id not found err cert common name invalid \"signature does not match here\" -\"request limit exceeded\"", query.FullTextQuery);
    }

    [Theory]
    [InlineData("InvalidInstanceIDNotFound", "invalid instance id not found")]
    [InlineData("HTTPStatus429", "http status429")]
    [InlineData("ThrottlingException", "throttling exception")]
    [InlineData("23505", "23505")]
    public void Identifier_words_follow_case_changes(string identifier, string words) =>
        Assert.Equal(words, IdentifierWords.Split(identifier));

    [Fact]
    public void Control_characters_broken_unicode_and_huge_input_are_cleaned()
    {
        var text = "a\0b\u0007c\ud800d" + new string('x', 20_000);

        var cleaned = ParsedQuery.Clean(text);

        Assert.StartsWith("a b cd", cleaned);
        Assert.Equal(ParsedQuery.MaxLength, cleaned.Length);
    }

    [Fact]
    public void Code_candidates_are_normalized_keys()
    {
        var query = ParsedQuery.Parse(new SearchQuery("TOOMANYREQUESTS: Rate exceeded"));

        Assert.Equal(["toomanyrequests"], query.CodeCandidates);
        Assert.Equal(["rate", "exceeded"], query.EverydayCodeCandidates);
    }

    [Theory]
    [InlineData("Try creating one first with: npm i --package-lock-only", "--package-lock-only")]
    [InlineData("[Errno -2] Name or service not known", "-2]")]
    public void A_command_line_option_or_a_negative_number_is_a_word_not_an_exclusion(string text, string word)
    {
        var query = ParsedQuery.Parse(new SearchQuery(text));

        Assert.Empty(query.Excluded);
        Assert.Contains(word, query.Words);
    }

    [Theory]
    [InlineData("Request Entity Too Large", "413")]
    [InlineData("unsupported media type", "415")]
    [InlineData("Precondition Failed", "412")]
    public void An_older_or_longer_reason_phrase_stands_for_its_status(string text, string status) =>
        Assert.Equal([status], ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates);

    [Theory]
    [InlineData("Unknown database 'shop'", true)]
    [InlineData("The user specified as a definer ('app'@'%') does not exist", true)]
    [InlineData("unknown database", false)]
    [InlineData("'shop' database", false)]
    [InlineData("Error: read ECONNRESET", true)]
    [InlineData("error: access denied", true)]
    [InlineData("error: denied", false)]
    public void Two_words_with_a_quoted_value_or_after_a_severity_read_as_a_message(string text, bool isMessage) =>
        Assert.Equal(isMessage, ParsedQuery.Parse(new SearchQuery(text)).IsMessage);

    [Fact]
    public void The_words_of_quoted_phrases_make_a_message_and_its_log_line_tails()
    {
        var query = ParsedQuery.Parse(new SearchQuery("sync failed: oauth2: \"invalid_grant\" \"Token has been expired or revoked.\""));

        Assert.True(query.IsMessage);
        Assert.Contains(query.MessageTails, t => t.Message.StartsWith("oauth2:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_value_in_parentheses_is_left_out_of_a_message()
    {
        var query = ParsedQuery.Parse(new SearchQuery("The user specified as a definer ('app'@'%') does not exist"));

        Assert.DoesNotContain("app", query.FullTextQuery);
    }

    [Theory]
    [InlineData("access denied", "denied")]
    [InlineData("Warning  BackOff  3m  kubelet", "warning")]
    [InlineData("request aborted.", "aborted")]
    public void An_everyday_word_among_others_is_no_code_of_its_own(string text, string word)
    {
        var query = ParsedQuery.Parse(new SearchQuery(text));

        Assert.DoesNotContain(word, query.CodeCandidates);
        Assert.Contains(word, query.EverydayCodeCandidates);
    }

    [Theory]
    [InlineData("Unavailable", "unavailable")]
    [InlineData("(Conflict) Another operation is in progress", "conflict")]
    [InlineData("Throttling: Rate exceeded", "throttling")]
    [InlineData("DENIED: requested access to the resource is denied", "denied")]
    public void A_word_alone_or_marked_as_a_code_is_a_code(string text, string code) =>
        Assert.Contains(code, ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates);

    [Theory]
    [InlineData("access denied", "accessdenied")]
    [InlineData("no such key", "nosuchkey")]
    [InlineData("Permission denied", "permission_denied")]
    public void Two_to_four_everyday_words_may_be_one_code_written_out(string text, string code) =>
        Assert.Contains(code, ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates);

    [Theory]
    [InlineData("the requested resource could not be found")]
    [InlineData("\"access denied\"")]
    [InlineData("access denied i-0abc")]
    public void Longer_or_quoted_or_mixed_words_are_not_joined(string text) =>
        Assert.DoesNotContain(ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates, k => k.Contains("denied") || k.Contains("requested"));

    [Theory]
    [InlineData("HTTP/1.1 503 Service Unavailable")]
    [InlineData("http 503 Service Unavailable")]
    [InlineData("503 Service Unavailable")]
    public void The_reason_phrase_of_a_status_line_is_not_a_code(string text)
    {
        var query = ParsedQuery.Parse(new SearchQuery(text));

        Assert.Contains("503", query.CodeCandidates);
        Assert.DoesNotContain("unavailable", query.CodeCandidates);
        Assert.DoesNotContain("service", query.CodeCandidates);
    }

    [Theory]
    [InlineData("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", "100")]
    [InlineData("Operation timed out after 300 ms with 0 bytes received", "300")]
    [InlineData("CannotPullContainerError: pull image manifest has been retried 5 time(s)", "5")]
    [InlineData("PHP Fatal error:  Allowed memory size exhausted in /var/www/app/x.php on line 423", "423")]
    [InlineData("could not connect to server at 10.0.0.5 port 5432 failed", "5432")]
    [InlineData("An error occurred (ThrottlingException) when calling the PutItem operation (reached max retries: 4): Rate exceeded", "4")]
    [InlineData("Illuminate\\Contracts\\Container\\BindingResolutionException(code: 0): Target class does not exist.", "0")]
    public void A_number_that_counts_or_places_something_is_not_a_code(string text, string number) =>
        Assert.DoesNotContain(number, ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates);

    [Fact]
    public void A_qualified_name_in_quotes_is_one_word_not_two_phrases()
    {
        var query = ParsedQuery.Parse(new SearchQuery("ORA-00942: table or view \"APP\".\"ORDERS\" does not exist"));

        Assert.Empty(query.Phrases);
        Assert.Contains("\"APP\".\"ORDERS\"", query.Words);
    }

    [Theory]
    [InlineData("discord 0", "0")]
    [InlineData("upstream returned 423 for the lock", "423")]
    public void A_number_without_its_unit_or_place_is_still_a_code(string text, string number) =>
        Assert.Contains(number, ParsedQuery.Parse(new SearchQuery(text)).CodeCandidates);

    [Fact]
    public void A_status_before_its_reason_phrase_is_still_a_code() =>
        Assert.Contains("429", ParsedQuery.Parse(new SearchQuery("429 Too Many Requests")).CodeCandidates);

    [Fact]
    public void An_identifier_after_a_status_line_is_still_a_code()
    {
        var query = ParsedQuery.Parse(new SearchQuery("HTTP/1.1 503 Service Unavailable RequestLimitExceeded"));

        Assert.Contains("requestlimitexceeded", query.CodeCandidates);
        Assert.DoesNotContain("unavailable", query.CodeCandidates);
    }

    [Fact]
    public void An_option_that_ends_a_pasted_messages_sentence_is_a_word()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("ERROR 1: Layer roads already exists, and -append not specified. Consider using -append, or -overwrite."));

        Assert.Contains("-overwrite.", parsed.Words);
        Assert.Empty(parsed.Excluded);
    }

    [Fact]
    public void An_option_inside_a_quoted_value_is_a_word() =>
        Assert.Empty(ParsedQuery.Parse(new SearchQuery("Please run 'e2fsck -f /dev/sdb1' first.")).Excluded);

    [Fact]
    public void A_named_value_closed_in_its_word_leaves_later_options_excluded() =>
        Assert.Equal(["lambda"], ParsedQuery.Parse(new SearchQuery("name='orders' not found -lambda")).Excluded);

    [Fact]
    public void An_apostrophe_inside_a_word_opens_no_quoted_value() =>
        Assert.Equal(["lambda"], ParsedQuery.Parse(new SearchQuery("don't retry -lambda")).Excluded);

    [Fact]
    public void Two_words_and_a_quoted_word_are_a_message() =>
        Assert.True(ParsedQuery.Parse(new SearchQuery("Invalid function: \"zebra\"")).IsMessage);

    [Theory]
    [InlineData("is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions")]
    [InlineData("Unrecognized option -Dspring.profiles.active=prod")]
    [InlineData("/usr/bin/ld: cannot find -lssl")]
    [InlineData("gcc: error: unrecognized command-line option -mfoo")]
    public void An_option_in_a_line_a_programs_name_begins_or_with_a_value_in_it_is_a_word(string text) =>
        Assert.Empty(ParsedQuery.Parse(new SearchQuery(text)).Excluded);

    [Fact]
    public void An_option_that_ends_a_pasted_question_is_a_word() =>
        Assert.Empty(ParsedQuery.Parse(new SearchQuery("age: error: refusing to output binary to the terminal: did you mean to use -a/--armor?")).Excluded);

    [Theory]
    [InlineData("service unavailable", "503")]
    [InlineData("Too Many Requests", "429")]
    [InlineData("\"not found\"", "404")]
    public void A_reason_phrase_typed_alone_stands_for_its_status(string text, string status)
    {
        var query = ParsedQuery.Parse(new SearchQuery(text));

        Assert.Equal([status], query.CodeCandidates);
        Assert.Empty(query.StatusCandidates);
    }

    [Fact]
    public void A_typed_status_lists_the_codes_with_that_status()
    {
        var query = ParsedQuery.Parse(new SearchQuery("429 Too Many Requests"));

        Assert.Equal(["429"], query.CodeCandidates);
        Assert.Equal([429], query.StatusCandidates);
    }

    [Fact]
    public void A_one_word_reason_phrase_stays_a_code()
    {
        var query = ParsedQuery.Parse(new SearchQuery("Forbidden"));

        Assert.Equal(["forbidden"], query.CodeCandidates);
    }

    [Fact]
    public void Words_before_a_status_line_stay_codes()
    {
        var query = ParsedQuery.Parse(new SearchQuery("Unavailable HTTP/1.1 503"));

        Assert.Contains("unavailable", query.EverydayCodeCandidates);
    }

    [Theory]
    [InlineData("ERROR:  relation \"users\" does not exist", "relation does not exist")]
    [InlineData("FATAL: role 'app' does not exist.", "role does not exist")]
    [InlineData("The security group 'sg-903004f8' does not exist", "the security group does not exist")]
    public void A_pasted_messages_quoted_values_and_severity_are_not_required_words(string text, string fullText)
    {
        var parsed = ParsedQuery.Parse(new SearchQuery(text));

        Assert.True(parsed.IsMessage);
        Assert.Equal(fullText, parsed.FullTextQuery);
        Assert.DoesNotContain("users", parsed.RankQuery);
        Assert.Equal(parsed.Text, parsed.MessageText);
    }

    [Theory]
    [InlineData("FATAL:  database \"app\" does not exist", "database \"app\" does not exist")]
    [InlineData("error: could not read Username for 'https://github.com'", "could not read Username for 'https://github.com'")]
    [InlineData("The security group 'sg-903004f8' does not exist", null)]
    public void A_pasted_message_is_also_taken_without_its_severity(string text, string? afterSeverity)
    {
        var parsed = ParsedQuery.Parse(new SearchQuery(text));

        Assert.Equal(afterSeverity, parsed.MessageAfterSeverity);
    }

    [Fact]
    public void A_plain_word_stays_required_when_the_same_word_is_also_a_quoted_value()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("users \"users\" does not exist"));

        Assert.Equal("users does not exist", parsed.FullTextQuery);
    }

    [Theory]
    [InlineData("\"throttling\" ec2", "ec2 \"throttling\"")]
    [InlineData("'NoSuchKey' s3", "no such key s3")]
    public void With_fewer_than_three_other_words_a_quoted_word_is_still_required(string text, string fullText)
    {
        var parsed = ParsedQuery.Parse(new SearchQuery(text));

        Assert.False(parsed.IsMessage);
        Assert.Equal(fullText, parsed.FullTextQuery);
        Assert.Null(parsed.MessageText);
    }

    [Fact]
    public void A_bare_or_is_a_word_not_an_operator_and_stays_inside_phrases()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("Missing or invalid OR credentials \"key or token\""));

        Assert.Equal("missing invalid credentials \"key or token\"", parsed.FullTextQuery);
    }

    [Fact]
    public void The_any_word_retry_leaves_out_words_that_match_everything()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("The cache window '2026-01-01' already exists in this account"));

        Assert.Equal("cache or window or 2026 or already or exists or account", parsed.AnyWordQuery);
    }

    [Theory]
    [InlineData("The instance ID i-0abcd1234efgh5678 does not exist", "the instance id does not exist")]
    [InlineData("The instance ID 'i-0abcd1234efgh5678' does not exist", null)]
    [InlineData("Rate exceeded for account 123456789012 -lambda", "rate exceeded for account -lambda")]
    [InlineData("Rate exceeded", null)]
    [InlineData("quota 42", null)]
    [InlineData("Connection to api.github.com timed out", "connection to timed out")]
    [InlineData("No scheme supplied. Perhaps you meant https://api.example.com/v1?", "no scheme supplied perhaps you meant")]
    [InlineData("Resource InvalidInstanceID.NotFound gone", null)]
    [InlineData("Status(StatusCode=\"Unavailable\", Detail=\"failed to connect\", DebugException=\"System.IO.IOException\")",
        "status status code detail failed to connect debug exception")]
    public void A_message_without_its_values_keeps_at_least_two_words(string text, string? expected) =>
        Assert.Equal(expected, ParsedQuery.Parse(new SearchQuery(text)).WithoutValuesQuery);

    [Fact]
    public void The_messages_a_log_line_may_end_with_are_the_parts_after_each_colon_longest_first_without_values_or_repeats()
    {
        var tails = ParsedQuery.Parse(new SearchQuery(
            "psql: error: connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user \"app\"")).MessageTails;

        Assert.Equal(
            ["connection to server at port failed password authentication failed for user", "password authentication failed for user"],
            tails.Select(t => t.Query));
        Assert.Equal("FATAL:  password authentication failed for user \"app\"", tails[^1].Message);
    }

    [Theory]
    [InlineData("worker[4127]: sync failed: Exceeded 30 redirects.", "exceeded redirects")]
    [InlineData("sync failed: operator is not unique: 16384 + 16384", "operator is not unique")]
    public void A_message_part_needs_two_words_of_its_own(string text, string shortest) =>
        Assert.Equal(shortest, ParsedQuery.Parse(new SearchQuery(text)).MessageTails[^1].Query);

    [Theory]
    [InlineData("password authentication failed for user")]
    [InlineData("Error: 42")]
    public void A_query_without_a_prefix_before_its_message_has_no_message_parts(string text) =>
        Assert.Empty(ParsedQuery.Parse(new SearchQuery(text)).MessageTails);

    [Fact]
    public void The_rank_query_leaves_out_stop_words_and_exclusions_but_keeps_phrases()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("You are not authorized to access InvalidInstanceID.NotFound \"does not exist\" -lambda"));

        Assert.Equal("authorized access invalid instance id found \"does not exist\"", parsed.RankQuery);
    }

    [Fact]
    public void A_placeholder_in_angle_brackets_is_left_out_as_the_index_leaves_it_out()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("Requests from referer <empty> are blocked."));

        Assert.Equal(("requests from referer are blocked", "requests referer blocked"), (parsed.FullTextQuery, parsed.RankQuery));
    }

    [Fact]
    public void A_tag_of_several_words_is_left_out_as_a_whole()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("Invalid type for parameter MaxKeys, type: <class 'str'>, valid types: <class 'int'> < 3 >"));

        Assert.Equal("invalid type for parameter max keys type valid types 3", parsed.FullTextQuery);
    }

    [Fact]
    public void A_query_of_stop_words_alone_has_no_rank_query_of_its_own() =>
        Assert.Null(ParsedQuery.Parse(new SearchQuery("to be or not")).RankQuery);

    [Fact]
    public void A_logfmt_pairs_value_is_no_required_word_and_its_code_is_a_code_candidate()
    {
        var parsed = Parse("heroku[router]: at=error code=H12 desc=\"Request timeout\" method=GET path=\"/\" dyno=web.1 status=503");

        Assert.Contains("h12", parsed.CodeCandidates);
        Assert.Equal("heroku router request timeout", parsed.FullTextQuery);
    }

    [Theory]
    [InlineData("level=error msg=\"failed to connect\" error=\"dial tcp: connection refused\"", "failed to connect dial tcp connection refused")]
    [InlineData("error=invalid_grant", "error invalid grant")]
    [InlineData("id=20085 line=881 msg=\"Denied by forward policy check (policy 0)\"", "denied by forward policy check policy 0")]
    [InlineData("sync failed: error=\"invalid_token\", error_description=\"The access token expired\"", "sync failed the access token expired")]
    public void A_logfmt_message_in_quotes_is_searched_by_its_words(string text, string fullText) =>
        Assert.Equal(fullText, Parse(text).FullTextQuery);

    [Fact]
    public void A_name_in_back_quotes_is_a_value_of_its_message() =>
        Assert.Equal("unique constraint failed on the fields", Parse("Unique constraint failed on the fields: (`email`)").FullTextQuery);

    [Fact]
    public void A_code_label_names_its_code() =>
        Assert.Contains("invalid_grant", Parse("error=invalid_grant").CodeCandidates);

    [Fact]
    public void Mavens_help_pointer_and_bracketed_severity_are_not_message_words() =>
        Assert.Equal("failed to execute goal on project there are test failures",
            Parse("[ERROR] Failed to execute goal on project 'app': There are test failures -> [Help 1]").FullTextQuery);

    [Theory]
    [InlineData("Dec  6 14:02:11 web01 kernel: [12345.678901] Out of memory: Killed process 23145 (java)", "Out of memory: Killed process 23145 (java)")]
    [InlineData("Dec 06 14:02:11 web01 systemd[1]: nginx.service: Failed with result 'exit-code'.", "nginx.service: Failed with result 'exit-code'.")]
    [InlineData("Dec 6 14:02:11 mx1 postfix/smtp[2345]: connect to mx.example.com[1.2.3.4]:25: Connection timed out", "connect to mx.example.com[1.2.3.4]:25: Connection timed out")]
    [InlineData("2026-12-06T14:02:11.123456+00:00 web01 sshd[812]: error: kex_exchange_identification: Connection closed by remote host", "error: kex_exchange_identification: Connection closed by remote host")]
    [InlineData("2026-12-06 14:02:11,123 ERROR could not connect to server", "ERROR could not connect to server")]
    [InlineData("[2026-12-06 14:02:11] production.ERROR: SQLSTATE[HY000] [2002] Connection refused", "production.ERROR: SQLSTATE[HY000] [2002] Connection refused")]
    [InlineData("[2026-12-06 14:02:11 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:17)", "[1] [CRITICAL] WORKER TIMEOUT (pid:17)")]
    [InlineData("E1207 10:02:44.519204   83211 memcache.go:265] couldn't get current server API group list", "couldn't get current server API group list")]
    [InlineData("Oct 01 20:21:22 k8s-master01 kubelet[18425]: E1001 20:21:22.007825   18425 kubelet_node_status.go:92] \"Unable to register node with API server\" err=\"EOF\"",
        "\"Unable to register node with API server\" err=\"EOF\"")]
    [InlineData("1:M 07 Dec 2026 03:00:01.512 # Can't save in background: fork: Cannot allocate memory", "Can't save in background: fork: Cannot allocate memory")]
    [InlineData("2026-12-07T10:02:44.519512Z warning envoy config external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138 gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: bad cluster thread=16",
        "gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: bad cluster")]
    public void A_log_lines_timestamp_and_syslog_header_are_not_searched(string line, string searched) =>
        Assert.Equal(searched, Parse(line).Text);

    [Theory]
    [InlineData("✘ [ERROR] Could not resolve \"fs\"", "Could not resolve \"fs\"")]
    [InlineData("X [ERROR] No loader is configured for \".node\" files: node_modules/fsevents/fsevents.node", "No loader is configured for \".node\" files: node_modules/fsevents/fsevents.node")]
    [InlineData("▲ [WARNING] Duplicate key \"name\" in object literal", "Duplicate key \"name\" in object literal")]
    [InlineData("[ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?", "[ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?")]
    public void A_bundlers_severity_mark_is_not_searched(string line, string searched) =>
        Assert.Equal(searched, Parse(line).Text);

    [Theory]
    [InlineData("Dec 6 errors")]
    [InlineData("error at 2026-12-06T14:02:11Z")]
    public void Dates_that_do_not_start_a_log_line_stay(string text) =>
        Assert.Equal(text, Parse(text).Text);

    [Fact]
    public void A_protocols_error_reply_in_capitals_is_a_word_not_an_exclusion()
    {
        var parsed = Parse("-ERR 'Authorization Violation' -lambda");

        Assert.Equal(("-ERR", "lambda"), (parsed.Words[0], Assert.Single(parsed.Excluded)));
    }

    [Theory]
    [InlineData("[LightGBM] [Warning] No further splits with positive gain, best gain: -inf")]
    [InlineData("loss is -nan")]
    public void Negative_infinity_or_nan_is_a_word_not_an_exclusion(string text) =>
        Assert.Empty(Parse(text).Excluded);

    [Fact]
    public void A_syslog_day_is_no_code() =>
        Assert.DoesNotContain("6", Parse("Dec  6 14:02:11 web01 kernel: Out of memory: Killed process 23145 (java)").CodeCandidates);

    private static ParsedQuery Parse(string text) => ParsedQuery.Parse(new SearchQuery(text));
}

public sealed class NumericNeighbourTests
{
    [Fact]
    public void Numbers_one_typo_away_are_neighbours()
    {
        var neighbours = PostgresCodeSearch.NumericNeighbours("492").ToHashSet();

        Assert.Contains("429", neighbours);
        Assert.Contains("493", neighbours);
        Assert.Contains("4920", neighbours);
        Assert.Contains("42", neighbours);
        Assert.DoesNotContain("492", neighbours);
    }
}

public sealed class PrefixRangeTests
{
    [Theory]
    [InlineData("err_")]
    [InlineData("café")]
    [InlineData("a\uD7FF")]
    [InlineData("a\uFFFF")]
    [InlineData("x😀")]
    public void The_upper_bound_is_above_every_string_with_the_prefix_and_below_the_next_one(string prefix)
    {
        var bound = Utf8(PostgresCodeSearch.PrefixUpperBound(prefix));

        foreach (var suffix in new[] { "", "z", "\uFFFF", "😀", "\U0010FFFE" })
        {
            Assert.True(Utf8(prefix + suffix).AsSpan().SequenceCompareTo(bound) < 0, $"'{prefix}{suffix}' is not below the bound");
        }
        Assert.True(Utf8(prefix).AsSpan().SequenceCompareTo(bound) < 0);
    }

    [Fact]
    public void The_next_prefix_is_not_in_the_range()
    {
        Assert.Equal("err`", PostgresCodeSearch.PrefixUpperBound("err_"));
    }

    // PostgreSQL's text_pattern_ops compares the bytes of UTF-8.
    private static byte[] Utf8(string value) => System.Text.Encoding.UTF8.GetBytes(value);

    [Fact]
    public void A_tag_in_quotes_is_left_out_as_the_index_leaves_it_out()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("Login failed for user '<token-identified principal>'."));

        Assert.Equal("login failed for user", parsed.FullTextQuery);
    }

    [Theory]
    [InlineData("{imageDigest:'null', imageTag:'v1.4'} does not exist", "does not exist")]
    [InlineData("row name='orders' was not found", "row was not found")]
    public void A_quoted_value_after_its_name_is_a_value(string text, string fullText) =>
        Assert.Equal(fullText, ParsedQuery.Parse(new SearchQuery(text)).FullTextQuery);

    [Fact]
    public void A_phrase_keeps_its_hyphenated_words_whole_as_the_index_has_them()
    {
        var parsed = ParsedQuery.Parse(new SearchQuery("use \"terraform init -migrate-state\" now"));

        Assert.Equal("use now \"terraform init migrate-state\"", parsed.FullTextQuery);
    }

    [Fact]
    public void A_pasted_messages_option_is_a_word_and_a_searchs_exclusion_is_not()
    {
        var message = ParsedQuery.Parse(new SearchQuery("To work around this, use the -target argument to first apply"));
        var search = ParsedQuery.Parse(new SearchQuery("throttling -aws"));

        Assert.Contains("-target", message.Words);
        Assert.Empty(message.Excluded);
        Assert.Equal(["aws"], search.Excluded);
    }

    [Theory]
    [InlineData("service unavailable", "503")]
    [InlineData("503 Service Unavailable for url", "503")]
    [InlineData("HTTP/1.1 403 Forbidden", "403")]
    [InlineData("http 503", "503")]
    public void A_number_named_as_an_http_status_is_told_apart(string text, string status) =>
        Assert.Equal([status], ParsedQuery.Parse(new SearchQuery(text)).HttpStatusKeys);

    [Theory]
    [InlineData("503")]
    [InlineData("550 5.1.1 user unknown")]
    [InlineData("smtp 421")]
    public void A_bare_number_may_be_any_protocols_code(string text) =>
        Assert.Empty(ParsedQuery.Parse(new SearchQuery(text)).HttpStatusKeys);
}
