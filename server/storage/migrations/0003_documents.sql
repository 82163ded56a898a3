-- 0003: the documents engine. Official papers (study certificates, later transcripts and
-- orders) get a registration number and a verification code and are written into an
-- append-mostly register together with a snapshot of what they certify, so that anyone
-- holding the paper can check it and the university can revoke it.

CREATE SCHEMA documents;

-- Registration numbers per kind and calendar year (МК-2026-000123); taken with
-- INSERT … ON CONFLICT DO UPDATE … RETURNING in the issuing transaction, so they are
-- gapless and never handed out twice.
CREATE TABLE documents.counters (
    kind text NOT NULL,
    year int  NOT NULL CHECK (year BETWEEN 2000 AND 2999),
    last int  NOT NULL CHECK (last > 0),
    PRIMARY KEY (kind, year)
);

-- Who signs which kind of paper for which unit (NULL: for the whole university).
-- The most specific unit containing the subject wins.
CREATE TABLE documents.signers (
    id             bigserial PRIMARY KEY,
    kind           text NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    unit_id        bigint REFERENCES org.units(id),
    full_name      text NOT NULL CHECK (length(full_name) > 0),
    position_ky    text NOT NULL CHECK (length(position_ky) > 0),
    position_ru    text NOT NULL CHECK (length(position_ru) > 0),
    position_en    text NOT NULL CHECK (length(position_en) > 0)
);
CREATE UNIQUE INDEX signers_kind_unit_uniq ON documents.signers(kind, coalesce(unit_id, 0));

-- The register of issued official papers.
CREATE TABLE documents.register (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL,
    reg_no          text NOT NULL UNIQUE,
    issued_at       date NOT NULL,
    issued_by       bigint NOT NULL REFERENCES core.users(id),
    subject_kind    text NOT NULL CHECK (subject_kind IN ('student', 'group')),
    subject_id      bigint NOT NULL,
    subject_name    text NOT NULL,
    unit_id         bigint REFERENCES org.units(id),   -- faculty/college of the subject at issue time (scope)
    lang            text NOT NULL CHECK (lang IN ('ky', 'ru', 'en')),
    signer          text NOT NULL,
    signer_position text NOT NULL,
    verify_code     text NOT NULL UNIQUE CHECK (verify_code ~ '^[0-9A-HJKMNP-TV-Z]{16}$'), -- normalized, no dashes
    content         bytea NOT NULL,                    -- CBOR of the document without its official block
    content_sha256  text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    revoked_at      timestamptz,
    revoked_reason  text,
    revoked_by      bigint REFERENCES core.users(id),
    CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX register_kind_idx ON documents.register(kind, id);
CREATE INDEX register_subject_idx ON documents.register(subject_kind, subject_id);

-- Append-mostly: rows are never deleted, and only the revocation columns may change,
-- once (a revoked paper stays revoked).
CREATE FUNCTION documents.register_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'documents.register is append-only' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF to_jsonb(NEW) - '{revoked_at,revoked_reason,revoked_by}'::text[]
       IS DISTINCT FROM to_jsonb(OLD) - '{revoked_at,revoked_reason,revoked_by}'::text[] THEN
        RAISE EXCEPTION 'only the revocation of a registered document may change' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'a revoked document stays revoked' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER register_guard BEFORE UPDATE OR DELETE ON documents.register
    FOR EACH ROW EXECUTE FUNCTION documents.register_guard();
CREATE TRIGGER register_no_truncate BEFORE TRUNCATE ON documents.register
    FOR EACH STATEMENT EXECUTE FUNCTION documents.register_guard();
