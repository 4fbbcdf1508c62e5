using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Infrastructure;

/// <summary>Token buckets per client IP; configured under <c>RateLimiting:Api</c> and <c>RateLimiting:Feedback</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public BucketOptions Api { get; set; } = new() { Burst = 120, PerSecond = 60 };

    public BucketOptions Feedback { get; set; } = new() { Burst = 5, PerSecond = 0.1 };

    public sealed class BucketOptions
    {
        /// <summary>Requests a client may make at once.</summary>
        public int Burst { get; set; }

        /// <summary>Requests per second a client gets back after the burst.</summary>
        public double PerSecond { get; set; }
    }
}

public static class RateLimiting
{
    public const string ApiPolicy = "api";
    public const string FeedbackPolicy = "feedback";

    public static IServiceCollection AddKnowledgeBaseRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(limiter =>
        {
            // The limiter's default is 503 with no hint; clients need 429 and when to come back (the status code
            // pages then add a problem body or the friendly page).
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(ApiPolicy, context => Bucket(context, ApiPolicy, options.Api));
            limiter.AddPolicy(FeedbackPolicy, context => Bucket(context, FeedbackPolicy, options.Feedback));
        });
        return services;
    }

    private static RateLimitPartition<string> Bucket(HttpContext context, string policy, RateLimitingOptions.BucketOptions bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(
            $"{policy}:{context.Connection.RemoteIpAddress}",
            _ =>
            {
                // Whole tokens per period: a fractional rate becomes one token every 1/rate seconds.
                var perSecond = Math.Max(bucket.PerSecond, 0.001);
                var period = perSecond >= 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(1 / perSecond);
                return new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, bucket.Burst),
                    TokensPerPeriod = perSecond >= 1 ? (int)perSecond : 1,
                    ReplenishmentPeriod = period,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                };
            });
}
