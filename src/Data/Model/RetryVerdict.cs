namespace KnowledgeBase.Data.Model;

public enum RetryVerdict
{
    NotRetryable = 0,
    Retryable = 1,
    Conditional = 2,
}

public static class RetryVerdicts
{
    public static string ToSlug(this RetryVerdict verdict) => verdict switch
    {
        RetryVerdict.Retryable => "retryable",
        RetryVerdict.Conditional => "conditional",
        _ => "not-retryable",
    };

    public static bool TryParse(string? text, out RetryVerdict verdict)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "retryable" or "yes" or "true":
                verdict = RetryVerdict.Retryable;
                return true;
            case "not-retryable" or "not retryable" or "no" or "false":
                verdict = RetryVerdict.NotRetryable;
                return true;
            case "conditional":
                verdict = RetryVerdict.Conditional;
                return true;
            default:
                verdict = RetryVerdict.NotRetryable;
                return false;
        }
    }
}
