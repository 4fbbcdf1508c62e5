namespace KnowledgeBase.Data.Model;

/// <summary>One finished import; the newest id tells web processes that content changed.</summary>
public sealed class ImportRun
{
    public long Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public required string Path { get; set; }
    public int Files { get; set; }
    public int Entries { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }
    public int Variants { get; set; }
    public int Articles { get; set; }
}
