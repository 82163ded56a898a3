-- 0006: name search without a GIN pending list. With fastupdate on (the default), rows added
-- in bulk (demo load, imports, roll-forward) wait in the index's pending list until the next
-- VACUUM, and every search scans that list: 8-11 ms per query on 50 000 students. With it off,
-- each insert goes into the index itself; searches take about 1 ms for the index part.
ALTER INDEX studenthr.students_search_trgm_idx SET (fastupdate = off);
ALTER INDEX studenthr.groups_name_trgm_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('studenthr.students_search_trgm_idx'::regclass);
SELECT gin_clean_pending_list('studenthr.groups_name_trgm_idx'::regclass);
