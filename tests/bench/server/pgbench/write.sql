-- Same SQL as ebilim-server runs for profile.save (in this order): Sessions::load
-- (server/auth/sessions.cpp), then in one transaction (server/dispatch/dispatcher.cpp):
-- idempotency lookup, profileOf, the UPDATE, profileOf again (server/modules/core/coremodule.cpp),
-- the audit insert (writeAudit, hash-chain trigger), pg_notify (notifyChange), idempotency insert.
-- Each pgbench client updates its own bench user (:ubase + :client_id) like each server session.
-- Variables: :tok, :ubase. The row version comes from the first profileOf, as the client's would.
\set uid :ubase + :client_id
\set ph random(100000, 999999)
SELECT s.created_at, s.last_seen, s.ended_at IS NOT NULL, u.disabled, u.id, u.username, u.full_name, (SELECT string_agg(r.role || ':' || coalesce(r.unit_id, 0), ',') FROM core.user_roles r  WHERE r.user_id = u.id) FROM core.sessions s JOIN core.users u ON u.id = s.user_id WHERE s.token_hash = :tok;
BEGIN ISOLATION LEVEL READ COMMITTED;
SELECT response, user_id FROM core.idempotency WHERE key = (SELECT gen_random_uuid()); -- InitPlan: one index probe, like the bound key
SELECT full_name AS fn, coalesce(phone, '') AS p0, coalesce(email, '') AS e0, photo IS NULL AS nophoto, row_version AS rv FROM core.users WHERE id = :uid \gset
UPDATE core.users SET phone = nullif('+996 555 ' || :ph, ''), email = nullif('', ''), photo = CASE WHEN false THEN NULL::bytea ELSE photo END, row_version = row_version + 1 WHERE id = :uid AND row_version = :rv;
SELECT full_name, coalesce(phone, ''), coalesce(email, ''), photo, row_version FROM core.users WHERE id = :uid;
INSERT INTO core.audit_log(id, user_id, username, op, entity, entity_id, before, after, peer, prev_hash, hash) VALUES (0, :uid, 'bench0000', 'profile.save', 'profile', :uid, '{"email":"","fullName":"Bench User 000","phone":"+996 555 123456","rowVersion":1234}'::jsonb, '{"email":"","fullName":"Bench User 000","phone":"+996 555 654321","rowVersion":1235}'::jsonb, '127.0.0.2', '\x', '\x');
SELECT pg_notify('ebilim_change', '{"entity":"profile","id":123,"instance":"0bench00","op":"updated"}');
INSERT INTO core.idempotency(key, user_id, op, response, created_at) VALUES (gen_random_uuid(), :uid, 'profile.save', '\xa468667573ac6c4e616d656e42656e636820557365722030303065706f6e656f2b393936203535352036353433323165656d61696c606a726f7756657273696f6e1904d3'::bytea, now());
COMMIT;
