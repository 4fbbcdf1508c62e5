using KnowledgeBase.Importer.Merging;
using Npgsql;
using NpgsqlTypes;

namespace KnowledgeBase.Importer.Sync;

/// <summary>
/// Writes a <see cref="SyncPlan"/> inside the caller's transaction: changed entries are copied (binary COPY) into
/// temporary staging tables, then applied with a few set-based statements; unchanged entries are not touched.
/// </summary>
public static class DatabaseWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, SyncPlan plan, CancellationToken cancellationToken)
    {
        var vendorIds = await UpsertVendorsAsync(connection, plan, cancellationToken);
        var serviceIds = await UpsertServicesAsync(connection, plan, vendorIds, cancellationToken);

        if (plan.RemovedEntries.Count > 0)
        {
            await ExecuteAsync(connection, "DELETE FROM error_codes WHERE id = ANY(@ids)", cancellationToken,
                new NpgsqlParameter("ids", plan.RemovedEntries.Select(r => r.Id).ToArray()));
        }
        if (plan.RemovedArticles.Count > 0)
        {
            await ExecuteAsync(connection, "DELETE FROM articles WHERE id = ANY(@ids)", cancellationToken,
                new NpgsqlParameter("ids", plan.RemovedArticles.Select(r => r.Id).ToArray()));
        }

        var changed = plan.Entries.Where(e => e.Change != Change.Unchanged).Select(e => e.Model).ToList();
        if (changed.Count > 0)
        {
            var deferred = await DeferIndexesAndForeignKeysAsync(connection, cancellationToken);
            await WriteEntriesAsync(connection, changed, serviceIds, cancellationToken);
            foreach (var restore in deferred)
            {
                await ExecuteAsync(connection, restore, cancellationToken);
            }
        }
        await WriteRelationsAsync(connection, plan, serviceIds, cancellationToken);
        await WriteArticlesAsync(connection, plan, vendorIds, serviceIds, cancellationToken);

        // A vendor or service whose last entry and article went would stay listed, empty, on /vendors.
        await ExecuteAsync(connection, """
            DELETE FROM services s
            WHERE NOT EXISTS (SELECT 1 FROM error_codes e WHERE e.service_id = s.id)
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.service_id = s.id);
            DELETE FROM vendors v
            WHERE NOT EXISTS (SELECT 1 FROM services s WHERE s.vendor_id = v.id)
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.vendor_id = v.id);
            """, cancellationToken);
    }

    /// <summary>
    /// On a first import, drops the indexes and foreign keys of the tables that get a row per code or message, and
    /// returns the statements that put them back, for the caller to run once the rows are in. Built once over 100,000
    /// codes, the GIN indexes took 3.0 s (message trigrams) and 1.5 s (full text), against 6.1 s and 2.7 s of upkeep
    /// while the same rows went in one by one; a foreign key checked once is one join (0.09 s for 195,812 messages),
    /// checked row by row a lookup per row (code_variants took 2.8 s with its key and b-trees, 0.24 s without). Unique
    /// indexes stay: the writes below lean on them. Only an empty knowledge base can afford it: dropping an index or a
    /// key locks its tables against readers until the import commits, so a re-import keeps them. Inside the import's
    /// transaction, a failed first import leaves them as they were.
    /// </summary>
    private static async Task<List<string>> DeferIndexesAndForeignKeysAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var deferred = new List<(string Drop, string Restore)>();
        await using (var command = new NpgsqlCommand("""
            WITH bulk (tab) AS (
                VALUES ('error_codes'::regclass), ('code_search'::regclass), ('code_variants'::regclass),
                       ('code_aliases'::regclass), ('code_sources'::regclass))
            SELECT * FROM (
                SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)),
                       1 AS restore_order, c.conname::text AS name
                FROM pg_constraint c
                WHERE c.contype = 'f' AND c.conrelid IN (SELECT tab FROM bulk)
                UNION ALL
                SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid), 0, i.indexrelid::regclass::text
                FROM pg_index i
                WHERE i.indrelid IN (SELECT tab FROM bulk) AND NOT i.indisunique
            ) d
            WHERE NOT EXISTS (SELECT 1 FROM error_codes)
            ORDER BY restore_order, name
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                deferred.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        // Restored indexes first, then the keys, whose one check each can then use the indexes; dropped the other way round.
        foreach (var (drop, _) in deferred.AsEnumerable().Reverse())
        {
            await ExecuteAsync(connection, drop, cancellationToken);
        }
        return deferred.Select(d => d.Restore).ToList();
    }

    private static async Task<Dictionary<string, int>> UpsertVendorsAsync(NpgsqlConnection connection, SyncPlan plan, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (slug, name) in plan.Vendors)
        {
            // Only a name given in the content replaces the stored one; a new vendor without a name shows its slug.
            const string sql = """
                INSERT INTO vendors (slug, name) VALUES (@slug, coalesce(@name, @slug))
                ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name WHERE @name IS NOT NULL AND vendors.name <> EXCLUDED.name
                """;
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("slug", slug);
            command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = (object?)name ?? DBNull.Value });
            await command.ExecuteNonQueryAsync(cancellationToken);
            await using var select = new NpgsqlCommand("SELECT id FROM vendors WHERE slug = @slug", connection);
            select.Parameters.AddWithValue("slug", slug);
            ids[slug] = (int)(await select.ExecuteScalarAsync(cancellationToken))!;
        }
        return ids;
    }

    private static async Task<Dictionary<(string, string), int>> UpsertServicesAsync(
        NpgsqlConnection connection, SyncPlan plan, Dictionary<string, int> vendorIds, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<(string, string), int>();
        foreach (var ((vendor, slug), name) in plan.Services)
        {
            const string sql = """
                INSERT INTO services (vendor_id, slug, name) VALUES (@vendor, @slug, coalesce(@name, @slug))
                ON CONFLICT (vendor_id, slug) DO UPDATE SET name = EXCLUDED.name WHERE @name IS NOT NULL AND services.name <> EXCLUDED.name
                """;
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("vendor", vendorIds[vendor]);
            command.Parameters.AddWithValue("slug", slug);
            command.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = (object?)name ?? DBNull.Value });
            await command.ExecuteNonQueryAsync(cancellationToken);
            await using var select = new NpgsqlCommand("SELECT id FROM services WHERE vendor_id = @vendor AND slug = @slug", connection);
            select.Parameters.AddWithValue("vendor", vendorIds[vendor]);
            select.Parameters.AddWithValue("slug", slug);
            ids[(vendor, slug)] = (int)(await select.ExecuteScalarAsync(cancellationToken))!;
        }
        return ids;
    }

    private static async Task WriteEntriesAsync(
        NpgsqlConnection connection, List<EntryModel> changed, Dictionary<(string, string), int> serviceIds, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, """
            CREATE TEMP TABLE kb_stage_entries (
                service_id integer NOT NULL, code text NOT NULL, code_key text NOT NULL, family_key text, title text, summary text,
                http_status integer, category text NOT NULL, retry text NOT NULL, retry_guidance text NOT NULL, cause text NOT NULL,
                fix text NOT NULL, updated date, source_files text[] NOT NULL, content_hash text NOT NULL, search_text text NOT NULL
            ) ON COMMIT DROP;
            CREATE TEMP TABLE kb_stage_variants (service_id integer, code_key text, http_status integer, message text, position integer) ON COMMIT DROP;
            CREATE TEMP TABLE kb_stage_aliases (service_id integer, code_key text, alias text, alias_key text) ON COMMIT DROP;
            CREATE TEMP TABLE kb_stage_sources (service_id integer, code_key text, title text, url text, position integer) ON COMMIT DROP;
            """, cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY kb_stage_entries (service_id, code, code_key, family_key, title, summary, http_status, category, retry, retry_guidance, cause, fix, updated, source_files, content_hash, search_text) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var e in changed)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(serviceIds[(e.Key.Vendor, e.Key.Service)], NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(e.Code, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Key.CodeKey, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, e.FamilyKey, cancellationToken);
                await WriteNullableAsync(copy, e.Title, cancellationToken);
                await WriteNullableAsync(copy, e.Summary, cancellationToken);
                await WriteNullableAsync(copy, e.HttpStatus, cancellationToken);
                await copy.WriteAsync(e.Category, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Retry, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.RetryGuidance, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Cause, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Fix, NpgsqlDbType.Text, cancellationToken);
                if (e.Updated is { } updated)
                {
                    await copy.WriteAsync(updated, NpgsqlDbType.Date, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
                await copy.WriteAsync(e.SourceFiles.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Hash, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.SearchText, NpgsqlDbType.Text, cancellationToken);
            }
            // Without Complete() the COPY is rolled back when disposed.
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY kb_stage_variants (service_id, code_key, http_status, message, position) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var e in changed)
            {
                var serviceId = serviceIds[(e.Key.Vendor, e.Key.Service)];
                for (var i = 0; i < e.Variants.Count; i++)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(serviceId, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Key.CodeKey, NpgsqlDbType.Text, cancellationToken);
                    await WriteNullableAsync(copy, e.Variants[i].Status, cancellationToken);
                    await copy.WriteAsync(e.Variants[i].Message, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY kb_stage_aliases (service_id, code_key, alias, alias_key) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var e in changed)
            {
                foreach (var alias in e.Aliases)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(serviceIds[(e.Key.Vendor, e.Key.Service)], NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Key.CodeKey, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(alias, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(Data.Codes.CodeKey.Normalize(alias), NpgsqlDbType.Text, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY kb_stage_sources (service_id, code_key, title, url, position) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var e in changed)
            {
                for (var i = 0; i < e.Sources.Count; i++)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(serviceIds[(e.Key.Vendor, e.Key.Service)], NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(e.Key.CodeKey, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(e.Sources[i].Title, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(e.Sources[i].Url, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }

        // Staged keys are unique (one model per key), so no statement below meets the same row twice. The statements
        // join on the key alone: statistics on the long texts too took 0.46 s of a 100,000-code import.
        await ExecuteAsync(connection, """
            ANALYZE kb_stage_entries (service_id, code_key);
            UPDATE error_codes e SET
                code = s.code, family_key = s.family_key, title = s.title, summary = s.summary, http_status = s.http_status,
                category = s.category, retry = s.retry, retry_guidance = s.retry_guidance, cause = s.cause, fix = s.fix,
                updated = s.updated, source_files = s.source_files, content_hash = s.content_hash, search_text = s.search_text
            FROM kb_stage_entries s
            WHERE e.service_id = s.service_id AND e.code_key = s.code_key;

            INSERT INTO error_codes (service_id, code, code_key, family_key, title, summary, http_status, category, retry,
                retry_guidance, cause, fix, updated, source_files, content_hash, search_text)
            SELECT s.service_id, s.code, s.code_key, s.family_key, s.title, s.summary, s.http_status, s.category, s.retry,
                s.retry_guidance, s.cause, s.fix, s.updated, s.source_files, s.content_hash, s.search_text
            FROM kb_stage_entries s
            WHERE NOT EXISTS (SELECT 1 FROM error_codes e WHERE e.service_id = s.service_id AND e.code_key = s.code_key);

            CREATE TEMP TABLE kb_stage_ids ON COMMIT DROP AS
                SELECT e.id, e.service_id, e.code_key FROM error_codes e
                JOIN kb_stage_entries s ON e.service_id = s.service_id AND e.code_key = s.code_key;
            ANALYZE kb_stage_ids;

            DELETE FROM code_variants WHERE error_code_id IN (SELECT id FROM kb_stage_ids);
            DELETE FROM code_aliases WHERE error_code_id IN (SELECT id FROM kb_stage_ids);
            DELETE FROM code_sources WHERE error_code_id IN (SELECT id FROM kb_stage_ids);
            DELETE FROM code_relations WHERE error_code_id IN (SELECT id FROM kb_stage_ids);

            INSERT INTO code_variants (error_code_id, http_status, message, position)
            SELECT i.id, v.http_status, v.message, v.position
            FROM kb_stage_variants v JOIN kb_stage_ids i ON i.service_id = v.service_id AND i.code_key = v.code_key;

            INSERT INTO code_aliases (error_code_id, alias, alias_key)
            SELECT i.id, a.alias, a.alias_key
            FROM kb_stage_aliases a JOIN kb_stage_ids i ON i.service_id = a.service_id AND i.code_key = a.code_key;

            INSERT INTO code_sources (error_code_id, title, url, position)
            SELECT i.id, s.title, s.url, s.position
            FROM kb_stage_sources s JOIN kb_stage_ids i ON i.service_id = s.service_id AND i.code_key = s.code_key;
            """, cancellationToken);
    }

    /// <summary>
    /// Relations of every synced entry are (re)inserted when missing, not only those of changed entries: a relation
    /// disappears with its target, and comes back when the target is imported again.
    /// </summary>
    private static async Task WriteRelationsAsync(
        NpgsqlConnection connection, SyncPlan plan, Dictionary<(string, string), int> serviceIds, CancellationToken cancellationToken)
    {
        var relations = plan.Entries.SelectMany(e => e.Model.Related.Select(r => (From: e.Model, To: r))).ToList();
        if (relations.Count == 0)
        {
            return;
        }
        var serviceBySlug = new Dictionary<(string, string), int>(serviceIds);
        var fromServices = relations.Select(r => serviceBySlug[(r.From.Key.Vendor, r.From.Key.Service)]).ToArray();
        var fromKeys = relations.Select(r => r.From.Key.CodeKey).ToArray();
        var toVendors = relations.Select(r => r.To.Vendor).ToArray();
        var toServices = relations.Select(r => r.To.Service).ToArray();
        var toKeys = relations.Select(r => r.To.Key).ToArray();
        await ExecuteAsync(connection, """
            INSERT INTO code_relations (error_code_id, related_id)
            SELECT DISTINCT src.id, dst.id
            FROM unnest(@from_services, @from_keys, @to_vendors, @to_services, @to_keys) AS r(from_service, from_key, to_vendor, to_service, to_key)
            JOIN error_codes src ON src.service_id = r.from_service AND src.code_key = r.from_key
            JOIN vendors v ON v.slug = r.to_vendor
            JOIN services s ON s.vendor_id = v.id AND s.slug = r.to_service
            JOIN error_codes dst ON dst.service_id = s.id AND dst.code_key = r.to_key
            WHERE src.id <> dst.id
            ON CONFLICT DO NOTHING
            """, cancellationToken,
            new NpgsqlParameter("from_services", fromServices), new NpgsqlParameter("from_keys", fromKeys),
            new NpgsqlParameter("to_vendors", toVendors), new NpgsqlParameter("to_services", toServices),
            new NpgsqlParameter("to_keys", toKeys));
    }

    private static async Task WriteArticlesAsync(
        NpgsqlConnection connection, SyncPlan plan, Dictionary<string, int> vendorIds, Dictionary<(string, string), int> serviceIds,
        CancellationToken cancellationToken)
    {
        foreach (var (model, change, existingId) in plan.Articles)
        {
            var a = model.File;
            var id = existingId ?? 0;
            if (change != Change.Unchanged)
            {
                const string sql = """
                    INSERT INTO articles (slug, title, summary, body, vendor_id, service_id, updated, source_title, source_url, source_file, content_hash)
                    VALUES (@slug, @title, @summary, @body, @vendor, @service, @updated, @source_title, @source_url, @file, @hash)
                    ON CONFLICT (slug) DO UPDATE SET
                        title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, vendor_id = EXCLUDED.vendor_id,
                        service_id = EXCLUDED.service_id, updated = EXCLUDED.updated, source_title = EXCLUDED.source_title,
                        source_url = EXCLUDED.source_url, source_file = EXCLUDED.source_file, content_hash = EXCLUDED.content_hash
                    RETURNING id
                    """;
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.AddWithValue("slug", a.Slug);
                command.Parameters.AddWithValue("title", a.Title);
                command.Parameters.AddWithValue("summary", a.Summary);
                command.Parameters.AddWithValue("body", a.Body);
                command.Parameters.Add(Nullable("vendor", a.Vendor is { } v ? vendorIds[v] : null, NpgsqlDbType.Integer));
                command.Parameters.Add(Nullable("service", a.Vendor is { } sv && a.Service is { } ss ? serviceIds[(sv, ss)] : null, NpgsqlDbType.Integer));
                command.Parameters.Add(Nullable("updated", a.Updated, NpgsqlDbType.Date));
                command.Parameters.Add(Nullable("source_title", a.Sources.FirstOrDefault()?.Title, NpgsqlDbType.Text));
                command.Parameters.Add(Nullable("source_url", a.Sources.FirstOrDefault()?.Url, NpgsqlDbType.Text));
                command.Parameters.AddWithValue("file", a.File);
                command.Parameters.AddWithValue("hash", model.Hash);
                id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
                await ExecuteAsync(connection, "DELETE FROM article_codes WHERE article_id = @id", cancellationToken, new NpgsqlParameter("id", id));
            }
            if (a.Codes.Count == 0)
            {
                continue;
            }
            await ExecuteAsync(connection, """
                INSERT INTO article_codes (article_id, error_code_id)
                SELECT DISTINCT @id, e.id
                FROM unnest(@vendors, @services, @keys) AS r(vendor, service, key)
                JOIN vendors v ON v.slug = r.vendor
                JOIN services s ON s.vendor_id = v.id AND s.slug = r.service
                JOIN error_codes e ON e.service_id = s.id AND e.code_key = r.key
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                new NpgsqlParameter("id", id),
                new NpgsqlParameter("vendors", a.Codes.Select(c => c.Vendor).ToArray()),
                new NpgsqlParameter("services", a.Codes.Select(c => c.Service).ToArray()),
                new NpgsqlParameter("keys", a.Codes.Select(c => c.Key).ToArray()));
        }
    }

    private static NpgsqlParameter Nullable(string name, object? value, NpgsqlDbType type) =>
        new(name, type) { Value = value ?? DBNull.Value };

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, int? value, CancellationToken cancellationToken)
    {
        if (value is { } number)
        {
            await copy.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
