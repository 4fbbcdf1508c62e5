namespace KnowledgeBase.Data.Model;

/// <summary>A reader's "did this help?" answer on an entry or an article.</summary>
public sealed class Feedback
{
    public long Id { get; set; }
    public long? ErrorCodeId { get; set; }
    public long? ArticleId { get; set; }
    public bool Helpful { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
