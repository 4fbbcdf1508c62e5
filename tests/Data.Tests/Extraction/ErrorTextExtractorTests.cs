using KnowledgeBase.Data.Extraction;
using KnowledgeBase.Data.Search;
using KnowledgeBase.Data.Model;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Data.Tests.Extraction;

public sealed class ErrorTextExtractorTests(ErrorTextExtractorTests.Fixture fixture) : IClassFixture<ErrorTextExtractorTests.Fixture>
{
    public sealed class Fixture : TestDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateContext();
            var aws = new Vendor { Slug = "aws", Name = "Amazon Web Services" };
            var ec2 = new Service { Slug = "ec2", Name = "Amazon EC2", Vendor = aws };
            var ecr = new Service { Slug = "ecr", Name = "Amazon ECR", Vendor = aws };
            var apigateway = new Service { Slug = "apigateway", Name = "Amazon API Gateway", Vendor = aws };
            var ssm = new Service { Slug = "ssm", Name = "AWS Systems Manager", Vendor = aws };
            var ecs = Seed.Service("alibaba-cloud", "Alibaba Cloud", "ecs", "Elastic Compute Service");
            var http = Seed.Service("http", "HTTP", "status", "HTTP status codes");
            var postgres = Seed.Service("postgresql", "PostgreSQL", "sqlstate", "SQLSTATE codes");
            var mongodb = Seed.Service("mongodb", "MongoDB", "server", "MongoDB server");
            var cloudformation = new Service { Slug = "cloudformation", Name = "AWS CloudFormation", Vendor = aws };
            var autoscaling = new Service { Slug = "autoscaling", Name = "Amazon EC2 Auto Scaling", Vendor = aws };
            var kubernetes = Seed.Service("kubernetes", "Kubernetes", "api", "Kubernetes API");
            var gatekeeper = Seed.Service("open-policy-agent", "Open Policy Agent", "gatekeeper", "Gatekeeper");

            var throttling = Seed.Entry(ecr, "ThrottlingException", 400, "throttling", RetryVerdict.Retryable, variants: [(400, "Rate exceeded")]);
            throttling.Aliases.Add(new CodeAlias { Alias = "TOOMANYREQUESTS", AliasKey = "toomanyrequests" });
            db.ErrorCodes.AddRange(
                Seed.Entry(ec2, "InvalidInstanceID.NotFound", 400, "not-found", variants: [(400, "The instance ID 'i-1' does not exist")]),
                Seed.Entry(ec2, "RequestLimitExceeded", 503, "throttling", RetryVerdict.Retryable),
                Seed.Entry(ecs, "InvalidInstanceId.NotFound", 404, "not-found", variants: [(404, "The specified InstanceId does not exist.")]),
                Seed.Entry(ecs, "MissingParameter", 400, variants: [(400, "The input parameter “Action” that is mandatory for processing this request is not supplied")]),
                Seed.Entry(ecs, "MissingParameter.CommandId", 400),
                Seed.Entry(apigateway, "MissingAuthenticationToken", 403, "authentication", variants: [(403, "Missing Authentication Token")]),
                Seed.Entry(apigateway, "TooManyRequestsException", 429, "throttling", RetryVerdict.Retryable, variants: [(429, "Too Many Requests")]),
                Seed.Entry(ecr, "NonTtyLogin", null, "client", variants: [(null, "Cannot perform an interactive login from a non TTY device")]),
                Seed.Entry(apigateway, "ERR_CERT_COMMON_NAME_INVALID", null, "tls"),
                Seed.Entry(ssm, "ThrottlingException", 400, "throttling", RetryVerdict.Retryable,
                    cause: "Parameter Store reads (GetParameters) went over the account's rate."),
                Seed.Entry(ssm, "ParameterNotFound", 400, "not-found", cause: "GetParametersByPath found no parameter under the path."),
                Seed.Entry(http, "429", 429, "throttling", RetryVerdict.Retryable, variants: [(429, "Too Many Requests")]),
                Seed.Entry(http, "503", 503, "server", RetryVerdict.Retryable, variants: [(503, "Service Unavailable")]),
                Seed.Entry(postgres, "23505", null, "conflict", variants: [(null, "unique_violation")]),
                Seed.Entry(mongodb, "2", null, "validation", variants: [(null, "unknown operator")]),
                Seed.Entry(kubernetes, "Forbidden", 403, "authorization"),
                Seed.Entry(autoscaling, "ValidationError", 400, "validation"),
                Seed.Entry(cloudformation, "ValidationError", 400, "validation"),
                Seed.Entry(cloudformation, "CircularDependency", 400, "validation", variants: [(400, "Circular dependency between resources: […]")]),
                Seed.Entry(gatekeeper, "K8sRequiredProbes", 403, "validation",
                    variants: [(403, "admission webhook \"validation.gatekeeper.sh\" denied the request: [must-have-probes] Container <…> in your <…> <…> has no <readinessProbe>")]),
                throttling);
            await db.SaveChangesAsync();
        }
    }

    private async Task<ExtractResponse> ExtractAsync(string text)
    {
        await using var db = fixture.CreateContext();
        return await ErrorTextExtractor.ExtractAsync(db, new PostgresCodeSearch(db), text, "https://kb.example", CancellationToken.None);
    }

    private static IEnumerable<string> Entries(ExtractMatch match) => match.Entries.Select(e => $"{e.Vendor}/{e.Service}/{e.Code}");

    [Fact]
    public async Task Aws_vendor_hint_narrows_a_code_both_vendors_use()
    {
        var response = await ExtractAsync(
            "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>The instance ID 'i-1' does not exist</Message></Error></Errors>" +
            "<RequestID>ea966190-f9aa-478e-9ede-cb5432daacc0</RequestID></Response>");

        var match = Assert.Single(response.Matches);
        Assert.Equal(["aws/ec2/InvalidInstanceID.NotFound"], Entries(match));
        Assert.Equal("https://kb.example/codes/aws/ec2/InvalidInstanceID.NotFound", match.Entries[0].Url);
        Assert.Contains("ea966190-f9aa-478e-9ede-cb5432daacc0", response.Message);
    }

    [Fact]
    public async Task Alibaba_host_id_narrows_to_alibaba_cloud()
    {
        var response = await ExtractAsync("""{"RequestId": "540CFF28-407A-40B5-B6A5-74Bxxxxxxxxx", "HostId": "ecs.aliyuncs.com", "Code": "InvalidInstanceId.NotFound", "Message": "The specified InstanceId does not exist."}""");

        Assert.Equal(["alibaba-cloud/ecs/InvalidInstanceId.NotFound"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task A_code_printed_twice_is_one_match()
    {
        var response = await ExtractAsync("{\"code\":\"RequestLimitExceeded\"}\nretrying…\n{\"code\":\"RequestLimitExceeded\"}");

        Assert.Equal(["aws/ec2/RequestLimitExceeded"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Two_messages_of_the_same_entries_are_one_match()
    {
        var response = await ExtractAsync("{\"message\":\"Cannot perform an interactive login from a non TTY device\"}\nretrying…\n{\"message\":\"cannot perform an interactive login from a non TTY device.\"}");

        Assert.Equal(["aws/ecr/NonTtyLogin"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Without_a_hint_every_vendor_with_the_code_is_listed()
    {
        var response = await ExtractAsync("deploy failed: Error Code: InvalidInstanceId.NotFound");

        Assert.Equal(["alibaba-cloud/ecs/InvalidInstanceId.NotFound", "aws/ec2/InvalidInstanceID.NotFound"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Exact_member_of_a_family_is_found_and_the_family_left_out()
    {
        var response = await ExtractAsync("<Error><HostId>ecs.aliyuncs.com</HostId><Code>MissingParameter.CommandId</Code></Error>");

        Assert.Equal(["alibaba-cloud/ecs/MissingParameter.CommandId"], Entries(Assert.Single(response.Matches)));
    }

    [Theory]
    [InlineData("-302", "SQL0302N")]
    [InlineData("-30081", "SQL30081N")]
    [InlineData("+100", "SQL0100W")]
    [InlineData("100", "SQL0100W")]
    public void A_db2_sqlcode_names_its_message_id(string sqlCode, string messageId) =>
        Assert.Equal(messageId, ErrorTextExtractor.Db2MessageId(sqlCode));

    [Fact]
    public async Task Docker_alias_resolves_to_the_registry_throttling_entry()
    {
        var response = await ExtractAsync("Error response from daemon: TOOMANYREQUESTS: Rate exceeded");

        var match = Assert.Single(response.Matches);
        Assert.Equal(("TOOMANYREQUESTS", "docker"), (match.Code, match.Kind));
        Assert.Equal(["aws/ecr/ThrottlingException"], Entries(match));
    }

    [Fact]
    public async Task A_code_many_services_share_goes_to_the_service_of_the_operation_the_aws_cli_names()
    {
        var response = await ExtractAsync("An error occurred (ThrottlingException) when calling the GetParameters operation (reached max retries: 4): Rate exceeded");

        var match = Assert.Single(response.Matches);
        Assert.Equal(["aws/ssm/ThrottlingException", "aws/ecr/ThrottlingException"], Entries(match));
    }

    [Theory]
    [InlineData("An error occurred (ThrottlingException) when calling the DescribeImages operation: Rate exceeded")]
    [InlineData("An error occurred (ThrottlingException) when calling the GetParameter operation: Rate exceeded")]
    public async Task An_operation_no_entry_names_as_a_word_leaves_the_code_to_its_message(string text)
    {
        var response = await ExtractAsync(text);

        var match = Assert.Single(response.Matches);
        Assert.Equal(["aws/ecr/ThrottlingException", "aws/ssm/ThrottlingException"], Entries(match));
    }

    [Fact]
    public async Task Message_without_a_code_resolves_by_the_variant_message()
    {
        var response = await ExtractAsync("""{"message": "Missing Authentication Token"}""");

        var match = Assert.Single(response.Matches);
        Assert.Equal("message", match.Kind);
        Assert.Equal(["aws/apigateway/MissingAuthenticationToken"], Entries(match));
        Assert.StartsWith("No error code found; the message “Missing Authentication Token” matches 1 entry", response.Message);
    }

    [Fact]
    public async Task Code_we_do_not_know_falls_back_to_the_message_written_with_it()
    {
        var response = await ExtractAsync(
            "HTTP/1.1 403 Forbidden\r\nx-amzn-RequestId: 3c1f0e2d-aaaa-4bbb-8ccc-0123456789ab\r\nx-amzn-ErrorType: MissingAuthenticationTokenException\r\n\r\n" +
            "{\"message\":\"Missing Authentication Token\"}");

        var match = Assert.Single(response.Matches, m => m.Kind == "aws-type");
        Assert.Equal(("MissingAuthenticationTokenException", "Missing Authentication Token"), (match.Code, match.Message));
        Assert.Equal(["aws/apigateway/MissingAuthenticationToken"], Entries(match));
    }

    [Fact]
    public async Task Message_match_is_case_insensitive_and_finds_a_containing_variant()
    {
        var response = await ExtractAsync("Error: cannot perform an interactive login from a non TTY");

        Assert.Equal(["aws/ecr/NonTtyLogin"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Message_that_names_nothing_is_left_out()
    {
        var response = await ExtractAsync("""{"message": "Something entirely unrelated happened"}""");

        Assert.Empty(response.Matches);
        Assert.Equal("Nothing recognisable: paste the whole error response or log line.", response.Message);
    }

    [Fact]
    public async Task Text_with_no_shape_is_searched_by_its_first_error_line()
    {
        const string Text = "step 1 ok\n  deploy failed: the specified instanceid does not exist\nstep 3 skipped";

        var response = await ExtractAsync(Text);

        var match = Assert.Single(response.Matches);
        Assert.Equal(ExtractionKinds.SearchedLine, match.Kind);
        Assert.Equal(("deploy failed: the specified instanceid does not exist", Text.IndexOf("deploy", StringComparison.Ordinal)), (match.Code, match.Start));
        Assert.Equal("alibaba-cloud/ecs/InvalidInstanceId.NotFound", Entries(match).First());
        Assert.Equal("No error code or message we know by its shape; the search finds 1 entry for its error line.", response.Message);
    }

    [Theory]
    [InlineData("RequestLimitExceeded", "aws/ec2/RequestLimitExceeded")]
    [InlineData("  toomanyrequests\n", "aws/ecr/ThrottlingException")]
    public async Task Text_that_is_one_code_or_alias_is_answered_by_its_entry(string text, string expected)
    {
        var response = await ExtractAsync(text);

        var match = Assert.Single(response.Matches);
        Assert.Equal((ExtractionKinds.SearchedLine, expected), (match.Kind, Entries(match).Single()));
        Assert.Equal($"The search finds 1 entry named {text.Trim()}.", response.Message);
    }

    [Fact]
    public async Task Message_field_filled_with_values_is_searched_on_its_own()
    {
        const string Text = """{"ts":"2026-12-06T10:00:00Z","message":"The specified InstanceId \"i-123\" does not exist.","caller":"deploy.go:42"}""";

        var response = await ExtractAsync(Text);

        var match = Assert.Single(response.Matches);
        Assert.Equal((ExtractionKinds.SearchedLine, "The specified InstanceId \"i-123\" does not exist."), (match.Kind, match.Code));
        Assert.Equal("alibaba-cloud/ecs/InvalidInstanceId.NotFound", Entries(match).First());
    }

    [Fact]
    public async Task Word_shaped_like_an_ibm_message_id_without_an_entry_is_left_out()
    {
        var response = await ExtractAsync("ORDER ABC1234E: the specified instanceid does not exist");

        var match = Assert.Single(response.Matches);
        Assert.Equal((ExtractionKinds.SearchedLine, "alibaba-cloud/ecs/InvalidInstanceId.NotFound"), (match.Kind, Entries(match).First()));
    }

    [Fact]
    public async Task Another_vendors_family_does_not_stand_in_for_the_hinted_vendors_unknown_code()
    {
        var response = await ExtractAsync(
            "<Response><Errors><Error><Code>MissingParameter.Foo</Code><Message>x</Message></Error></Errors>" +
            "<RequestID>ea966190-f9aa-478e-9ede-cb5432daacc0</RequestID></Response>");

        var match = Assert.Single(response.Matches);
        Assert.Equal(("MissingParameter.Foo", "aws"), (match.Code, match.Vendor));
        Assert.Empty(match.Entries);
    }

    [Fact]
    public async Task Small_number_in_an_error_line_is_not_a_code_of_that_number()
    {
        var response = await ExtractAsync("deploy failed with code 2: the specified instanceid does not exist");

        Assert.Equal(["alibaba-cloud/ecs/InvalidInstanceId.NotFound"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Exception_class_without_an_entry_is_left_out()
    {
        var response = await ExtractAsync("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\"");

        Assert.DoesNotContain(response.Matches, m => m.Kind == ExtractionKinds.ExceptionClass);
    }

    [Fact]
    public async Task Throttled_api_gateway_body_finds_the_status_line_and_the_message()
    {
        var response = await ExtractAsync("HTTP/1.1 429 Too Many Requests\r\nx-amzn-RequestId: 7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b\r\n\r\n{\"message\":\"Too Many Requests\"}");

        Assert.Equal(["http-status-line", "message"], response.Matches.Select(m => m.Kind));
        Assert.Equal(["http/status/429"], Entries(response.Matches[0]));
        Assert.Equal("aws/apigateway/TooManyRequestsException", Entries(response.Matches[1]).First());
        Assert.Equal("7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b", response.Matches[1].RequestId);
    }

    [Fact]
    public async Task Bare_status_without_a_code_resolves_to_the_http_entry()
    {
        var response = await ExtractAsync("upstream answered status=503 after 30s, x-amzn-RequestId: 7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b");

        var match = Assert.Single(response.Matches);
        Assert.Equal(("503", "http-status", 503), (match.Code, match.Kind, match.HttpStatus));
        Assert.Equal(["http/status/503"], Entries(match));
        Assert.Equal("No error code found; found HTTP status 503 and request ID 7d1c2b3a-0000-4e5f-9a8b-7c6d5e4f3a2b.", response.Message);
    }

    [Fact]
    public async Task Unknown_code_keeps_its_status_leading_to_the_http_entry()
    {
        var response = await ExtractAsync("""{"error": {"code": 429, "message": "Quota exceeded.", "status": "RESOURCE_EXHAUSTED"}}""");

        Assert.Equal([("429", 1), ("RESOURCE_EXHAUSTED", 0)], response.Matches.Select(m => (m.Code, m.Entries.Count)));
        Assert.Contains("not in the knowledge base yet", response.Message);
    }

    [Fact]
    public async Task Sqlstate_resolves_to_the_postgresql_entry()
    {
        var response = await ExtractAsync("ERROR:  duplicate key value violates unique constraint \"users_email_key\"\nSQL state: 23505");

        Assert.Equal(["postgresql/sqlstate/23505"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task Sdk_log_line_and_chrome_error_resolve_in_order_of_appearance()
    {
        var response = await ExtractAsync(
            "(Service: Ec2, Status Code: 503, Request ID: 1a2b3c4d-5e6f) RequestLimitExceeded\nGET https://custom.example.com/ net::ERR_CERT_COMMON_NAME_INVALID");

        Assert.Equal(["aws/ec2/RequestLimitExceeded", "aws/apigateway/ERR_CERT_COMMON_NAME_INVALID"], response.Matches.SelectMany(Entries));
        Assert.StartsWith("Found 2 error codes: RequestLimitExceeded, ERR_CERT_COMMON_NAME_INVALID (request ID 1a2b3c4d-5e6f).", response.Message);
    }

    [Fact]
    public async Task What_kubectl_prints_after_its_reason_finds_the_entry_whose_message_it_is_first()
    {
        var response = await ExtractAsync(
            "Error from server (Forbidden): error when creating \"deploy.yaml\": admission webhook \"validation.gatekeeper.sh\" denied the request: " +
            "[must-have-probes] Container <api> in your <Pod> <api-7d9f8b6c5-x2k4p> has no <readinessProbe>");

        Assert.Equal(["open-policy-agent/gatekeeper/K8sRequiredProbes", "kubernetes/api/Forbidden"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task A_kubectl_reason_alone_is_its_own_entry()
    {
        var response = await ExtractAsync("Error from server (Forbidden): pods is forbidden: User \"dev\" cannot list resource \"pods\" in the namespace \"prod\"");

        Assert.Equal(["kubernetes/api/Forbidden"], Entries(Assert.Single(response.Matches)));
    }

    [Fact]
    public async Task A_code_several_services_have_is_the_entry_of_one_of_them_whose_message_it_came_with()
    {
        var response = await ExtractAsync(
            "An error occurred (ValidationError) when calling the CreateChangeSet operation: Circular dependency between resources: [ProcessorFunction, UploadBucket]");

        Assert.Equal("aws/cloudformation/CircularDependency", Entries(Assert.Single(response.Matches)).First());
    }

    [Fact]
    public async Task Request_id_alone_is_reported_in_the_message()
    {
        var response = await ExtractAsync("RequestId: 4C467B38-3910-447D-87BC-AC049166F216");

        Assert.Empty(response.Matches);
        Assert.Equal(["4C467B38-3910-447D-87BC-AC049166F216"], response.RequestIds);
        Assert.Contains("request ID 4C467B38-3910-447D-87BC-AC049166F216", response.Message);
    }
}
