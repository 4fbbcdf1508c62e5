-- The requests of bench/work/urls as rows, so that pgbench scripts can pick one at random by number.
-- Loaded into kb_bench by bench/run after the import (the importer ignores tables it does not own).
DROP TABLE IF EXISTS bench_lookup;
DROP TABLE IF EXISTS bench_queries;
CREATE TABLE bench_lookup (n integer PRIMARY KEY, vendor text NOT NULL, service text NOT NULL, code_key text NOT NULL);
CREATE TABLE bench_queries (kind text NOT NULL, n integer NOT NULL, text text NOT NULL, PRIMARY KEY (kind, n));
\copy bench_lookup FROM 'bench/work/urls/lookup-keys.tsv'
\copy bench_queries FROM 'bench/work/urls/search-queries.tsv'
ANALYZE bench_lookup;
ANALYZE bench_queries;
