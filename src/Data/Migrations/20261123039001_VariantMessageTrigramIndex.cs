using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// Pasted error bodies without a code (API Gateway's <c>{"message": "Missing Authentication Token"}</c>) are resolved by
/// their message: a case-insensitive substring match on variant messages, which a trigram index serves.
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261123039001_VariantMessageTrigramIndex")]
public sealed class VariantMessageTrigramIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_code_variants_message_trgm ON code_variants USING gin (message gin_trgm_ops);");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX IF EXISTS ix_code_variants_message_trgm;");
}
