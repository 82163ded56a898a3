-- 0005: the staff HR office (module 3, data D5): the employee's personal card, staff
-- orders (hiring, transfer, leave, award, dismissal) and what signed orders applied:
-- positions opened and closed, leaves, awards. The history of an employee is the list
-- of signed orders' items (order_items.summary, written when the order is signed).
-- Numbered 0005 because 0004 belongs to the student HR office.

ALTER TABLE staffhr.employees
    ADD COLUMN last_name_ru  text,
    ADD COLUMN first_name_ru text,
    ADD COLUMN patronymic_ru text,
    ADD COLUMN latin_name    text,
    ADD COLUMN education     text,
    ADD COLUMN phone         text,
    ADD COLUMN email         text,
    ADD COLUMN address       text,
    ADD COLUMN status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dismissed'));
CREATE INDEX employees_name_idx ON staffhr.employees(last_name, first_name);

CREATE SEQUENCE staffhr.order_sign_seq;

CREATE TABLE staffhr.orders (
    id            bigserial PRIMARY KEY,
    number        text NOT NULL,
    order_date    date NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('hiring', 'transfer', 'leave', 'award', 'dismissal')),
    title         text NOT NULL DEFAULT '',
    basis         text NOT NULL DEFAULT '',
    state         text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'signed', 'cancelled')),
    created_by    bigint REFERENCES core.users(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    signed_by     bigint REFERENCES core.users(id),
    signed_at     timestamptz,
    cancelled_at  timestamptz,
    cancel_reason text,
    signed_seq    bigint UNIQUE, -- order of signing: a signed order can be reversed only if no later one touched its employees
    row_version   bigint NOT NULL DEFAULT 1
);
-- Order numbers are unique within a year among orders that are not cancelled.
CREATE UNIQUE INDEX staff_orders_number_idx ON staffhr.orders(number, date_part('year', order_date::timestamp))
    WHERE state <> 'cancelled';

CREATE TABLE staffhr.order_items (
    id               bigserial PRIMARY KEY,
    order_id         bigint NOT NULL REFERENCES staffhr.orders(id) ON DELETE CASCADE,
    line             int NOT NULL,
    employee_id      bigint NOT NULL REFERENCES staffhr.employees(id),
    unit_id          bigint REFERENCES org.units(id),
    position         text,
    rate             numeric(4, 2) CHECK (rate IS NULL OR rate BETWEEN 0.25 AND 1.5),
    teaching         boolean NOT NULL DEFAULT false,
    from_position_id bigint REFERENCES staffhr.positions(id) ON DELETE SET NULL,
    leave_kind       text CHECK (leave_kind IN ('annual', 'study', 'maternity', 'unpaid', 'sick')),
    date_from        date,
    date_to          date,
    award_kind       text,
    text             text,
    reason           text,
    summary          text,
    UNIQUE (order_id, line)
);
CREATE INDEX staff_order_items_employee_idx ON staffhr.order_items(employee_id);

ALTER TABLE staffhr.positions
    ADD COLUMN until         date,
    ADD COLUMN order_id      bigint REFERENCES staffhr.orders(id),
    ADD COLUMN end_order_id  bigint REFERENCES staffhr.orders(id),
    ADD CONSTRAINT positions_dates_check CHECK (until IS NULL OR until >= since - 1);
CREATE INDEX positions_employee_idx ON staffhr.positions(employee_id);

CREATE TABLE staffhr.leaves (
    id          bigserial PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES staffhr.employees(id),
    kind        text NOT NULL CHECK (kind IN ('annual', 'study', 'maternity', 'unpaid', 'sick')),
    date_from   date NOT NULL,
    date_to     date NOT NULL CHECK (date_to >= date_from),
    order_id    bigint REFERENCES staffhr.orders(id)
);
CREATE INDEX leaves_employee_idx ON staffhr.leaves(employee_id);

CREATE TABLE staffhr.awards (
    id          bigserial PRIMARY KEY,
    employee_id bigint NOT NULL REFERENCES staffhr.employees(id),
    kind        text NOT NULL,
    text        text NOT NULL DEFAULT '',
    award_date  date NOT NULL,
    order_id    bigint REFERENCES staffhr.orders(id)
);
CREATE INDEX awards_employee_idx ON staffhr.awards(employee_id);

-- A teacher is an employee with an open teaching position; the teaching-load and
-- timetable modules read them from here.
CREATE VIEW staffhr.teachers AS
    SELECT p.employee_id, p.unit_id, p.position, p.rate, p.since, p.until
    FROM staffhr.positions p JOIN staffhr.employees e ON e.id = p.employee_id
    WHERE p.teaching AND e.status = 'active' AND (p.until IS NULL OR p.until >= current_date);
