-- The requests of bench/work/urls as rows, so that pgbench scripts can pick one at random by number.
-- Loaded into kb_bench by bench/run after the import (the importer ignores tables it does not own).
-- bench_queries holds, next to each search text, the parameters the search service binds for it
-- (computed by the generator with the search's own ParsedQuery; empty means the tier is off).
DROP TABLE IF EXISTS bench_lookup;
DROP TABLE IF EXISTS bench_queries;
CREATE TABLE bench_lookup (n integer PRIMARY KEY, vendor text NOT NULL, service text NOT NULL, code_key text NOT NULL);
CREATE TABLE bench_queries (
    kind text NOT NULL,
    n integer NOT NULL,
    text text NOT NULL,
    keys text NOT NULL,
    everyday text NOT NULL,
    family text NOT NULL,
    prefix text NOT NULL,
    statuses text NOT NULL,
    fts text NOT NULL,
    rank_fts text NOT NULL,
    text_cap integer NOT NULL,
    fuzzy text NOT NULL,
    has_fuzzy integer NOT NULL,
    fuzzy_head text NOT NULL,
    fuzzy_tail text NOT NULL,
    fuzzy_start text NOT NULL,
    fuzzy_end text NOT NULL,
    without_values text NOT NULL,
    has_without_values integer NOT NULL,
    anyword text NOT NULL,
    has_anyword integer NOT NULL,
    suggest_key text NOT NULL,
    suggest_title text NOT NULL,
    suggest_numeric integer NOT NULL,
    neighbours text NOT NULL,
    message text NOT NULL,
    tail_fts text NOT NULL,
    tail_message text NOT NULL,
    message_keys text NOT NULL,
    tail_message_keys text NOT NULL,
    filled_words text NOT NULL,
    PRIMARY KEY (kind, n));
\copy bench_lookup FROM 'bench/work/urls/lookup-keys.tsv'
\copy bench_queries FROM 'bench/work/urls/search-queries.tsv'
ANALYZE bench_lookup;
ANALYZE bench_queries;
