namespace KnowledgeBase.Data.Model;

public sealed class Article
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public int? VendorId { get; set; }
    public Vendor? Vendor { get; set; }
    public int? ServiceId { get; set; }
    public Service? Service { get; set; }
    public DateOnly? Updated { get; set; }
    public string? SourceTitle { get; set; }
    public string? SourceUrl { get; set; }
    public required string SourceFile { get; set; }
    public string ContentHash { get; set; } = "";
    public List<ArticleCode> Codes { get; set; } = [];
}
