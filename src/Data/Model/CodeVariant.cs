namespace KnowledgeBase.Data.Model;

/// <summary>One (HTTP status, message) pair a code comes back with; a code can have several.</summary>
public sealed class CodeVariant
{
    public long Id { get; set; }
    public long ErrorCodeId { get; set; }
    public int? HttpStatus { get; set; }
    public string Message { get; set; } = "";
    public int Position { get; set; }
}
