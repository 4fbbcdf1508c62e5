-- Full-text search for words: the tsvector GIN index, ranked.
-- Placeholder until the search service lands: replace with the SQL of src/Data/Search.
\set n random(1, :query_count)
SELECT e.id, e.code, ts_rank(e.search_vector, query) AS rank
FROM bench_queries q
CROSS JOIN LATERAL websearch_to_tsquery('english', q.text) AS query
JOIN error_codes e ON e.search_vector @@ query
WHERE q.kind = 'text' AND q.n = :n
ORDER BY rank DESC
LIMIT 20;
