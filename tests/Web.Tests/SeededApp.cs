using KnowledgeBase.Data.Model;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests;

/// <summary>The real app on a database holding a few entries shaped like the shipped content.</summary>
public class SeededApp : KnowledgeBaseApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var ec2 = Seed.Service("aws", "Amazon Web Services", "ec2", "Amazon EC2");
        var ecr = new Service { Slug = "ecr", Name = "Amazon ECR", Vendor = ec2.Vendor };
        var ecs = Seed.Service("alibaba-cloud", "Alibaba Cloud", "ecs", "Elastic Compute Service");
        var http = Seed.Service("http", "HTTP", "status", "HTTP status codes");

        var requestLimit = Seed.Entry(ec2, "RequestLimitExceeded", 503, "throttling", RetryVerdict.Retryable,
            cause: "Too many **requests** in a short time.", variants: [(503, "Request limit exceeded.")]);
        requestLimit.Title = "Request rate limit exceeded";
        requestLimit.RetryGuidance = "Retry with exponential backoff and full jitter.";
        requestLimit.Sources.Add(new CodeSource { Title = "EC2 API troubleshooting", Url = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/query-api-troubleshooting.html" });
        var unauthorized = Seed.Entry(ec2, "UnauthorizedOperation", 403, "authorization", variants: [(403, "You are not authorized to perform this operation.")]);
        unauthorized.Aliases.Add(new CodeAlias { Alias = "Client.UnauthorizedOperation", AliasKey = "unauthorizedoperation" });
        var throttling = Seed.Entry(ecr, "ThrottlingException", 400, "throttling", RetryVerdict.Retryable, variants: [(400, "Rate exceeded")]);
        throttling.Aliases.Add(new CodeAlias { Alias = "TOOMANYREQUESTS", AliasKey = "toomanyrequests" });
        var status429 = Seed.Entry(http, "429", 429, "throttling", RetryVerdict.Retryable, variants: [(429, "Too Many Requests")]);
        status429.Title = "Too Many Requests";
        requestLimit.Related.Add(new CodeRelation { Related = status429 });

        db.ErrorCodes.AddRange(
            requestLimit, unauthorized, throttling, status429,
            Seed.Entry(ec2, "InvalidInstanceID.NotFound", 400, "not-found", variants: [(400, "The instance ID 'i-1' does not exist")]),
            Seed.Entry(ecs, "InvalidInstanceId.NotFound", 404, "not-found", variants: [(404, "The specified InstanceId does not exist.")]),
            Seed.Entry(ecs, "MissingParameter", 400, variants: [(400, "The input parameter “Action” that is mandatory for processing this request is not supplied."), (403, "The input parameter OwnerId is not supplied.")]),
            Seed.Entry(ecs, "InvalidParameter", 400),
            Seed.Entry(ecs, "InvalidParameter.IsNull", 400),
            Seed.Entry(http, "404", 404, "not-found", variants: [(404, "Not Found")]));
        await db.SaveChangesAsync();
        await Seed.MarkImportedAsync(db, 10);
    }
}
