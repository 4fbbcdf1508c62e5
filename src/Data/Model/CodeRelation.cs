namespace KnowledgeBase.Data.Model;

/// <summary>A "see also" link between two entries, usually across vendors (throttling on EC2, Alibaba Cloud, HTTP 429).</summary>
public sealed class CodeRelation
{
    public long ErrorCodeId { get; set; }
    public long RelatedId { get; set; }
    public ErrorCode Related { get; set; } = null!;
}
