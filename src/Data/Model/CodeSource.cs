namespace KnowledgeBase.Data.Model;

public sealed class CodeSource
{
    public long Id { get; set; }
    public long ErrorCodeId { get; set; }
    public string Title { get; set; } = "";
    public required string Url { get; set; }
    public int Position { get; set; }
}
