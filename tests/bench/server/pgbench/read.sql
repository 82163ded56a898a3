-- Same SQL as ebilim-server runs for org.units.get: Sessions::load (server/auth/sessions.cpp),
-- then loadUnit (server/modules/org/orgmodule.cpp). Autocommit, as the server runs reads.
-- Variables: :tok (a live session's token_hash as '\x…'), :unit.
SELECT s.created_at, s.last_seen, s.ended_at IS NOT NULL, u.disabled, u.id, u.username, u.full_name, (SELECT string_agg(r.role || ':' || coalesce(r.unit_id, 0), ',') FROM core.user_roles r  WHERE r.user_id = u.id) FROM core.sessions s JOIN core.users u ON u.id = s.user_id WHERE s.token_hash = :tok;
SELECT id, coalesce(parent_id, 0), kind, code, name_ky, name_ru, coalesce(name_en, ''), row_version FROM org.units WHERE id = :unit;
