using System.Text;
using KnowledgeBase.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeBase.Data;

/// <remarks>
/// The schema is owned by hand-written migrations in <c>Migrations/</c>: the EF Core Design package
/// (and so <c>dotnet ef migrations add</c>) cannot be restored from our registry, and the search
/// columns (tsvector columns, the triggers that fill code_search, trigram indexes) are plain SQL anyway. There is no model
/// snapshot, so the pending-model-changes check is switched off where the context is configured.
/// Names are snake_case so that the raw SQL of search reads naturally.
/// </remarks>
public sealed class KnowledgeBaseDbContext(DbContextOptions<KnowledgeBaseDbContext> options) : DbContext(options)
{
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<ErrorCode> ErrorCodes => Set<ErrorCode>();
    public DbSet<CodeVariant> CodeVariants => Set<CodeVariant>();
    public DbSet<CodeAlias> CodeAliases => Set<CodeAlias>();
    public DbSet<CodeSource> CodeSources => Set<CodeSource>();
    public DbSet<CodeRelation> CodeRelations => Set<CodeRelation>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleCode> ArticleCodes => Set<ArticleCode>();
    public DbSet<Feedback> Feedback => Set<Feedback>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeBaseDbContext).Assembly);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName()!));
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName()!));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName()!));
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
