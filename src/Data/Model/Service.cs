namespace KnowledgeBase.Data.Model;

public sealed class Service
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public Vendor Vendor { get; set; } = null!;
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public List<ErrorCode> Codes { get; set; } = [];
}
