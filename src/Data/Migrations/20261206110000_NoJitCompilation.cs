using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// Turns PostgreSQL's JIT compilation off for the knowledge base's database. A generic plan estimates its rows without
/// the values: the search's code tiers, with one more branch, were estimated at a cost just over <c>jit_above_cost</c>
/// (100,000), and each search then spent 47 ms compiling to run for 0.4 ms. No statement here runs long enough to
/// win that back. A role that does not own the database leaves the setting as it is and is told so.
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261206110000_NoJitCompilation")]
public sealed class NoJitCompilation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DO $$
            BEGIN
                EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE WARNING 'jit stays on: only the owner of database % can turn it off (ALTER DATABASE … SET jit = off)', current_database();
            END
            $$;
            """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            DO $$
            BEGIN
                EXECUTE format('ALTER DATABASE %I RESET jit', current_database());
            EXCEPTION WHEN insufficient_privilege THEN
                NULL;
            END
            $$;
            """);
}
