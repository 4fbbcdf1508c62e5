using KnowledgeBase.Data;
using KnowledgeBase.Data.Codes;
using KnowledgeBase.Data.Model;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// A small, realistic set of entries for page and browser tests: codes shared across vendors, a family,
/// aliases, related codes, an article. Written for tests; not the shipped content.
/// </summary>
public static class SampleContent
{
    public static async Task SeedAsync(KnowledgeBaseDbContext db)
    {
        var http = Seed.Service("http", "HTTP", "status", "HTTP status codes");
        var ec2 = Seed.Service("aws", "Amazon Web Services", "ec2", "Amazon EC2");
        var ecr = new Service { Slug = "ecr", Name = "Amazon ECR", Vendor = ec2.Vendor };
        var sts = new Service { Slug = "sts", Name = "AWS STS", Vendor = ec2.Vendor };
        var s3 = new Service { Slug = "s3", Name = "Amazon S3", Vendor = ec2.Vendor };
        var ecs = Seed.Service("alibaba-cloud", "Alibaba Cloud", "ecs", "Elastic Compute Service");

        var tooMany = Seed.Entry(http, "429", 429, "throttling", RetryVerdict.Retryable,
            "The client sent more requests than the server accepts in a period.", "Wait for the time in `Retry-After`, then retry with backoff.",
            (429, "Too Many Requests"));
        tooMany.Title = "Too Many Requests";
        var notFound = Seed.Entry(http, "404", 404, "not-found", RetryVerdict.NotRetryable, "Nothing exists at the address.", "Check the URL.", (404, "Not Found"));
        notFound.Title = "Not Found";
        var forbidden = Seed.Entry(http, "403", 403, "authorization", RetryVerdict.NotRetryable, "The caller may not do this.", "Ask for the permission.", (403, "Forbidden"));
        forbidden.Title = "Forbidden";

        var requestLimit = Seed.Entry(ec2, "RequestLimitExceeded", 503, "throttling", RetryVerdict.Retryable,
            "The account sent more EC2 API requests than its request rate allows.",
            "Retry with **exponential backoff** and jitter. See [the throttling guide](/articles/handling-throttling) and [a bad link](javascript:alert(1)).",
            (503, "Request limit exceeded."));
        requestLimit.Title = "API request rate exceeded";
        requestLimit.RetryGuidance = "Back off **exponentially**; the limit refills over seconds.";
        requestLimit.Sources.Add(new CodeSource { Title = "EC2 API error codes", Url = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html", Position = 0 });

        var awsInstance = Seed.Entry(ec2, "InvalidInstanceID.NotFound", 400, "not-found", RetryVerdict.Conditional,
            "The instance ID does not exist, or it was created so recently that it is not visible yet.", "Check the ID and the Region.",
            (400, "The instance ID 'i-1234567890abcdef0' does not exist"));
        var unauthorized = Seed.Entry(ec2, "UnauthorizedOperation", 403, "authorization", RetryVerdict.NotRetryable,
            "The caller's IAM policy does not allow the action.", "Grant the action in an IAM policy.",
            (403, "You are not authorized to perform this operation."));
        unauthorized.Aliases.Add(Alias("Client.UnauthorizedOperation"));
        unauthorized.SearchText += " Client.UnauthorizedOperation";
        var missingParameter = Seed.Entry(ec2, "MissingParameter", 400, "validation", RetryVerdict.NotRetryable,
            "A required parameter is missing from the request.", "Add the parameter the message names.",
            (400, "The request must contain the parameter InstanceId"));
        var ec2InvalidParameter = Seed.Entry(ec2, "InvalidParameter", 400, "validation", RetryVerdict.NotRetryable,
            "A parameter is not valid.", "Fix the parameter.", (400, "The parameter is not valid."));

        var ecrThrottling = Seed.Entry(ecr, "ThrottlingException", 429, "throttling", RetryVerdict.Retryable,
            "Too many ECR requests in a short time.", "Retry with backoff.", (429, "Rate exceeded"));
        ecrThrottling.Aliases.Add(Alias("TOOMANYREQUESTS"));
        ecrThrottling.SearchText += " TOOMANYREQUESTS";
        var stsThrottling = Seed.Entry(sts, "ThrottlingException", 400, "throttling", RetryVerdict.Retryable,
            "Too many STS requests (AssumeRole, GetCallerIdentity) in a short time.", "Retry with backoff.", (400, "Rate exceeded"));
        var signature = Seed.Entry(s3, "SignatureDoesNotMatch", 403, "authentication", RetryVerdict.NotRetryable,
            "The signature S3 computed differs from the one sent.", "Check the secret key and the signing code.",
            (403, "The request signature we calculated does not match the signature you provided."));

        var aliInstance = Seed.Entry(ecs, "InvalidInstanceId.NotFound", 404, "not-found", RetryVerdict.NotRetryable,
            "No ECS instance has this ID in the region.", "Check the instance ID.", (404, "The specified InstanceId does not exist."));
        var aliIsNull = Seed.Entry(ecs, "InvalidParameter.IsNull", 400, "validation", RetryVerdict.NotRetryable,
            "A required parameter is empty.", "Fill in the parameter.", (400, "The parameter must not be null."));

        db.ErrorCodes.AddRange(tooMany, notFound, forbidden, requestLimit, awsInstance, unauthorized, missingParameter, ec2InvalidParameter,
            ecrThrottling, stsThrottling, signature, aliInstance, aliIsNull);
        await db.SaveChangesAsync();

        db.CodeRelations.AddRange(
            new CodeRelation { ErrorCodeId = requestLimit.Id, RelatedId = tooMany.Id },
            new CodeRelation { ErrorCodeId = tooMany.Id, RelatedId = requestLimit.Id },
            new CodeRelation { ErrorCodeId = awsInstance.Id, RelatedId = aliInstance.Id });
        db.Articles.Add(new Article
        {
            Slug = "handling-throttling",
            Title = "Handling throttling",
            Summary = "How to back off when an API says you are too fast.",
            Body = "## Why it happens\n\nEvery API limits its callers.\n\n## What to do\n\n- Retry with backoff\n- [Read more](https://example.com/backoff)\n- [Unsafe](javascript:alert(1))\n",
            SourceFile = "articles/handling-throttling.md",
            Updated = new DateOnly(2026, 11, 20),
            Codes = [new ArticleCode { ErrorCodeId = tooMany.Id }, new ArticleCode { ErrorCodeId = requestLimit.Id }, new ArticleCode { ErrorCodeId = ecrThrottling.Id }],
        });
        await db.SaveChangesAsync();
        await Seed.MarkImportedAsync(db, 13);
    }

    public static CodeAlias Alias(string alias) => new() { Alias = alias, AliasKey = CodeKey.Normalize(alias) };
}
