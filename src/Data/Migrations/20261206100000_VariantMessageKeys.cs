using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// An index of the messages by their key (lower case, without a closing full stop), and the shape of a pasted message:
/// its quoted values and numbers as <c>…</c>, as the content writes them (<c>Table '…' already exists</c>). Search
/// finds the entries whose message the pasted one is by these, besides by its words: the full-text tier ranks only the
/// first 500 entries with all the words, and a message of common words ("Request timed out.") matches more than that.
/// A number inside a word stays (Heroku's <c>code=H12</c>).
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261206100000_VariantMessageKeys")]
public sealed class VariantMessageKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE FUNCTION kb_message_key(message text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN rtrim(lower(message), '. ');

            CREATE FUNCTION kb_message_shape(message text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN regexp_replace(regexp_replace(regexp_replace(message, '''[^'']*''', '''…''', 'g'), '"[^"]*"', '"…"', 'g'),
                                      '\m[0-9]+\M', '…', 'g');

            -- Hash, not a b-tree: equality is all it serves, and a b-tree refuses keys longer than a third of a page.
            CREATE INDEX ix_code_variants_message_key ON code_variants USING hash (kb_message_key(message));
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DROP INDEX IF EXISTS ix_code_variants_message_key;
            DROP FUNCTION IF EXISTS kb_message_shape(text);
            DROP FUNCTION IF EXISTS kb_message_key(text);
            """);
}
