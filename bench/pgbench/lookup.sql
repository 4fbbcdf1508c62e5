-- GET /api/v1/codes/{vendor}/{service}/{code} without the web app's in-process cache: the statements EF Core
-- sends for CodesApi.FindIdAsync (its first probe, by code; the alias probe runs only when that finds nothing, and
-- every code asked for exists) and EntryReader.LoadByIdAsync (a split query: the entry, then each collection),
-- copied from the app's command log. Run with -D lookup_count=N.
-- One extra primary-key read per transaction fetches the request (the codes of bench/work/urls/exact.txt).
\set n random(1, :lookup_count)
SELECT vendor, service, code_key AS key FROM bench_lookup WHERE n = :n \gset
SELECT coalesce((
    SELECT e.id
    FROM error_codes AS e
    INNER JOIN services AS s ON e.service_id = s.id
    INNER JOIN vendors AS v ON s.vendor_id = v.id
    WHERE s.slug = :service AND v.slug = :vendor AND e.code_key = :key
    LIMIT 1), 0) AS id \gset
-- EntryReader's statements run with generic plans (src/Data/GenericPlans.cs).
SET plan_cache_mode = force_generic_plan;
SELECT e.id, v.slug, v.name, s.slug, s.name, e.code, e.title, e.summary, e.http_status, e.category, e.retry, e.retry_guidance, e.cause, e.fix, e.family_key, e.updated, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id;
SELECT c1.http_status, c1.message, e.id, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
INNER JOIN code_variants AS c1 ON e.id = c1.error_code_id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id, c1.position;
SELECT c3.alias, e.id, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
INNER JOIN code_aliases AS c3 ON e.id = c3.error_code_id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id, c3.alias;
SELECT s2."Vendor", s2."Service", s2."Code", s2."Title", s2."HttpStatus", e.id, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
INNER JOIN (
    SELECT v1.slug AS "Vendor", s1.slug AS "Service", e1.code AS "Code", e1.title AS "Title", e1.http_status AS "HttpStatus", c5.error_code_id
    FROM code_relations AS c5
    INNER JOIN error_codes AS e1 ON c5.related_id = e1.id
    INNER JOIN services AS s1 ON e1.service_id = s1.id
    INNER JOIN vendors AS v1 ON s1.vendor_id = v1.id
) AS s2 ON e.id = s2.error_code_id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id, s2."Vendor", s2."Service", s2."Code";
SELECT s3."Title", s3."Slug", e.id, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
INNER JOIN (
    SELECT a2.title AS "Title", a2.slug AS "Slug", a1.error_code_id
    FROM article_codes AS a1
    INNER JOIN articles AS a2 ON a1.article_id = a2.id
) AS s3 ON e.id = s3.error_code_id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id, s3."Title";
SELECT c7.title, c7.url, e.id, s.id, v.id
FROM error_codes AS e
INNER JOIN services AS s ON e.service_id = s.id
INNER JOIN vendors AS v ON s.vendor_id = v.id
INNER JOIN code_sources AS c7 ON e.id = c7.error_code_id
WHERE e.id = ANY (ARRAY[:id]::bigint[])
ORDER BY e.id, s.id, v.id, c7.position;
RESET plan_cache_mode;
