-- Exact lookup, GET /api/v1/codes/{vendor}/{service}/{code}: the statements the API runs for one request
-- (find the entry by vendor, service and code key, then load it as EntryReader does, as split queries).
-- :n picks one of the requests of bench/work/urls/exact.txt (the same codes, as rows of bench_lookup).
\set n random(1, :lookup_count)
SELECT coalesce(max(e.id), 0) AS entry_id
FROM bench_lookup k
JOIN vendors v ON v.slug = k.vendor
JOIN services s ON s.vendor_id = v.id AND s.slug = k.service
JOIN error_codes e ON e.service_id = s.id AND e.code_key = k.code_key
WHERE k.n = :n \gset
SELECT e.id, v.slug, v.name, s.slug, s.name, e.code, e.title, e.summary, e.http_status, e.category, e.retry,
       e.retry_guidance, e.cause, e.fix, e.family_key, e.updated
FROM error_codes e JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id
WHERE e.id = :entry_id;
SELECT http_status, message FROM code_variants WHERE error_code_id = :entry_id ORDER BY position;
SELECT alias FROM code_aliases WHERE error_code_id = :entry_id ORDER BY alias;
SELECT v.slug, s.slug, r.code, r.title, r.http_status
FROM code_relations cr JOIN error_codes r ON r.id = cr.related_id JOIN services s ON s.id = r.service_id JOIN vendors v ON v.id = s.vendor_id
WHERE cr.error_code_id = :entry_id ORDER BY v.slug, s.slug, r.code;
SELECT a.title, a.slug FROM article_codes ac JOIN articles a ON a.id = ac.article_id WHERE ac.error_code_id = :entry_id ORDER BY a.title;
SELECT title, url FROM code_sources WHERE error_code_id = :entry_id ORDER BY position;
