using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeBase.Web.Feedback;

/// <summary>
/// "Did this help?" answers are limited per client IP so that nobody can flood the feedback table.
/// Over the limit the reader gets 429 (the limiter's default would be 503) with Retry-After, never a queue.
/// </summary>
public static class FeedbackRateLimit
{
    public const string PolicyName = "feedback";

    public sealed class Options
    {
        public int PermitLimit { get; set; } = 10;
        public int WindowSeconds { get; set; } = 60;
    }

    public static IServiceCollection AddFeedback(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Feedback:RateLimit").Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
