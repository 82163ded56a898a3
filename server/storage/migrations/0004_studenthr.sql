-- 0004: the student HR office. Full personal cards, contacts of parents and guardians,
-- electronic personal files, student orders with their items, and the students' history
-- (one row per student per applied order item), from which the contingent at any date is
-- rebuilt: for each student the latest history row with valid_from <= D whose order is
-- signed and not cancelled (rows without an order are the initial import).
--
-- Search over names uses trigram similarity (pg_trgm). The embedded cluster's user is a
-- superuser; an external database needs `CREATE EXTENSION pg_trgm` run once by a superuser
-- (installer/ADMIN-GUIDE.md).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Latin spelling of a Kyrgyz or Russian Cyrillic text, letter by letter (the table is the
-- documentation): а a, б b, в v, г g, д d, е e, ё yo, ж zh, з z, и i, й y, к k, л l, м m,
-- н n, ң ng, о o, ө o, п p, р r, с s, т t, у u, ү u, ф f, х kh, ц ts, ч ch, ш sh, щ shch,
-- ъ –, ы y, ь –, э e, ю yu, я ya. A capital letter gives a capitalised result (Ж → Zh);
-- anything else is kept as it is.
CREATE FUNCTION studenthr.latin(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(string_agg(
               CASE WHEN m.lat IS NULL THEN c.ch
                    WHEN c.ch <> lower(c.ch) THEN upper(left(m.lat, 1)) || substr(m.lat, 2)
                    ELSE m.lat END, '' ORDER BY c.n), '')
    FROM regexp_split_to_table(s, '') WITH ORDINALITY AS c(ch, n)
    LEFT JOIN (VALUES ('а', 'a'), ('б', 'b'), ('в', 'v'), ('г', 'g'), ('д', 'd'), ('е', 'e'), ('ё', 'yo'), ('ж', 'zh'),
                      ('з', 'z'), ('и', 'i'), ('й', 'y'), ('к', 'k'), ('л', 'l'), ('м', 'm'), ('н', 'n'), ('ң', 'ng'),
                      ('о', 'o'), ('ө', 'o'), ('п', 'p'), ('р', 'r'), ('с', 's'), ('т', 't'), ('у', 'u'), ('ү', 'u'),
                      ('ф', 'f'), ('х', 'kh'), ('ц', 'ts'), ('ч', 'ch'), ('ш', 'sh'), ('щ', 'shch'), ('ъ', ''),
                      ('ы', 'y'), ('ь', ''), ('э', 'e'), ('ю', 'yu'), ('я', 'ya')) AS m(cyr, lat)
           ON m.cyr = lower(c.ch)
$$;

-- Folds a name for searching: lower case, the Kyrgyz letters ң ө ү and ё to their Russian
-- look-alikes, so that "Усенов" finds "Үсөнов".
CREATE FUNCTION studenthr.fold(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT translate(lower(coalesce(s, '')), 'ңөүё', 'ноуе')
$$;

ALTER TABLE studenthr.students
    ADD COLUMN last_name_ru       text,
    ADD COLUMN first_name_ru      text,
    ADD COLUMN patronymic_ru      text,
    ADD COLUMN latin_name         text,
    ADD COLUMN passport_series    text,
    ADD COLUMN passport_number    text,
    ADD COLUMN passport_issued_by text,
    ADD COLUMN passport_issued_at date,
    ADD COLUMN address            text,
    ADD COLUMN email              text,
    ADD COLUMN prior_education    text,
    ADD COLUMN privileges         text,
    ADD COLUMN photo              bytea CHECK (octet_length(photo) <= 524288),
    ADD COLUMN leave_from         date,
    ADD COLUMN leave_until        date,
    ADD COLUMN created_at         timestamptz NOT NULL DEFAULT now(),
    -- Every spelling in one folded text: Kyrgyz, Russian, Latin (given or transliterated).
    ADD COLUMN search_names       text GENERATED ALWAYS AS (
        studenthr.fold(last_name || ' ' || first_name || ' ' || coalesce(patronymic, ''))
        || ' | ' || studenthr.fold(coalesce(last_name_ru, '') || ' ' || coalesce(first_name_ru, '') || ' ' || coalesce(patronymic_ru, ''))
        || ' | ' || lower(coalesce(nullif(latin_name, ''), studenthr.latin(last_name || ' ' || first_name)))) STORED;

ALTER TABLE studenthr.students DROP CONSTRAINT students_status_check;
ALTER TABLE studenthr.students ADD CONSTRAINT students_status_check
    CHECK (status IN ('candidate', 'active', 'leave', 'expelled', 'graduated'));
CREATE INDEX students_search_trgm_idx ON studenthr.students USING gin (search_names gin_trgm_ops);
CREATE INDEX students_pin_prefix_idx ON studenthr.students (pin text_pattern_ops);
CREATE INDEX students_birth_idx ON studenthr.students (birth_date);
CREATE INDEX students_user_idx ON studenthr.students (user_id);

ALTER TABLE studenthr.groups
    ADD COLUMN leader_id       bigint REFERENCES studenthr.students(id) ON DELETE SET NULL,
    ADD COLUMN budget_places   int CHECK (budget_places BETWEEN 0 AND 500),
    ADD COLUMN contract_places int CHECK (contract_places BETWEEN 0 AND 500);
CREATE INDEX groups_name_trgm_idx ON studenthr.groups USING gin (lower(name) gin_trgm_ops);

-- Parents and guardians as contacts on the card (no user account needed; accounts that may
-- read the card stay in studenthr.guardians).
CREATE TABLE studenthr.guardian_contacts (
    id         bigserial PRIMARY KEY,
    student_id bigint NOT NULL REFERENCES studenthr.students(id) ON DELETE CASCADE,
    position   int NOT NULL,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    relation   text NOT NULL DEFAULT '',
    phone      text NOT NULL DEFAULT ''
);
CREATE INDEX guardian_contacts_student_idx ON studenthr.guardian_contacts(student_id);

-- The electronic personal file: scanned documents.
CREATE TABLE studenthr.files (
    id         bigserial PRIMARY KEY,
    student_id bigint NOT NULL REFERENCES studenthr.students(id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    mime       text NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
    data       bytea NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 655360),
    added_at   timestamptz NOT NULL DEFAULT now(),
    added_by   bigint REFERENCES core.users(id)
);
CREATE INDEX files_student_idx ON studenthr.files(student_id);

CREATE SEQUENCE studenthr.order_sign_seq;

CREATE TABLE studenthr.orders (
    id              bigserial PRIMARY KEY,
    number          text NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
    date            date NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('admission', 'promotion', 'transfer', 'academic_leave', 'return_from_leave',
                                                  'expulsion', 'reinstatement', 'graduation', 'name_change')),
    title           text NOT NULL DEFAULT '',
    basis           text NOT NULL DEFAULT '',
    signer_name     text NOT NULL DEFAULT '',
    signer_position text NOT NULL DEFAULT '',
    state           text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed', 'cancelled')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      bigint REFERENCES core.users(id),
    signed_at       timestamptz,
    signed_by       bigint REFERENCES core.users(id),
    sign_seq        bigint UNIQUE,           -- order of signing: "a later signed order"
    cancelled_at    timestamptz,
    cancelled_by    bigint REFERENCES core.users(id),
    cancel_reason   text,
    row_version     bigint NOT NULL DEFAULT 1,
    CHECK ((state = 'draft') = (signed_at IS NULL) OR state = 'cancelled'),
    CHECK ((state = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE UNIQUE INDEX orders_number_year_uniq ON studenthr.orders (number, extract(year FROM date));
CREATE INDEX orders_date_idx ON studenthr.orders (date);

CREATE TABLE studenthr.order_items (
    id              bigserial PRIMARY KEY,
    order_id        bigint NOT NULL REFERENCES studenthr.orders(id) ON DELETE CASCADE,
    position        int NOT NULL,
    student_id      bigint NOT NULL REFERENCES studenthr.students(id),
    to_group_id     bigint REFERENCES studenthr.groups(id),
    funding         text CHECK (funding IN ('budget', 'contract')),
    reason          text NOT NULL DEFAULT '',
    date_from       date,
    date_to         date,
    new_last_name   text,
    new_first_name  text,
    new_patronymic  text,
    -- The student as the item found it when the order was signed (to reverse a cancelled order).
    prev_group_id   bigint REFERENCES studenthr.groups(id),
    prev_status     text,
    prev_funding    text,
    prev_last_name  text,
    prev_first_name text,
    prev_patronymic text,
    prev_leave_from date,
    prev_leave_until date,
    raised_group_id bigint REFERENCES studenthr.groups(id), -- promotion that raised a group's course
    UNIQUE (order_id, student_id)
);
CREATE INDEX order_items_student_idx ON studenthr.order_items(student_id);

CREATE TABLE studenthr.history (
    id            bigserial PRIMARY KEY,
    student_id    bigint NOT NULL REFERENCES studenthr.students(id) ON DELETE CASCADE,
    order_id      bigint REFERENCES studenthr.orders(id),
    order_item_id bigint REFERENCES studenthr.order_items(id),
    valid_from    date NOT NULL,
    group_id      bigint REFERENCES studenthr.groups(id),
    course        int,
    status        text NOT NULL,
    funding       text NOT NULL,
    last_name     text NOT NULL,
    first_name    text NOT NULL,
    patronymic    text
);
CREATE INDEX history_student_idx ON studenthr.history(student_id, valid_from, id);
CREATE INDEX history_group_idx ON studenthr.history(group_id);

-- The initial history of students that have none: their present state, valid from the
-- 1st of September of their group's entry year. Run by this migration and by whatever
-- loads students in bulk (the demo university). Returns the number of rows written.
CREATE FUNCTION studenthr.backfill_history() RETURNS bigint
LANGUAGE sql AS $$
    WITH ins AS (
        INSERT INTO studenthr.history(student_id, valid_from, group_id, course, status, funding, last_name, first_name, patronymic)
        SELECT s.id, make_date(g.entry_year, 9, 1), s.group_id, g.course, s.status, s.funding, s.last_name, s.first_name, s.patronymic
        FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id
        WHERE s.status <> 'candidate' AND NOT EXISTS (SELECT 1 FROM studenthr.history h WHERE h.student_id = s.id)
        RETURNING 1)
    SELECT count(*) FROM ins
$$;
SELECT studenthr.backfill_history();
