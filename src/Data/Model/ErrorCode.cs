namespace KnowledgeBase.Data.Model;

/// <summary>One code as one vendor's service spells it: the unit every page, link and API answer is about.</summary>
public sealed class ErrorCode
{
    public long Id { get; set; }
    public int ServiceId { get; set; }
    public Service Service { get; set; } = null!;

    /// <summary>The code exactly as the vendor spells it (<c>InvalidParamater</c> stays misspelled).</summary>
    public required string Code { get; set; }

    /// <summary><see cref="Codes.CodeKey.Normalize"/> of <see cref="Code"/>: what lookups compare.</summary>
    public required string CodeKey { get; set; }

    /// <summary>Key of the family this code belongs to (<c>invalidparameter</c> for <c>InvalidParameter.IsNull</c>), if any.</summary>
    public string? FamilyKey { get; set; }

    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? HttpStatus { get; set; }
    public required string Category { get; set; }
    public RetryVerdict Retry { get; set; }
    public string RetryGuidance { get; set; } = "";
    public string Cause { get; set; } = "";
    public string Fix { get; set; } = "";
    public DateOnly? Updated { get; set; }

    /// <summary>Content files this entry was built from, relative to the content root; import sync is scoped by them.</summary>
    public List<string> SourceFiles { get; set; } = [];

    /// <summary>Hash of everything imported for this entry, so an unchanged re-import writes nothing.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>Variant messages and aliases flattened for full-text search (maintained by the importer).</summary>
    public string SearchText { get; set; } = "";

    public List<CodeVariant> Variants { get; set; } = [];
    public List<CodeAlias> Aliases { get; set; } = [];
    public List<CodeSource> Sources { get; set; } = [];
    public List<CodeRelation> Related { get; set; } = [];
    public List<ArticleCode> Articles { get; set; } = [];
}
