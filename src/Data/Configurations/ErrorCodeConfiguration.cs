using KnowledgeBase.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Data.Configurations;

internal sealed class ErrorCodeConfiguration : IEntityTypeConfiguration<ErrorCode>
{
    public void Configure(EntityTypeBuilder<ErrorCode> builder)
    {
        builder.ToTable("error_codes");
        builder.HasIndex(e => new { e.ServiceId, e.CodeKey }).IsUnique();
        // One index serves equality and prefixes (LIKE 'abc%'), which a default-collation b-tree cannot.
        builder.HasIndex(e => e.CodeKey).HasDatabaseName("ix_error_codes_code_key_pattern").HasOperators("text_pattern_ops");
        builder.HasIndex(e => e.FamilyKey);
        builder.HasIndex(e => e.HttpStatus);
        builder.Property(e => e.Retry).HasConversion(v => v.ToSlug(), s => ParseVerdict(s));
        builder.HasOne(e => e.Service).WithMany(s => s.Codes).HasForeignKey(e => e.ServiceId);
        builder.HasMany(e => e.Variants).WithOne().HasForeignKey(v => v.ErrorCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Aliases).WithOne().HasForeignKey(a => a.ErrorCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Sources).WithOne().HasForeignKey(s => s.ErrorCodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Related).WithOne().HasForeignKey(r => r.ErrorCodeId).OnDelete(DeleteBehavior.Cascade);
    }

    private static RetryVerdict ParseVerdict(string slug) => RetryVerdicts.TryParse(slug, out var verdict) ? verdict : RetryVerdict.NotRetryable;
}

internal sealed class CodeVariantConfiguration : IEntityTypeConfiguration<CodeVariant>
{
    public void Configure(EntityTypeBuilder<CodeVariant> builder) => builder.ToTable("code_variants");
}

internal sealed class CodeAliasConfiguration : IEntityTypeConfiguration<CodeAlias>
{
    public void Configure(EntityTypeBuilder<CodeAlias> builder)
    {
        builder.ToTable("code_aliases");
        builder.HasIndex(a => a.AliasKey);
    }
}

internal sealed class CodeSourceConfiguration : IEntityTypeConfiguration<CodeSource>
{
    public void Configure(EntityTypeBuilder<CodeSource> builder) => builder.ToTable("code_sources");
}

internal sealed class CodeRelationConfiguration : IEntityTypeConfiguration<CodeRelation>
{
    public void Configure(EntityTypeBuilder<CodeRelation> builder)
    {
        builder.ToTable("code_relations");
        builder.HasKey(r => new { r.ErrorCodeId, r.RelatedId });
        builder.HasOne(r => r.Related).WithMany().HasForeignKey(r => r.RelatedId).OnDelete(DeleteBehavior.Cascade);
    }
}
