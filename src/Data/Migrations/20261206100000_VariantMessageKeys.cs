using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// An index of the messages by their key: lower case, without a closing full stop. Search finds the entries whose
/// message a pasted one is by its keys (<see cref="Search.MessageKeys"/>), besides by its words: the full-text tier
/// ranks only the first 500 entries with all the words, and a message of common words ("Request timed out.") matches
/// more than that.
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261206100000_VariantMessageKeys")]
public sealed class VariantMessageKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE FUNCTION kb_message_key(message text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN rtrim(lower(message), '. ');

            -- Hash, not a b-tree: equality is all it serves, and a b-tree refuses keys longer than a third of a page.
            CREATE INDEX ix_code_variants_message_key ON code_variants USING hash (kb_message_key(message));
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_code_variants_message_key;
            DROP FUNCTION IF EXISTS kb_message_key(text);
            """);
}
