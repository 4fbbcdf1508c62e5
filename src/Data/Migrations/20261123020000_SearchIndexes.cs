using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// Indexes the search tiers need beyond the first schema: code prefixes (the cluster's collation is not C, so a
/// plain b-tree cannot serve <c>LIKE 'prefix%'</c>) and trigram similarity on entry titles for "did you mean".
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261123020000_SearchIndexes")]
public sealed class SearchIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE INDEX ix_error_codes_code_key_pattern ON error_codes (code_key text_pattern_ops);
            CREATE INDEX ix_error_codes_title_trgm ON error_codes USING gin (lower(title) gin_trgm_ops);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_error_codes_code_key_pattern;
            DROP INDEX IF EXISTS ix_error_codes_title_trgm;
            """);
    }
}
