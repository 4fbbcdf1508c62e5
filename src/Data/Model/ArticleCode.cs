namespace KnowledgeBase.Data.Model;

public sealed class ArticleCode
{
    public long ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    public long ErrorCodeId { get; set; }
    public ErrorCode ErrorCode { get; set; } = null!;
}
