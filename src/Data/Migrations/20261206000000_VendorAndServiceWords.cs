using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KnowledgeBase.Data.Migrations;

/// <summary>
/// An entry's vector now holds its vendor's and service's names and slugs, at the lowest weight. People name the
/// product they are fighting ("mongodb duplicate key", "cosmos db 429", "nginx upstream timed out"), and every word is
/// required: an entry whose prose never repeats its vendor's name (MongoDB's 11000 says "duplicate key" but not
/// "MongoDB") was left out by the word that says the most. A rename of a vendor or service rewrites its entries'
/// vectors (the importer upserts them by slug, and an unchanged entry is not written again).
/// </summary>
[DbContext(typeof(KnowledgeBaseDbContext))]
[Migration("20261206000000_VendorAndServiceWords")]
public sealed class VendorAndServiceWords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            -- The names in both configurations: a query matches all its words in one of them, and "services" is
            -- "servic" in english and "services" in simple.
            CREATE FUNCTION kb_code_vector(
                code text, code_key text, title text, search_text text, summary text, cause text, fix text, retry_guidance text, owner text)
                RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
                RETURN kb_code_vector(code, code_key, title, search_text, summary, cause, fix, retry_guidance) ||
                       setweight(to_tsvector('english', owner) || to_tsvector('simple', owner), 'D');

            -- Vendor name, vendor slug, service name, service slug: what a query calls them.
            CREATE FUNCTION kb_owner_words(service_id bigint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
                RETURN (SELECT concat_ws(' ', v.name, v.slug, s.name, s.slug) FROM services s JOIN vendors v ON v.id = s.vendor_id WHERE s.id = service_id);

            CREATE OR REPLACE FUNCTION kb_code_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO code_search (id, service_id, vendor, service, http_status, category, retry, code, search_vector)
                SELECT n.id, n.service_id, v.slug, s.slug, n.http_status, n.category, n.retry, n.code,
                       kb_code_vector(n.code, n.code_key, n.title, n.search_text, n.summary, n.cause, n.fix, n.retry_guidance,
                                      concat_ws(' ', v.name, v.slug, s.name, s.slug))
                FROM changed n
                JOIN services s ON s.id = n.service_id
                JOIN vendors v ON v.id = s.vendor_id
                ON CONFLICT (id) DO UPDATE SET
                    service_id = excluded.service_id, vendor = excluded.vendor, service = excluded.service,
                    http_status = excluded.http_status, category = excluded.category, retry = excluded.retry,
                    code = excluded.code, search_vector = excluded.search_vector;
                RETURN NULL;
            END
            $$;

            -- Only a real rename: the importer may write a service or vendor row without changing its name.
            CREATE FUNCTION kb_code_search_owner_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE code_search c
                SET search_vector = kb_code_vector(e.code, e.code_key, e.title, e.search_text, e.summary, e.cause, e.fix, e.retry_guidance,
                                                   kb_owner_words(e.service_id))
                FROM error_codes e
                JOIN services s ON s.id = e.service_id
                WHERE e.id = c.id
                  AND (CASE TG_TABLE_NAME WHEN 'services' THEN s.id ELSE s.vendor_id END) IN (
                      SELECT n.id FROM renamed n JOIN previous p ON p.id = n.id WHERE n.name IS DISTINCT FROM p.name);
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER services_renamed AFTER UPDATE ON services
                REFERENCING OLD TABLE AS previous NEW TABLE AS renamed FOR EACH STATEMENT EXECUTE FUNCTION kb_code_search_owner_renamed();
            CREATE TRIGGER vendors_renamed AFTER UPDATE ON vendors
                REFERENCING OLD TABLE AS previous NEW TABLE AS renamed FOR EACH STATEMENT EXECUTE FUNCTION kb_code_search_owner_renamed();

            -- Rebuilding the index once is faster than updating it row by row.
            DROP INDEX ix_code_search_search_vector;
            UPDATE code_search c
            SET search_vector = kb_code_vector(e.code, e.code_key, e.title, e.search_text, e.summary, e.cause, e.fix, e.retry_guidance,
                                               kb_owner_words(e.service_id))
            FROM error_codes e
            WHERE e.id = c.id;
            CREATE INDEX ix_code_search_search_vector ON code_search USING gin (search_vector);
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER services_renamed ON services;
            DROP TRIGGER vendors_renamed ON vendors;
            DROP FUNCTION kb_code_search_owner_renamed();

            CREATE OR REPLACE FUNCTION kb_code_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO code_search (id, service_id, vendor, service, http_status, category, retry, code, search_vector)
                SELECT n.id, n.service_id, v.slug, s.slug, n.http_status, n.category, n.retry, n.code,
                       kb_code_vector(n.code, n.code_key, n.title, n.search_text, n.summary, n.cause, n.fix, n.retry_guidance)
                FROM changed n
                JOIN services s ON s.id = n.service_id
                JOIN vendors v ON v.id = s.vendor_id
                ON CONFLICT (id) DO UPDATE SET
                    service_id = excluded.service_id, vendor = excluded.vendor, service = excluded.service,
                    http_status = excluded.http_status, category = excluded.category, retry = excluded.retry,
                    code = excluded.code, search_vector = excluded.search_vector;
                RETURN NULL;
            END
            $$;

            DROP INDEX ix_code_search_search_vector;
            UPDATE code_search c
            SET search_vector = kb_code_vector(e.code, e.code_key, e.title, e.search_text, e.summary, e.cause, e.fix, e.retry_guidance)
            FROM error_codes e
            WHERE e.id = c.id;
            CREATE INDEX ix_code_search_search_vector ON code_search USING gin (search_vector);

            DROP FUNCTION kb_owner_words(bigint);
            DROP FUNCTION kb_code_vector(text, text, text, text, text, text, text, text, text);
            """);
    }
}
