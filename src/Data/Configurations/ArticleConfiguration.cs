using KnowledgeBase.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeBase.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("articles");
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasOne(a => a.Vendor).WithMany().HasForeignKey(a => a.VendorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Service).WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ArticleCodeConfiguration : IEntityTypeConfiguration<ArticleCode>
{
    public void Configure(EntityTypeBuilder<ArticleCode> builder)
    {
        builder.ToTable("article_codes");
        builder.HasKey(ac => new { ac.ArticleId, ac.ErrorCodeId });
        builder.HasOne(ac => ac.Article).WithMany(a => a.Codes).HasForeignKey(ac => ac.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ac => ac.ErrorCode).WithMany(e => e.Articles).HasForeignKey(ac => ac.ErrorCodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder) => builder.ToTable("feedback");
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder) => builder.ToTable("import_runs");
}
