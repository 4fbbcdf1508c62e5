-- GET /api/v1/search?q=…: the statements PostgresCodeSearch (src/Data/Search) runs for one query, with the
-- parameters it binds (precomputed per query in bench_queries by the generator with the search's own ParsedQuery;
-- an empty value turns a tier off, as the service leaves that tier out of its SQL).
-- Run with -D kind=mixed|exact|typo|text and -D query_count=N.
--   1. one batch: the candidates of the exact, alias, family/prefix and status tiers and of the codes everyday words
--      name (the app's word tier; numbered with full text here), of the first 10 entries whose own message a pasted
--      message is, as pasted or with its values as …, by the keys the generator made with MessageKeys (OwnMessageBranch,
--      numbered with full text and marked by rank -1)
--      (generic plan; a pasted message's named codes and those entries compared with it, NamedMessageMatch and
--      OwnMessageMatch), of the full-text
--      tier (custom plan; the best 30 matches by ts_rank are ordered by ts_rank_cd without the words of their own
--      vendor's and service's slugs, CoverDensityRanked and OwnRankQuery, and for a
--      pasted message the best 100 by ts_rank and the best 100 by codes, titles and messages alone, by how alike their own messages are, the same message with its values as … a little more, MessageMatch, by the same keys), then the
--      articles' (here each statement's count, best tier and first 20 ids are taken in SQL instead of in C#, and
--      the page is the first 20 of those in tier order);
--   2. only when the code matched nothing at family level or better: the typo tier (codes of about its length that
--      keep one end of it, see TypoAnchors, ranked by trigram similarity);
--   3. when nothing matched, or a pasted message matched no entry's own message: the full-text and article
--      statements without its values (ids, numbers, hosts), then with the message at its end (the longest part
--      after a "prefix: ", with the entries whose own message that part is), then, if still nothing, with any word
--      (capped at 200), after the entries whose messages a pasted line fills, its values in their placeholders (when
--      no entry's own message was found);
--   4. the shown page's texts and the query's lexemes (the snippets are built in C#);
--   5. suggestions when nothing matched (numbers: their one-typo neighbours); typo hits are their own suggestions.
-- One extra primary-key read per transaction fetches the parameters. bench/run runs it with generic plans
-- (plan_cache_mode), as the search service does; prefixes are therefore b-tree ranges, as there, and the full-text
-- statement gets a custom plan, as there. pgbench sends each SET as a statement of its own; the app puts them in
-- its batches, so this floor has a few more round trips than the app.
\set n random(1, :query_count)
SELECT keys, everyday, family, prefix, statuses, fts AS q_fts, rank_fts AS q_rank, text_cap, fuzzy, has_fuzzy, fuzzy_head, fuzzy_tail, fuzzy_start, fuzzy_end,
       without_values, has_without_values, anyword, has_anyword, suggest_key, suggest_title,
       suggest_numeric, neighbours, message AS q_message, (message <> '')::int AS has_message,
       tail_fts, tail_message, (tail_fts <> '')::int AS has_tail, text AS q_line, message_keys AS q_message_keys, tail_message_keys, filled_words
FROM bench_queries WHERE kind = :kind AND n = :n \gset
SET plan_cache_mode = force_generic_plan;
SELECT count(*) AS code_count, coalesce(min(tier), 99) AS code_tier, count(*) FILTER (WHERE rank >= 50) AS code_message_count,
       count(*) FILTER (WHERE rank >= 65) AS code_close_count,
       coalesce((array_agg(id ORDER BY tier, rank DESC, vendor, service, code))[1:20], '{}') AS code_page
FROM (SELECT e.id, min(e.tier) AS tier,
             CASE WHEN :q_message <> '' AND min(e.tier) IN (0, 1)
                  THEN coalesce((SELECT 100 * max(similarity(cv.message, :q_message)) FROM code_variants cv WHERE cv.error_code_id = e.id
                                 HAVING max(similarity(cv.message, :q_message)) >= 0.5), 0)
                  WHEN :q_message <> '' AND min(e.rank) < 0
                  THEN coalesce((SELECT 100 * max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) FROM code_variants cv WHERE cv.error_code_id = e.id
                                 HAVING max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) >= 0.5), 0)
                  ELSE max(e.rank) END AS rank,
             v.slug AS vendor, s.slug AS service, e.code,
             CASE WHEN min(e.tier) IN (0, 1, 5) THEN (SELECT count(*)::int FROM code_relations r WHERE r.related_id = e.id) ELSE 0 END AS links_in
      FROM (SELECT e.id, CASE WHEN e.code_key = ANY(:everyday::text[]) THEN 4 ELSE 0 END, 0::real, e.service_id, e.code, e.http_status, e.category, e.retry FROM error_codes e WHERE e.code_key = ANY(:keys::text[])
            UNION ALL SELECT e.id, CASE WHEN a.alias_key = ANY(:everyday::text[]) THEN 4 ELSE 1 END, 0, e.service_id, e.code, e.http_status, e.category, e.retry FROM code_aliases a JOIN error_codes e ON e.id = a.error_code_id WHERE a.alias_key = ANY(:keys::text[])
            UNION ALL SELECT e.id, 2, 0, e.service_id, e.code, e.http_status, e.category, e.retry FROM error_codes e WHERE :family <> '' AND e.family_key = :family
            UNION ALL SELECT e.id, 2, 0, e.service_id, e.code, e.http_status, e.category, e.retry FROM error_codes e WHERE :family <> '' AND e.code_key ~>=~ :family AND e.code_key ~<~ (:family || chr(1114111)) AND e.code_key LIKE :prefix
            UNION ALL SELECT e.id, 3, 0, e.service_id, e.code, e.http_status, e.category, e.retry FROM error_codes e WHERE e.http_status = ANY(:statuses::int[])
            UNION ALL SELECT e.id, 3, 0, e.service_id, e.code, e.http_status, e.category, e.retry FROM code_variants cv JOIN error_codes e ON e.id = cv.error_code_id WHERE cv.http_status = ANY(:statuses::int[])
            UNION ALL SELECT e.id, 4, -1, e.service_id, e.code, e.http_status, e.category, e.retry FROM error_codes e
                      WHERE :q_message <> '' AND e.id IN (SELECT cv.error_code_id FROM code_variants cv
                                                          WHERE kb_message_key(cv.message) = ANY(:q_message_keys::text[]) LIMIT 10)
           ) e (id, tier, rank, service_id, code, http_status, category, retry)
      JOIN services s ON s.id = e.service_id
      JOIN vendors v ON v.id = s.vendor_id
      GROUP BY e.id, v.slug, s.slug, e.code, e.http_status, e.category
      ORDER BY min(e.tier), max(e.rank) DESC, v.slug, s.slug, e.code
      LIMIT 2000) c \gset
SET plan_cache_mode = force_custom_plan;
SELECT count(*) AS text_count, count(*) FILTER (WHERE rank >= 50) AS message_count, count(*) FILTER (WHERE rank >= 65) AS close_count, coalesce((array_agg(id ORDER BY rank DESC))[1:20], '{}') AS text_page
FROM (SELECT 'code', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 30
                              THEN 1 + ts_rank_cd(t.search_vector,
                                     CASE WHEN string_to_array(t.vendor || '-' || t.service, '-') && t.rw
                                          THEN coalesce((SELECT websearch_to_tsquery('english', o.rest) || websearch_to_tsquery('simple', o.rest)
                                                         FROM array_to_string(ARRAY(SELECT w FROM unnest(t.rw) w
                                                                                    WHERE w <> ALL(string_to_array(t.vendor || '-' || t.service, '-'))), ' ') o (rest)
                                                         WHERE o.rest ~ '\w'), t.rq)
                                          ELSE t.rq END)
                              ELSE t.r / (1 + t.r) END
                         + CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 100 OR row_number() OVER (ORDER BY t.rm DESC, t.id) <= 100
                                THEN coalesce((SELECT 100 * max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) FROM code_variants cv
                                               WHERE :q_message <> '' AND cv.error_code_id = t.id
                                               HAVING max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) >= 0.5), 0)
                                ELSE 0 END AS rank,
       t.vendor, t.service, t.code, t.http_status, t.category
FROM (SELECT e.id, e.search_vector, q.rq, q.rw, ts_rank(e.search_vector, q.rq) AS r,
             CASE WHEN :q_message <> '' THEN ts_rank('{0, 0, 1, 1}', e.search_vector, q.rq) END AS rm, e.vendor, e.service, e.code, e.http_status, e.category
      FROM code_search e, (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                                  websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq,
                                  string_to_array(:q_rank, ' ') AS rw) q
      WHERE :q_fts <> '' AND (e.search_vector @@ q.te OR e.search_vector @@ q.ts)
      LIMIT :text_cap) t) t \gset
SET plan_cache_mode = force_generic_plan;
SELECT 'article', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 5
                                THEN 1 + ts_rank_cd(t.search_vector, t.rq) ELSE t.r / (1 + t.r) END,
       t.vendor, NULL, t.slug, NULL::integer, NULL
FROM (SELECT a.id, a.slug, a.search_vector, q.rq, ts_rank(a.search_vector, q.rq) AS r, v.slug AS vendor
      FROM articles a
      CROSS JOIN (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                         websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq OFFSET 0) q
      LEFT JOIN vendors v ON v.id = a.vendor_id
      WHERE :q_fts <> '' AND (a.search_vector @@ q.te OR a.search_vector @@ q.ts)
      LIMIT :text_cap) t;
\set candidate_count :code_count + :text_count
\set messages :message_count + :code_message_count
\set closes :close_count + :code_close_count
\set top_tier least(:code_tier, CASE WHEN :text_count > 0 THEN 4 ELSE 99 END)
SELECT (:code_page::bigint[] || :text_page::bigint[])[1:20] AS page_ids \gset
\if :has_fuzzy = 1 and :top_tier > 2
SELECT count(*) AS fuzzy_count, coalesce((array_agg(id ORDER BY rank DESC, vendor, service, code))[1:20], '{}') AS fuzzy_page
FROM (SELECT e.id, min(e.tier) AS tier, max(e.rank) AS rank, v.slug AS vendor, s.slug AS service, e.code,
             CASE WHEN min(e.tier) IN (0, 1, 5) THEN (SELECT count(*)::int FROM code_relations r WHERE r.related_id = e.id) ELSE 0 END AS links_in
      FROM (SELECT e.id, 5, k.score, e.service_id, e.code, e.http_status, e.category, e.retry FROM
              (SELECT code_key, similarity(code_key, :fuzzy) AS score
               FROM (SELECT code_key FROM error_codes WHERE code_key ~>=~ :fuzzy_head AND code_key ~<~ (:fuzzy_head || chr(1114111))
                     UNION SELECT code_key FROM error_codes
                           WHERE reverse(code_key) ~>=~ :fuzzy_tail AND reverse(code_key) ~<~ (:fuzzy_tail || chr(1114111))
                     UNION SELECT code_key FROM error_codes
                           WHERE :fuzzy_start <> '' AND code_key ~>=~ :fuzzy_start AND code_key ~<~ (:fuzzy_start || chr(1114111))
                             AND reverse(code_key) LIKE :fuzzy_end) c
               WHERE length(code_key) BETWEEN length(:fuzzy) - greatest(2, length(:fuzzy) / 5) AND length(:fuzzy) + greatest(2, length(:fuzzy) / 5)
                 AND similarity(code_key, :fuzzy) >= 0.3
               ORDER BY 2 DESC LIMIT 20) k
            JOIN error_codes e ON e.code_key = k.code_key) e (id, tier, rank, service_id, code, http_status, category, retry)
      JOIN services s ON s.id = e.service_id
      JOIN vendors v ON v.id = s.vendor_id
      GROUP BY e.id, v.slug, s.slug, e.code, e.http_status, e.category
      ORDER BY min(e.tier), max(e.rank) DESC, v.slug, s.slug, e.code
      LIMIT 2000) c \gset
\set candidate_count :candidate_count + :fuzzy_count
\set top_tier least(:top_tier, CASE WHEN :fuzzy_count > 0 THEN 5 ELSE 99 END)
SELECT (:page_ids::bigint[] || :fuzzy_page::bigint[])[1:20] AS page_ids \gset
\endif
\if (:candidate_count = 0 or (:has_message = 1 and :messages = 0)) and :has_without_values = 1
SELECT :without_values AS q_fts, :without_values AS q_rank \gset
SET plan_cache_mode = force_custom_plan;
SELECT count(*) AS text_count, count(*) FILTER (WHERE rank >= 50) AS message_count, count(*) FILTER (WHERE rank >= 65) AS close_count, coalesce((array_agg(id ORDER BY rank DESC))[1:20], '{}') AS page_ids
FROM (SELECT 'code', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 30
                              THEN 1 + ts_rank_cd(t.search_vector,
                                     CASE WHEN string_to_array(t.vendor || '-' || t.service, '-') && t.rw
                                          THEN coalesce((SELECT websearch_to_tsquery('english', o.rest) || websearch_to_tsquery('simple', o.rest)
                                                         FROM array_to_string(ARRAY(SELECT w FROM unnest(t.rw) w
                                                                                    WHERE w <> ALL(string_to_array(t.vendor || '-' || t.service, '-'))), ' ') o (rest)
                                                         WHERE o.rest ~ '\w'), t.rq)
                                          ELSE t.rq END)
                              ELSE t.r / (1 + t.r) END
                         + CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 100 OR row_number() OVER (ORDER BY t.rm DESC, t.id) <= 100
                                THEN coalesce((SELECT 100 * max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) FROM code_variants cv
                                               WHERE :q_message <> '' AND cv.error_code_id = t.id
                                               HAVING max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) >= 0.5), 0)
                                ELSE 0 END AS rank,
       t.vendor, t.service, t.code, t.http_status, t.category
FROM (SELECT e.id, e.search_vector, q.rq, q.rw, ts_rank(e.search_vector, q.rq) AS r,
             CASE WHEN :q_message <> '' THEN ts_rank('{0, 0, 1, 1}', e.search_vector, q.rq) END AS rm, e.vendor, e.service, e.code, e.http_status, e.category
      FROM code_search e, (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                                  websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq,
                                  string_to_array(:q_rank, ' ') AS rw) q
      WHERE :q_fts <> '' AND (e.search_vector @@ q.te OR e.search_vector @@ q.ts)
      LIMIT :text_cap) t) t \gset
SET plan_cache_mode = force_generic_plan;
SELECT 'article', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 5
                                THEN 1 + ts_rank_cd(t.search_vector, t.rq) ELSE t.r / (1 + t.r) END,
       t.vendor, NULL, t.slug, NULL::integer, NULL
FROM (SELECT a.id, a.slug, a.search_vector, q.rq, ts_rank(a.search_vector, q.rq) AS r, v.slug AS vendor
      FROM articles a
      CROSS JOIN (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                         websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq OFFSET 0) q
      LEFT JOIN vendors v ON v.id = a.vendor_id
      WHERE :q_fts <> '' AND (a.search_vector @@ q.te OR a.search_vector @@ q.ts)
      LIMIT :text_cap) t;
\set top_tier least(:top_tier, CASE WHEN :text_count > 0 THEN 4 ELSE 99 END)
\set candidate_count :candidate_count + :text_count
\set messages :messages + :message_count
\set closes :closes + :close_count
\endif
\if (:candidate_count = 0 or (:has_message = 1 and :messages = 0)) and :has_tail = 1
-- The message at the end of a log line, compared with the entries' messages on its own: the longest of
-- ParsedQuery.MessageTails (the app goes on to the shorter ones while nothing is found; the bench's queries have no log prefixes).
SELECT :tail_fts AS q_fts, :tail_fts AS q_rank, :tail_message AS q_message, :tail_message_keys AS q_message_keys \gset
-- The first 10 entries whose own message it is (OwnMessageBranch, alone in the code tiers' statement).
SET plan_cache_mode = force_generic_plan;
SELECT count(*) AS own_count, count(*) FILTER (WHERE rank >= 50) AS own_message_count, count(*) FILTER (WHERE rank >= 65) AS own_close_count
FROM (SELECT e.id, coalesce((SELECT 100 * max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) FROM code_variants cv WHERE cv.error_code_id = e.id
                             HAVING max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) >= 0.5), 0) AS rank,
             v.slug AS vendor, s.slug AS service, e.code
      FROM error_codes e
      JOIN services s ON s.id = e.service_id
      JOIN vendors v ON v.id = s.vendor_id
      WHERE e.id IN (SELECT cv.error_code_id FROM code_variants cv
                     WHERE kb_message_key(cv.message) = ANY(:q_message_keys::text[]) LIMIT 10)) o \gset
SET plan_cache_mode = force_custom_plan;
SELECT count(*) AS text_count, count(*) FILTER (WHERE rank >= 50) AS message_count, count(*) FILTER (WHERE rank >= 65) AS close_count, coalesce((array_agg(id ORDER BY rank DESC))[1:20], '{}') AS page_ids
FROM (SELECT 'code', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 30
                              THEN 1 + ts_rank_cd(t.search_vector,
                                     CASE WHEN string_to_array(t.vendor || '-' || t.service, '-') && t.rw
                                          THEN coalesce((SELECT websearch_to_tsquery('english', o.rest) || websearch_to_tsquery('simple', o.rest)
                                                         FROM array_to_string(ARRAY(SELECT w FROM unnest(t.rw) w
                                                                                    WHERE w <> ALL(string_to_array(t.vendor || '-' || t.service, '-'))), ' ') o (rest)
                                                         WHERE o.rest ~ '\w'), t.rq)
                                          ELSE t.rq END)
                              ELSE t.r / (1 + t.r) END
                         + CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 100 OR row_number() OVER (ORDER BY t.rm DESC, t.id) <= 100
                                THEN coalesce((SELECT 100 * max(greatest((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END), similarity(cv.message, :q_line))) FROM code_variants cv
                                               WHERE :q_message <> '' AND cv.error_code_id = t.id
                                               HAVING max(greatest((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END), similarity(cv.message, :q_line))) >= 0.5), 0)
                                ELSE 0 END AS rank,
       t.vendor, t.service, t.code, t.http_status, t.category
FROM (SELECT e.id, e.search_vector, q.rq, q.rw, ts_rank(e.search_vector, q.rq) AS r,
             CASE WHEN :q_message <> '' THEN ts_rank('{0, 0, 1, 1}', e.search_vector, q.rq) END AS rm, e.vendor, e.service, e.code, e.http_status, e.category
      FROM code_search e, (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                                  websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq,
                                  string_to_array(:q_rank, ' ') AS rw) q
      WHERE :q_fts <> '' AND (e.search_vector @@ q.te OR e.search_vector @@ q.ts)
      LIMIT :text_cap) t) t \gset
SET plan_cache_mode = force_generic_plan;
SELECT 'article', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 5
                                THEN 1 + ts_rank_cd(t.search_vector, t.rq) ELSE t.r / (1 + t.r) END,
       t.vendor, NULL, t.slug, NULL::integer, NULL
FROM (SELECT a.id, a.slug, a.search_vector, q.rq, ts_rank(a.search_vector, q.rq) AS r, v.slug AS vendor
      FROM articles a
      CROSS JOIN (SELECT websearch_to_tsquery('english', :q_fts) AS te, websearch_to_tsquery('simple', :q_fts) AS ts,
                         websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq OFFSET 0) q
      LEFT JOIN vendors v ON v.id = a.vendor_id
      WHERE :q_fts <> '' AND (a.search_vector @@ q.te OR a.search_vector @@ q.ts)
      LIMIT :text_cap) t;
\set top_tier least(:top_tier, CASE WHEN :text_count > 0 THEN 4 ELSE 99 END)
\set candidate_count :candidate_count + :text_count + :own_count
\set messages :messages + :message_count + :own_message_count
\set closes :closes + :close_count + :own_close_count
\endif
\if :has_message = 1 and :closes = 0
-- A pasted line whose words found no entry whose own message is close to it (CloseMessageRank): the entries with a message it fills, by the
-- index of their two longest words, then as patterns (FilledMessageBranches, alone in the code tiers' statement), ranked by how much of the
-- line the message covers (FilledShare); beside a message somewhat like the line, only those that are most of the line from where they begin.
SET plan_cache_mode = force_generic_plan;
SELECT count(*) AS filled_count
FROM (SELECT cv.error_code_id, max(50 + 50 * least(1, length(replace(cv.message, '…', ''))::real / length(:q_line))) AS rank
      FROM (SELECT cv.error_code_id, cv.message FROM code_variants cv
            WHERE (kb_message_words(cv.message))[1] = ANY(:filled_words::text[]) AND coalesce((kb_message_words(cv.message))[2], '') = ANY(:filled_words::text[])
            LIMIT 1000) cv
      WHERE length(replace(cv.message, '…', '')) >= 16
            AND :q_line ILIKE '%' || replace(replace(replace(replace(cv.message, '\', '\\'), '%', '\%'), '_', '\_'), '…', '%') || '%'
            AND (:messages = 0 OR length(replace(cv.message, '…', ''))::real / (length(:q_line) + 1 - greatest(1, strpos(lower(:q_line), lower(split_part(cv.message, '…', 1))))) >= 0.5)
      GROUP BY cv.error_code_id
      ORDER BY rank DESC LIMIT 10) f \gset
\set candidate_count :candidate_count + :filled_count
\set top_tier CASE WHEN :filled_count > 0 THEN 0 ELSE :top_tier END
\endif
\if :candidate_count = 0 and :has_anyword = 1
SELECT :anyword AS q_fts, :anyword AS q_rank \gset
SET plan_cache_mode = force_custom_plan;
SELECT count(*) AS text_count, count(*) FILTER (WHERE rank >= 50) AS message_count, count(*) FILTER (WHERE rank >= 65) AS close_count, coalesce((array_agg(id ORDER BY rank DESC))[1:20], '{}') AS page_ids
FROM (SELECT 'code', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 30
                              THEN 1 + ts_rank_cd(t.search_vector,
                                     CASE WHEN string_to_array(t.vendor || '-' || t.service, '-') && t.rw
                                          THEN coalesce((SELECT websearch_to_tsquery('english', o.rest) || websearch_to_tsquery('simple', o.rest)
                                                         FROM array_to_string(ARRAY(SELECT w FROM unnest(t.rw) w
                                                                                    WHERE w <> ALL(string_to_array(t.vendor || '-' || t.service, '-'))), ' ') o (rest)
                                                         WHERE o.rest ~ '\w'), t.rq)
                                          ELSE t.rq END)
                              ELSE t.r / (1 + t.r) END
                         + CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 100 OR row_number() OVER (ORDER BY t.rm DESC, t.id) <= 100
                                THEN coalesce((SELECT 100 * max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) FROM code_variants cv
                                               WHERE :q_message <> '' AND cv.error_code_id = t.id
                                               HAVING max((CASE WHEN kb_message_key(cv.message) = ANY(:q_message_keys::text[]) THEN greatest(similarity(cv.message, :q_message), 0.5) + 0.05 ELSE similarity(cv.message, :q_message) END)) >= 0.5), 0)
                                ELSE 0 END AS rank,
       t.vendor, t.service, t.code, t.http_status, t.category
FROM (SELECT e.id, e.search_vector, q.rq, q.rw, ts_rank(e.search_vector, q.rq) AS r,
             CASE WHEN :q_message <> '' THEN ts_rank('{0, 0, 1, 1}', e.search_vector, q.rq) END AS rm, e.vendor, e.service, e.code, e.http_status, e.category
      FROM code_search e, (SELECT websearch_to_tsquery('english', :q_fts) || websearch_to_tsquery('simple', :q_fts) AS tsq,
                                  websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq,
                                  string_to_array(:q_rank, ' ') AS rw) q
      WHERE :q_fts <> '' AND e.search_vector @@ q.tsq
      LIMIT 200) t) t \gset
SET plan_cache_mode = force_generic_plan;
SELECT 'article', t.id, 4, CASE WHEN row_number() OVER (ORDER BY t.r DESC, t.id) <= 5
                                THEN 1 + ts_rank_cd(t.search_vector, t.rq) ELSE t.r / (1 + t.r) END,
       t.vendor, NULL, t.slug, NULL::integer, NULL
FROM (SELECT a.id, a.slug, a.search_vector, q.rq, ts_rank(a.search_vector, q.rq) AS r, v.slug AS vendor
      FROM articles a
      CROSS JOIN (SELECT websearch_to_tsquery('english', :q_fts) || websearch_to_tsquery('simple', :q_fts) AS tsq,
                         websearch_to_tsquery('english', :q_rank) || websearch_to_tsquery('simple', :q_rank) AS rq OFFSET 0) q
      LEFT JOIN vendors v ON v.id = a.vendor_id
      WHERE :q_fts <> '' AND a.search_vector @@ q.tsq
      LIMIT 200) t;
\set top_tier CASE WHEN :text_count > 0 THEN 4 ELSE 99 END
\endif
SELECT 'code', e.id, v.slug, s.slug, e.code, coalesce(e.title, ''), e.http_status, e.category,
       left(concat_ws(' ', nullif(e.search_text, ''), nullif(e.summary, ''), e.cause), 800)
FROM error_codes e
JOIN services s ON s.id = e.service_id
JOIN vendors v ON v.id = s.vendor_id
WHERE e.id = ANY(:page_ids::bigint[]);
SELECT (websearch_to_tsquery('english', :q_fts) || websearch_to_tsquery('simple', :q_fts))::text;
\if :top_tier = 99 and :suggest_numeric = 1
SELECT e.code, v.slug, s.slug, 'code' AS kind, 1.0 / (1 + abs(e.code_key::bigint - :suggest_key::bigint)) AS score
FROM error_codes e JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id
WHERE e.code_key = ANY(:neighbours::text[])
ORDER BY score DESC, v.slug, e.code LIMIT 5;
\elif :top_tier = 99
SELECT * FROM (
  SELECT e.code, v.slug, s.slug, 'code' AS kind, k.score
  FROM (SELECT code_key, similarity(code_key, :suggest_key) AS score
        FROM (SELECT code_key FROM error_codes
              WHERE code_key ~>=~ left(:suggest_key, 4) AND code_key ~<~ (left(:suggest_key, 4) || chr(1114111))
              UNION SELECT code_key FROM error_codes
              WHERE reverse(code_key) ~>=~ left(reverse(:suggest_key), 4) AND reverse(code_key) ~<~ (left(reverse(:suggest_key), 4) || chr(1114111))) c
        WHERE length(code_key) BETWEEN length(:suggest_key) - greatest(2, length(:suggest_key) / 5) AND length(:suggest_key) + greatest(2, length(:suggest_key) / 5)
        ORDER BY 2 DESC LIMIT 5) k
  JOIN error_codes e ON e.code_key = k.code_key
  JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id) codes
WHERE score >= 0.25
UNION ALL
SELECT * FROM (
  SELECT e.code, v.slug, s.slug, 'code', similarity(lower(e.title), :suggest_title) AS score
  FROM (SELECT id, code, title, service_id FROM error_codes WHERE title IS NOT NULL ORDER BY lower(title) <-> :suggest_title LIMIT 5) e
  JOIN services s ON s.id = e.service_id JOIN vendors v ON v.id = s.vendor_id) code_titles
WHERE score >= 0.25
UNION ALL
SELECT * FROM (
  SELECT a.title, a.slug, NULL, 'article', similarity(lower(a.title), :suggest_title) AS score
  FROM articles a ORDER BY lower(a.title) <-> :suggest_title LIMIT 5) titles
WHERE score >= 0.25
ORDER BY score DESC
LIMIT 5;
\endif
