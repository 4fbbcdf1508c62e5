-- Search for a code as typed (GET /api/v1/search?q=CODE): the exact and alias tiers.
-- Placeholder until the search service lands: replace with the SQL of src/Data/Search.
\set n random(1, :query_count)
SELECT e.id, e.code, e.http_status
FROM bench_queries q
JOIN error_codes e ON e.code_key = lower(q.text)
WHERE q.kind = 'exact' AND q.n = :n
UNION ALL
SELECT e.id, e.code, e.http_status
FROM bench_queries q
JOIN code_aliases a ON a.alias_key = lower(q.text)
JOIN error_codes e ON e.id = a.error_code_id
WHERE q.kind = 'exact' AND q.n = :n
LIMIT 20;
