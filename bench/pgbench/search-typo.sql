-- Search for a mistyped code: trigram similarity on the code key.
-- Placeholder until the search service lands: replace with the SQL of src/Data/Search.
\set n random(1, :query_count)
SELECT e.id, e.code, similarity(e.code_key, lower(q.text)) AS score
FROM bench_queries q
JOIN error_codes e ON e.code_key % lower(q.text)
WHERE q.kind = 'typo' AND q.n = :n
ORDER BY score DESC
LIMIT 20;
