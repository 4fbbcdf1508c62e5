namespace KnowledgeBase.Data.Model;

public sealed class Vendor
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public List<Service> Services { get; set; } = [];
}
