-- 0002: the minimum of students, staff and reference data that the demo university,
-- scopes (curator, student, parent) and later modules need. The student and staff HR
-- modules extend these tables with their own migrations.

CREATE SCHEMA ref;
CREATE SCHEMA studenthr;
CREATE SCHEMA staffhr;

-- SOATE, the administrative-territorial classifier (loadable by the administrator).
CREATE TABLE ref.soate (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{14}$'),
    parent_code text REFERENCES ref.soate(code),
    level       int NOT NULL CHECK (level BETWEEN 1 AND 4),
    name_ru     text NOT NULL,
    name_ky     text
);

CREATE TABLE staffhr.employees (
    id          bigserial PRIMARY KEY,
    pin         text UNIQUE CHECK (pin ~ '^[12][0-9]{13}$'),
    last_name   text NOT NULL,
    first_name  text NOT NULL,
    patronymic  text,
    birth_date  date,
    gender      char(1) NOT NULL CHECK (gender IN ('F', 'M')),
    degree      text CHECK (degree IN ('candidate', 'doctor', 'phd')),
    title       text CHECK (title IN ('docent', 'professor')),
    user_id     bigint UNIQUE REFERENCES core.users(id),
    row_version bigint NOT NULL DEFAULT 1
);

CREATE TABLE staffhr.positions (
    id          bigserial PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES staffhr.employees(id),
    unit_id     bigint NOT NULL REFERENCES org.units(id),
    position    text NOT NULL,
    rate        numeric(4, 2) NOT NULL CHECK (rate > 0 AND rate <= 1.5),
    teaching    boolean NOT NULL DEFAULT false,
    since       date NOT NULL
);
CREATE INDEX positions_unit_idx ON staffhr.positions(unit_id);

CREATE TABLE studenthr.specialties (
    id      bigserial PRIMARY KEY,
    unit_id bigint NOT NULL REFERENCES org.units(id),
    code    text NOT NULL UNIQUE,
    name_ky text NOT NULL,
    name_ru text NOT NULL,
    name_en text,
    level   text NOT NULL CHECK (level IN ('bachelor', 'master', 'college')),
    years   int NOT NULL CHECK (years BETWEEN 1 AND 6)
);

CREATE TABLE studenthr.groups (
    id           bigserial PRIMARY KEY,
    specialty_id bigint NOT NULL REFERENCES studenthr.specialties(id),
    name         text NOT NULL UNIQUE,
    course       int NOT NULL CHECK (course BETWEEN 1 AND 6),
    study_form   text NOT NULL CHECK (study_form IN ('fulltime', 'extramural', 'distance', 'evening')),
    language     text NOT NULL CHECK (language IN ('ky', 'ru', 'en')),
    entry_year   int NOT NULL,
    curator_id   bigint REFERENCES staffhr.employees(id),
    row_version  bigint NOT NULL DEFAULT 1
);

CREATE TABLE studenthr.students (
    id          bigserial PRIMARY KEY,
    pin         text UNIQUE CHECK (pin ~ '^[12][0-9]{13}$'),
    last_name   text NOT NULL,
    first_name  text NOT NULL,
    patronymic  text,
    birth_date  date NOT NULL,
    gender      char(1) NOT NULL CHECK (gender IN ('F', 'M')),
    nationality text,
    citizenship text NOT NULL DEFAULT 'KG',
    soate_code  text REFERENCES ref.soate(code),
    phone       text,
    group_id    bigint REFERENCES studenthr.groups(id),
    funding     text NOT NULL CHECK (funding IN ('budget', 'contract')),
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'leave', 'expelled', 'graduated')),
    user_id     bigint UNIQUE REFERENCES core.users(id),
    row_version bigint NOT NULL DEFAULT 1
);
CREATE INDEX students_group_idx ON studenthr.students(group_id);
CREATE INDEX students_name_idx ON studenthr.students(last_name, first_name);

-- Parents and guardians with an account see their child's record.
CREATE TABLE studenthr.guardians (
    student_id bigint NOT NULL REFERENCES studenthr.students(id),
    user_id    bigint NOT NULL REFERENCES core.users(id),
    relation   text NOT NULL,
    PRIMARY KEY (student_id, user_id)
);
