-- 0001: the spine every module hangs on.
-- Why: institution structure, identity, sessions, idempotency keys, the audit chain and
-- the approval queue are shared by every module and must exist before any of them.

CREATE SCHEMA org;
CREATE SCHEMA core;

-- Institution structure: a university (possibly a branch of another), its faculties,
-- colleges, departments and offices, as one tree.
CREATE TABLE org.units (
    id          bigserial PRIMARY KEY,
    parent_id   bigint REFERENCES org.units(id),
    kind        text NOT NULL CHECK (kind IN ('university', 'branch', 'faculty', 'college', 'department', 'office')),
    code        text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
    name_ky     text NOT NULL CHECK (length(name_ky) > 0),
    name_ru     text NOT NULL CHECK (length(name_ru) > 0),
    name_en     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    row_version bigint NOT NULL DEFAULT 1,
    CHECK (parent_id IS NOT NULL OR kind IN ('university', 'branch')),
    CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX units_parent_idx ON org.units(parent_id);

-- Ancestors-or-self of a unit, for scope checks ("is unit X inside faculty Y?").
CREATE FUNCTION org.unit_within(unit bigint, scope bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up(id, parent_id) AS (
        SELECT id, parent_id FROM org.units WHERE id = unit
        UNION ALL
        SELECT u.id, u.parent_id FROM org.units u JOIN up ON u.id = up.parent_id
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = scope)
$$;

CREATE TABLE core.users (
    id                   bigserial PRIMARY KEY,
    username             text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    full_name            text NOT NULL,
    password_hash        text NOT NULL,
    disabled             boolean NOT NULL DEFAULT false,
    must_change_password boolean NOT NULL DEFAULT false,
    phone                text,
    email                text,
    photo                bytea,
    created_at           timestamptz NOT NULL DEFAULT now(),
    row_version          bigint NOT NULL DEFAULT 1
);

-- A user may hold several roles; scoped roles (dean, department, college) name their unit.
CREATE TABLE core.user_roles (
    user_id bigint NOT NULL REFERENCES core.users(id) ON DELETE CASCADE,
    role    text NOT NULL,
    unit_id bigint REFERENCES org.units(id)
);
CREATE UNIQUE INDEX user_roles_uniq ON core.user_roles(user_id, role, coalesce(unit_id, 0));

-- Sessions live in the database so that any server instance can serve any client.
-- Only a hash of the token is stored.
CREATE TABLE core.sessions (
    token_hash bytea PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES core.users(id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    ended_at   timestamptz,
    peer       text
);
CREATE INDEX sessions_user_idx ON core.sessions(user_id);

CREATE TABLE core.login_failures (
    id       bigserial PRIMARY KEY,
    username text NOT NULL,
    at       timestamptz NOT NULL,
    peer     text
);
CREATE INDEX login_failures_idx ON core.login_failures(username, at);

-- Idempotency: a mutating request's key is stored with its response in the same
-- transaction as its effect, so a retried request is answered, never applied twice.
CREATE TABLE core.idempotency (
    key        uuid PRIMARY KEY,
    user_id    bigint,
    op         text NOT NULL,
    response   bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only audit, chained by hashes. Ids are assigned under a lock inside the
-- trigger, so id order is commit order and the chain can be checked in id order.
CREATE SEQUENCE core.audit_log_id_seq;
CREATE TABLE core.audit_log (
    id        bigint PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    user_id   bigint,
    username  text NOT NULL,
    op        text NOT NULL,
    entity    text NOT NULL,
    entity_id text,
    before    jsonb,
    after     jsonb,
    peer      text,
    prev_hash bytea NOT NULL,
    hash      bytea NOT NULL
);
CREATE INDEX audit_entity_idx ON core.audit_log(entity, entity_id);
CREATE INDEX audit_user_idx ON core.audit_log(user_id);

-- The newest link, so that deleting the last records is detected too.
CREATE TABLE core.audit_head (
    one     boolean PRIMARY KEY DEFAULT true CHECK (one),
    last_id bigint NOT NULL,
    hash    bytea NOT NULL
);

CREATE FUNCTION core.audit_row_hash(prev bytea, r core.audit_log) RETURNS bytea
LANGUAGE sql STABLE AS $$
    SELECT sha256(prev || convert_to(concat_ws(E'\x1f',
        r.id::text,
        to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(r.user_id::text, ''), r.username, r.op, r.entity, coalesce(r.entity_id, ''),
        coalesce(r.before::text, ''), coalesce(r.after::text, ''), coalesce(r.peer, '')), 'UTF8'))
$$;

CREATE FUNCTION core.audit_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    last bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(7243001);
    NEW.id := nextval('core.audit_log_id_seq');
    SELECT hash INTO last FROM core.audit_head;
    NEW.prev_hash := coalesce(last, '\x'::bytea);
    NEW.hash := core.audit_row_hash(NEW.prev_hash, NEW);
    INSERT INTO core.audit_head(one, last_id, hash) VALUES (true, NEW.id, NEW.hash)
        ON CONFLICT (one) DO UPDATE SET last_id = EXCLUDED.last_id, hash = EXCLUDED.hash;
    RETURN NEW;
END
$$;

CREATE FUNCTION core.audit_refuse() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_chain BEFORE INSERT ON core.audit_log FOR EACH ROW EXECUTE FUNCTION core.audit_chain();
CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON core.audit_log FOR EACH ROW EXECUTE FUNCTION core.audit_refuse();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON core.audit_log FOR EACH STATEMENT EXECUTE FUNCTION core.audit_refuse();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON core.audit_head FOR EACH ROW EXECUTE FUNCTION core.audit_refuse();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON core.audit_head FOR EACH STATEMENT EXECUTE FUNCTION core.audit_refuse();

-- Change requests that need the vice-rector's approval (regulation §3).
CREATE TABLE core.change_requests (
    id           bigserial PRIMARY KEY,
    op           text NOT NULL,
    args         jsonb NOT NULL,
    summary      text NOT NULL,
    requested_by bigint NOT NULL REFERENCES core.users(id),
    requested_at timestamptz NOT NULL DEFAULT now(),
    state        text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    decided_by   bigint REFERENCES core.users(id),
    decided_at   timestamptz,
    decision     text,
    result       jsonb,
    CHECK ((state = 'pending') = (decided_by IS NULL))
);
CREATE INDEX change_requests_state_idx ON core.change_requests(state);
