namespace KnowledgeBase.Data.Model;

/// <summary>Another spelling of a code (<c>Client.UnauthorizedOperation</c>, Docker's <c>TOOMANYREQUESTS</c>).</summary>
public sealed class CodeAlias
{
    public long Id { get; set; }
    public long ErrorCodeId { get; set; }
    public required string Alias { get; set; }
    public required string AliasKey { get; set; }
}
