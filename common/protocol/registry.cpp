#include "registry.h"

#include <QCborArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace Ebilim::Protocol {

namespace {

ArgSpec str(const char *name, bool required, qint64 maxLen, const char *doc, qint64 minLen = 0)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::String, required, minLen, maxLen, {}, QString::fromUtf8(doc)};
}
ArgSpec integer(const char *name, bool required, qint64 min, qint64 max, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::Int, required, min, max, {}, QString::fromUtf8(doc)};
}
ArgSpec oneOf(const char *name, bool required, QStringList values, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::String, required, 0, 0, std::move(values), QString::fromUtf8(doc)};
}
ArgSpec array(const char *name, bool required, qint64 maxItems, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::Array, required, 0, maxItems, {}, QString::fromUtf8(doc)};
}
ArgSpec date(const char *name, bool required, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::String, required, 10, 10, {}, QString::fromUtf8(doc) + QStringLiteral(" (yyyy-MM-dd)")};
}
ArgSpec boolean(const char *name, bool required, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::Bool, required, 0, 0, {}, QString::fromUtf8(doc)};
}

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();

/// Every document kind the server can produce (server/modules/documents/documentkinds.cpp has one entry per name).
const QStringList kDocumentKinds{QStringLiteral("study_certificate"), QStringLiteral("group_list"), QStringLiteral("order_sample"),
                                 QStringLiteral("student_order"), QStringLiteral("contingent_form")};

const QStringList kUnitKinds{QStringLiteral("university"), QStringLiteral("branch"), QStringLiteral("faculty"),
                             QStringLiteral("college"), QStringLiteral("department"), QStringLiteral("office")};

QList<OpSpec> buildOps()
{
    QList<OpSpec> ops;
    auto op = [&ops](const char *name, const char *module, const char *perm, const char *doc) -> OpSpec & {
        OpSpec s;
        s.name = QString::fromLatin1(name);
        s.module = QString::fromLatin1(module);
        s.permission = QString::fromLatin1(perm);
        s.doc = QString::fromUtf8(doc);
        ops.append(s);
        return ops.last();
    };

    // --- core: connection and identity -------------------------------------------------
    op("hello", "core", "", "Opens the conversation. Must be the first request. Refused only on a major version mismatch. "
                            "Result: server version, protocol {major, minor}, instance id.")
        .args = {integer("major", true, 0, 1000, "client's protocol major"), integer("minor", true, 0, 1000, "client's protocol minor"),
                 str("client", false, 100, "client name and version"), oneOf("lang", false, {"ky", "ru", "en"}, "interface language")};
    op("ping", "core", "", "Heartbeat: answers at once with the server time (ISO 8601, UTC). Clients send it when idle to notice silent "
                           "network partitions.");
    op("auth.login", "core", "", "Signs in with user name and password (Argon2id). Result: token, user, roles. "
                                 "Errors: invalid_credentials, throttled (details.retryAfter), account_disabled.")
        .args = {str("user", true, 64, "user name", 1), str("password", true, 256, "password", 1)};
    op("auth.resume", "core", "", "Attaches an existing session token to this connection (after a reconnect). "
                                  "Errors: session_expired, not_authenticated.")
        .args = {str("token", true, 128, "token from auth.login", 1)};
    op("auth.logout", "core", "session", "Ends the session of this connection.");
    op("auth.whoami", "core", "session", "The signed-in user, roles with scopes, permissions and navigator modules.");
    {
        OpSpec &s = op("auth.changePassword", "core", "session",
                       "Changes the own password. Ends every other session of the user. "
                       "Errors: invalid_credentials (old password wrong), validation_failed (new password: length 10..256).");
        s.mutates = true;
        s.args = {str("oldPassword", true, 256, "current password", 1), str("newPassword", true, 256, "new password", 10)};
    }

    // --- own profile -------------------------------------------------------------------
    op("profile.get", "core", "session", "The own profile: id (the user's), full name, phone, e-mail, photo (JPEG/PNG), rowVersion.");
    {
        OpSpec &s = op("profile.save", "core", "session",
                       "Saves the own phone, e-mail and photo. Errors: conflict (stale rowVersion; details.current), validation_failed.");
        s.mutates = true;
        s.offline = true;
        s.args = {str("phone", false, 32, "phone, e.g. +996 555 123456"), str("email", false, 254, "e-mail address"),
                  ArgSpec{QStringLiteral("photo"), ArgType::String, false, 0, 700000, {}, QStringLiteral("photo as base64 JPEG/PNG (≤ 512 KiB)")},
                  integer("rowVersion", true, 0, MaxId, "row version the edit was based on")};
    }

    // --- institution structure -----------------------------------------------------------
    op("org.units.list", "org", "org.read",
       "Every org unit (university, branches, faculties, colleges, departments, offices) with parent, codes, names in ky/ru/en, rowVersion.");
    op("org.units.get", "org", "org.read", "One org unit. Errors: not_found.").args = {integer("id", true, 1, MaxId, "unit id")};
    {
        OpSpec &s = op("org.units.save", "org", "org.write",
                       "Creates (no id) or updates (id + rowVersion) an org unit. Scoped roles may only touch units inside their own unit. "
                       "Errors: validation_failed, already_exists (code), conflict, not_found.");
        s.mutates = true;
        s.offline = true;
        s.scopeArg = QStringLiteral("parentId");
        s.args = {integer("id", false, 1, MaxId, "unit id (omit to create)"),
                  integer("parentId", false, 1, MaxId, "parent unit (omit only for a top-level university)"),
                  oneOf("kind", true, kUnitKinds, "kind of unit"),
                  str("code", true, 32, "short code, unique", 1),
                  str("nameKy", true, 300, "name in Kyrgyz", 1),
                  str("nameRu", true, 300, "name in Russian", 1),
                  str("nameEn", false, 300, "name in English"),
                  integer("rowVersion", false, 0, MaxId, "row version the edit was based on (required with id)")};
    }
    {
        OpSpec &s = op("org.units.delete", "org", "org.write",
                       "Asks to delete an org unit without children. Applied only when the vice-rector approves. "
                       "Result: {requestId, state: pending}.");
        s.mutates = true;
        s.approval = true;
        s.scopeArg = QStringLiteral("id");
        s.args = {integer("id", true, 1, MaxId, "unit id"), str("reason", true, 1000, "why", 3)};
    }

    // --- approvals (regulation §3) -------------------------------------------------------
    op("approvals.list", "approvals", "approvals.read",
       "Change requests. The vice-rector and the administrator see all; others see their own.")
        .args = {oneOf("state", false, {"pending", "approved", "rejected"}, "filter by state")};
    {
        OpSpec &s = op("approvals.approve", "approvals", "approvals.decide",
                       "Approves a pending change request and applies it in the same transaction. Errors: not_found, invalid_state.");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "request id"), str("comment", false, 1000, "comment")};
    }
    {
        OpSpec &s = op("approvals.reject", "approvals", "approvals.decide",
                       "Rejects a pending change request. Errors: not_found, invalid_state.");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "request id"), str("reason", true, 1000, "why", 3)};
    }

    // --- audit ---------------------------------------------------------------------------
    op("audit.list", "audit", "audit.read", "Audit records, newest first.")
        .args = {integer("limit", false, 1, 1000, "at most this many (default 100)"),
                 integer("beforeId", false, 1, MaxId, "only records older than this id"),
                 str("entity", false, 64, "only this entity"), integer("userId", false, 1, MaxId, "only this user")};
    op("audit.verify", "audit", "audit.read", "Checks the audit hash chain. Result: {ok, records, firstBadId}.");

    // --- users and roles -----------------------------------------------------------------
    op("users.list", "admin", "users.manage", "Every user with roles and state.");
    {
        OpSpec &s = op("users.create", "admin", "users.manage", "Creates a user. Errors: already_exists (username), validation_failed.");
        s.mutates = true;
        s.args = {str("username", true, 64, "login name: latin letters, digits, . _ -", 2), str("fullName", true, 300, "full name", 1),
                  str("password", true, 256, "initial password (10..256)", 10)};
    }
    {
        OpSpec &s = op("users.setDisabled", "admin", "users.manage", "Disables (ends all sessions) or enables a user.");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "user id"), boolean("disabled", true, "new state")};
    }
    {
        OpSpec &s = op("users.grantRole", "admin", "users.manage", "Grants a role; scoped roles need unitId of the right kind.");
        s.mutates = true;
        s.args = {integer("userId", true, 1, MaxId, "user id"), str("role", true, 32, "role name", 1),
                  integer("unitId", false, 1, MaxId, "scope unit for dean/department/college")};
    }
    {
        OpSpec &s = op("users.revokeRole", "admin", "users.manage", "Revokes a role.");
        s.mutates = true;
        s.args = {integer("userId", true, 1, MaxId, "user id"), str("role", true, 32, "role name", 1),
                  integer("unitId", false, 1, MaxId, "scope unit")};
    }
    op("system.status", "admin", "system.status", "Server version, schema version, instance id, connected clients, uptime.");

    // --- reference classifiers -------------------------------------------------------------
    op("ref.soate.search", "ref", "session",
       "SOATE (the administrative-territorial classifier) entries whose name or code matches, or the children of parentCode: "
       "[{code, parentCode?, level (1 oblast … 4 village), name, path (\"oblast / rayon / …\")}], by level and name. "
       "The administrator loads and updates the classifier with `ebilim-admin soate load FILE.csv`.")
        .args = {str("query", false, 100, "part of the name or the first digits of the code"),
                 str("parentCode", false, 14, "only the children of this code"), integer("limit", false, 1, 200, "at most this many (default 30)")};

    // --- student records (read side) ------------------------------------------------------
    op("studenthr.groups.list", "studenthr", "studenthr.read",
       "Study groups the caller may see (dean/college: of their faculty or college; curator: own groups; others: all), "
       "sorted by faculty and name. Each: id, name, course, studyForm (fulltime|extramural|distance|evening), language, "
       "entryYear, specialtyId, specialtyCode, specialtyNameKy/Ru/En, level, years, facultyId, facultyCode, facultyNameKy/Ru/En, "
       "studentCount (active students), curatorId, curatorName, leaderId, budgetPlaces?, contractPlaces?, rowVersion.")
        .args = {integer("unitId", false, 1, MaxId, "only groups whose specialty belongs to this unit or below")};
    op("studenthr.students.list", "studenthr", "studenthr.read",
       "Students of a group, sorted by last and first name: id, pin, lastName, firstName, patronymic, birthDate (ISO), gender (F|M), "
       "funding (budget|contract), status (active|leave|expelled|graduated), groupId, groupName (as studenthr.students.search). "
       "Errors: not_found, not_authorized (group outside scope).")
        .args = {integer("groupId", true, 1, MaxId, "group id")};

    // --- student HR office: cards, orders, contingent (issue 5) ----------------------------
    op("studenthr.specialties.list", "studenthr", "studenthr.read",
       "Specialties with id, code, nameKy/Ru/En, level (bachelor|master|college), years, unitId, unitCode.");
    {
        OpSpec &s = op("studenthr.groups.save", "studenthr", "studenthr.write",
                       "Creates (no id) or updates (id + rowVersion) a study group. The course of an existing group changes only by "
                       "orders (promotion, roll-forward). Errors: validation_failed, already_exists (name), conflict, not_found, "
                       "not_authorized (specialty outside scope).");
        s.mutates = true;
        s.offline = true;
        s.args = {integer("id", false, 1, MaxId, "group id (omit to create)"), integer("specialtyId", true, 1, MaxId, "specialty"),
                  str("name", true, 32, "group name, unique, e.g. ПИ-1-26", 1), integer("course", false, 1, 6, "year of study (create only)"),
                  oneOf("studyForm", true, {"fulltime", "extramural", "distance", "evening"}, "form of study"),
                  oneOf("language", true, {"ky", "ru", "en"}, "language of instruction"), integer("entryYear", true, 1990, 2100, "year of admission"),
                  integer("curatorId", false, 0, MaxId, "curator (employee id; 0 clears)"),
                  integer("leaderId", false, 0, MaxId, "group leader (student id of this group; 0 clears)"),
                  integer("budgetPlaces", false, 0, 500, "state-funded places"), integer("contractPlaces", false, 0, 500, "contract places"),
                  integer("rowVersion", false, 0, MaxId, "row version (required with id)")};
    }
    op("studenthr.students.get", "studenthr", "studenthr.read",
       "The whole card of a student: id, pin, lastName, firstName, patronymic, lastNameRu, firstNameRu, patronymicRu, latinName, "
       "birthDate, gender, nationality, citizenship, passport {series, number, issuedBy, issuedAt}, soateCode, soateName, address, phone, "
       "email, priorEducation, privileges, funding, status (candidate|active|leave|expelled|graduated), groupId, groupName, photo (base64), "
       "guardians [{name, relation, phone}], files [{id, name, mime, size, addedAt}], history [{orderId, orderNo, orderDate, kind, "
       "summary, reason}] (signed orders, oldest first), leaveFrom?, leaveUntil? (on academic leave), rowVersion. latinName is "
       "transliterated from the Kyrgyz name when none was given. Curators: own groups only; a candidate without a group is seen by "
       "unscoped roles only. Errors: not_found, not_authorized.")
        .args = {integer("id", true, 1, MaxId, "student id")};
    op("studenthr.students.mine", "studenthr", "studenthr.own",
       "The card of the signed-in student (or of a parent's children: an array) — same fields as studenthr.students.get. "
       "Errors: not_found (a student account without a card).");
    {
        OpSpec &s = op("studenthr.students.save", "studenthr", "studenthr.write",
                       "Creates (no id: status candidate, no group — admission is an order) or updates (id + rowVersion) a student's "
                       "personal data. Status, group and funding never change here (orders do). PIN: 14 digits, first digit 1 (female) "
                       "or 2 (male) matching gender, digits 2-9 the birth date ddMMyyyy (common/domain/pin.h). Duplicates: already_exists "
                       "(details.field pin, details.id) for a PIN in use; conflict with details.reason possible_duplicate and "
                       "details.candidates [{id, name, birthDate, groupName}] for the same name and birth date unless "
                       "confirmDuplicate is true (names compared case-insensitively in Kyrgyz and Russian spelling, ң ө ү ё folded). "
                       "Errors: validation_failed (details.field, details.reason: pin → wrong_length|not_digits|bad_gender_digit|bad_date|"
                       "gender_mismatch|birth_date_mismatch; names → characters; soateCode → not_found; funding → by_order_only; "
                       "birthDate/passportIssuedAt → format|range; photo → format|type|too_large), conflict (stale rowVersion), not_found.");
        s.mutates = true;
        s.offline = true;
        s.args = {integer("id", false, 1, MaxId, "student id (omit to create)"),
                  str("lastName", true, 100, "last name (Kyrgyz spelling)", 1), str("firstName", true, 100, "first name", 1),
                  str("patronymic", false, 100, "patronymic"),
                  str("lastNameRu", false, 100, "last name, Russian spelling"), str("firstNameRu", false, 100, "first name, Russian spelling"),
                  str("patronymicRu", false, 100, "patronymic, Russian spelling"),
                  str("latinName", false, 200, "name in Latin letters for English documents (empty: transliterated)"),
                  str("pin", false, 14, "personal identification number (14 digits)"), date("birthDate", true, "date of birth"),
                  oneOf("gender", true, {"F", "M"}, "gender"), str("nationality", false, 60, "nationality"),
                  str("citizenship", false, 2, "citizenship, ISO 3166 alpha-2 (default KG)"),
                  str("passportSeries", false, 10, "passport series (ID, AN …)"), str("passportNumber", false, 20, "passport number"),
                  str("passportIssuedBy", false, 200, "issued by"), date("passportIssuedAt", false, "passport issue date"),
                  str("soateCode", false, 14, "address: SOATE code (14 digits, must exist in ref.soate)"),
                  str("address", false, 300, "street, house, flat"), str("phone", false, 32, "phone"), str("email", false, 254, "e-mail"),
                  str("priorEducation", false, 300, "school or college finished, year, certificate no."),
                  str("privileges", false, 300, "privileges (orphan, disability, …)"),
                  oneOf("funding", false, {"budget", "contract"}, "funding (create only; later by order)"),
                  ArgSpec{QStringLiteral("photo"), ArgType::String, false, 0, 700000, {}, QStringLiteral("photo as base64 JPEG/PNG (≤ 512 KiB)")},
                  array("guardians", false, 6, "parents/guardians [{name, relation, phone}] (replaces the list)"),
                  boolean("confirmDuplicate", false, "save although a student with the same name and birth date exists"),
                  integer("rowVersion", false, 0, MaxId, "row version (required with id)")};
    }
    {
        OpSpec &s = op("studenthr.students.delete", "studenthr", "studenthr.write",
                       "Asks to delete a student card entered by mistake (only without signed orders). Applied when the vice-rector "
                       "approves. Result: {requestId, state: pending}. Errors: invalid_state (has signed orders), not_found.");
        s.mutates = true;
        s.approval = true;
        s.args = {integer("id", true, 1, MaxId, "student id"), str("reason", true, 1000, "why", 3)};
    }
    op("studenthr.students.search", "studenthr", "studenthr.read",
       "Searches the contingent the caller may see: by name in any script and spelling (Kyrgyz, Russian, Latin; typo-tolerant, "
       "trigram similarity), by PIN (prefix) or by group name. Result: [{id, name, birthDate, pin, groupId, groupName, status, "
       "score}], best first.")
        .args = {str("query", true, 100, "text to look for", 2), integer("limit", false, 1, 200, "at most this many (default 50)")};
    {
        OpSpec &s = op("studenthr.files.add", "studenthr", "studenthr.write",
                       "Attaches a scanned document to a student's electronic personal file. Result: {id}. Errors: not_found, "
                       "validation_failed (type not PDF/JPEG/PNG, size).");
        s.mutates = true;
        s.args = {integer("studentId", true, 1, MaxId, "student id"), str("name", true, 200, "file name", 1),
                  oneOf("mime", true, {"application/pdf", "image/jpeg", "image/png"}, "type"),
                  ArgSpec{QStringLiteral("data"), ArgType::String, true, 1, 900000, {}, QStringLiteral("content as base64 (≤ 640 KiB)")}};
    }
    op("studenthr.files.get", "studenthr", "studenthr.read", "One file of a personal file: {id, studentId, name, mime, data (base64)}.")
        .args = {integer("id", true, 1, MaxId, "file id")};

    op("studenthr.orders.list", "studenthr", "studenthr.read",
       "Student orders, newest first: id, number, date, kind, title, state (draft|signed|cancelled), itemCount, signedAt, signedBy, "
       "cancelReason.")
        .args = {oneOf("state", false, {"draft", "signed", "cancelled"}, "only this state"), date("from", false, "order date from"),
                 date("to", false, "order date to"), str("query", false, 100, "part of the number or title"),
                 integer("limit", false, 1, 1000, "at most this many (default 200)")};
    op("studenthr.orders.get", "studenthr", "studenthr.read",
       "One order with its items: {id, number, date, kind, title, basis, signerName, signerPosition, state, rowVersion, "
       "items [{id, studentId, studentName, fromGroupId, fromGroupName, toGroupId, toGroupName, funding, reason, dateFrom, dateTo, "
       "newLastName, newFirstName, newPatronymic}]}.")
        .args = {integer("id", true, 1, MaxId, "order id")};
    {
        OpSpec &s = op("studenthr.orders.save", "studenthr", "studenthr.write",
                       "Creates or edits a draft student order. Kinds and the item fields they need: admission (toGroupId, funding), "
                       "promotion (toGroupId: the group of the next course, or omit to keep the group and raise its course), "
                       "transfer (toGroupId; also between specialties and forms; funding to change it), academic_leave (dateFrom, dateTo, "
                       "reason), return_from_leave (toGroupId), expulsion (reason), reinstatement (toGroupId), graduation, "
                       "name_change (newLastName, newFirstName, newPatronymic). items: [{studentId, toGroupId?, funding?, reason?, "
                       "dateFrom?, dateTo?, newLastName?, newFirstName?, newPatronymic?}] (replaces the items). Each item is checked "
                       "against the student's state (e.g. expulsion of an active or on-leave student only): validation_failed with "
                       "details.item (index), details.studentId, details.field and details.reason (status, missing, not_found, course, "
                       "final_year, not_final_year, same_group, range, duplicate, characters). Errors: invalid_state (not a draft), "
                       "conflict, already_exists (number).");
        s.mutates = true;
        s.args = {integer("id", false, 1, MaxId, "order id (omit to create)"),
                  oneOf("kind", true, {"admission", "promotion", "transfer", "academic_leave", "return_from_leave", "expulsion",
                                       "reinstatement", "graduation", "name_change"}, "kind of order"),
                  str("number", true, 40, "order number, unique per year", 1), date("date", true, "order date"),
                  str("title", false, 300, "title (default from the kind)"), str("basis", false, 500, "grounds"),
                  str("signerName", false, 200, "who signs"), str("signerPosition", false, 200, "signer's position"),
                  array("items", true, 2000, "the students and what happens to each"),
                  integer("rowVersion", false, 0, MaxId, "row version (required with id)")};
    }
    {
        OpSpec &s = op("studenthr.orders.sign", "studenthr", "studenthr.orders",
                       "Signs a draft order and applies every item in one transaction (status, group, funding, names), writing the "
                       "students' history. All or nothing: an item no longer valid refuses the whole order (validation_failed with "
                       "details.item). Errors: invalid_state (not a draft), conflict.");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "order id"), integer("rowVersion", true, 0, MaxId, "row version")};
    }
    {
        OpSpec &s = op("studenthr.orders.cancel", "studenthr", "studenthr.orders",
                       "Cancels an order. A draft is cancelled at once; a signed order needs the vice-rector's approval and, when "
                       "approved, its effects are reversed in one transaction (refused with invalid_state if a later signed order "
                       "touched the same students: details.state later_orders, details.laterOrderId). Result: {state: cancelled} or "
                       "{requestId, state: pending}. Errors: invalid_state (already cancelled), not_found.");
        s.mutates = true;
        s.approval = true;
        s.args = {integer("id", true, 1, MaxId, "order id"), str("reason", true, 1000, "why", 3)};
    }
    op("studenthr.contingent.at", "studenthr", "studenthr.read",
       "The contingent as it was at the end of a past (or today's) date, rebuilt from the signed orders: [{studentId, name, groupId, "
       "groupName, course, status, funding}] — the students counted in the contingent (status active or leave). With groupId: only "
       "that group (\"who was in group X on 1 March\"). Before a student's first order the initial import row (valid from 1 September "
       "of the group's entry year) counts.")
        .args = {date("date", true, "the date"), integer("groupId", false, 1, MaxId, "only this group")};
    op("studenthr.year.preview", "studenthr", "studenthr.write",
       "What rolling the academic year forward would do: {promote [{groupId, groupName, fromCourse, toCourse, students}], "
       "graduate [{groupId, groupName, students}], skipped [{groupId, groupName, reason: no_active_students}]}. Students on leave "
       "are not in the orders.")
        .args = {integer("unitId", false, 1, MaxId, "only groups of this unit")};
    {
        OpSpec &s = op("studenthr.year.rollForward", "studenthr", "studenthr.orders",
                       "Rolls the academic year forward in one transaction: one signed promotion order (courses + 1 for every "
                       "non-final group and its active students) and one signed graduation order (final-year groups). Result: "
                       "{promotionOrderId, graduationOrderId, promoted, graduated} (an order id is 0 when that order had nobody). "
                       "Errors: invalid_state (nothing_to_do), already_exists (number), validation_failed (same_number).");
        s.mutates = true;
        s.args = {str("promotionNumber", true, 40, "number of the promotion order", 1), str("graduationNumber", true, 40, "number of the graduation order", 1),
                  date("date", true, "orders' date"), integer("unitId", false, 1, MaxId, "only groups of this unit")};
    }
    op("studenthr.notifications", "studenthr", "studenthr.read",
       "Things the office should act on: [{kind (leave_ending|leave_overdue|group_without_curator), studentId?, groupId?, text, date}].");
    {
        OpSpec &s = op("studenthr.import", "studenthr", "studenthr.write",
                       "Imports student cards (status candidate unless groupName is given: then active in that group by a signed "
                       "admission order numbered orderNumber). rows: [{lastName, firstName, patronymic?, pin?, birthDate, gender, "
                       "groupName?, funding?, nationality?, phone?, soateCode?}]. With commit false (default) nothing is written and "
                       "the result lists every row's problems: {ok, rows, errors [{row, field, reason}], duplicates [{row, id, "
                       "reason: pin|name_birth|in_file, sameAsRow?}]}; row is the 0-based index into rows; id is the existing "
                       "student (0 for in_file, where sameAsRow names the earlier row). Error reasons: missing, type, unknown, "
                       "too_long, characters, mixed_script (Latin and Cyrillic letters in one name), format, range, not_allowed, "
                       "not_found (groupName, soateCode), not_authorized (group outside scope), and the PIN reasons of "
                       "studenthr.students.save. birthDate may be yyyy-MM-dd or dd.MM.yyyy; gender F|M (also Ж, М, Э). With commit "
                       "true the valid rows are imported in one transaction (rows with errors or duplicates skipped) and the result "
                       "adds imported, admitted and orderId (when rows had a group). A list sent in several requests with the same orderNumber and "
                       "orderDate: the later requests add their students to the signed admission order the first one created (same user). "
                       "Errors: validation_failed (orderNumber missing), already_exists (orderNumber used by another order).");
        s.mutates = true;
        s.args = {array("rows", true, 20000, "the rows, already mapped to field names"), boolean("commit", false, "write (true) or only check"),
                  str("orderNumber", false, 40, "number of the admission order for rows with a group"), date("orderDate", false, "its date")};
    }
    op("studenthr.reports.contingent", "studenthr", "studenthr.read",
       "Contingent counts at a date (default today) grouped by one dimension: rows [{key, label, total, budget, contract, female, male}] "
       "and totals {total, budget, contract, female, male}; also date and by. The contingent is every student active or on leave at "
       "the date (from the history, as studenthr.contingent.at). key is the code (age: years at the date), label the Kyrgyz name; "
       "faculty and specialty rows also carry nameKy, nameRu and nameEn (the Russian name when there is no English one). "
       "by: faculty | specialty | course | studyForm | funding | age | nationality.")
        .args = {oneOf("by", true, {"faculty", "specialty", "course", "studyForm", "funding", "age", "nationality"}, "grouping"),
                 date("date", false, "at this date"), integer("unitId", false, 1, MaxId, "only this unit")};
    op("studenthr.reports.movement", "studenthr", "studenthr.read",
       "Movement for a period from signed orders: rows [{kind, reason, count}] and totals {admitted, expelled, transferred, "
       "onLeave, returned, reinstated, graduated}.")
        .args = {date("from", true, "first day"), date("to", true, "last day"), integer("unitId", false, 1, MaxId, "only this unit")};

    // --- staff HR office: employee cards, staff orders, reports (issue 5) -----------------------
    op("staffhr.employees.list", "staffhr", "staffhr.read",
       "Employees the caller may see (dean/department/college: those with a position, current or past, in a unit within their "
       "unit), sorted by name: id, pin, lastName, firstName, patronymic, birthDate, gender, degree, title, status "
       "(active|dismissed), onLeave (bool, today), positions (\"position, unit code, rate\" of the open positions joined by \"; \"), "
       "rate (sum of open rates), teaching (holds an open teaching position), unitIds (units of open positions).")
        .args = {integer("unitId", false, 1, MaxId, "only employees with an open position in this unit or below"),
                 str("query", false, 100, "part of a name (any spelling) or the start of the PIN"),
                 boolean("includeDismissed", false, "also dismissed employees (default false)")};
    op("staffhr.employees.get", "staffhr", "staffhr.read",
       "The personal card: id, pin, lastName, firstName, patronymic, lastNameRu, firstNameRu, patronymicRu, latinName, birthDate, "
       "gender, education, degree (candidate|doctor|phd), title (docent|professor), phone, email, address, status, rowVersion, "
       "positions [{id, unitId, unitCode, unitNameKy, unitNameRu, position, rate, teaching, since, until, open}], "
       "leaves [{id, kind, dateFrom, dateTo, orderId}], awards [{id, kind, text, date, orderId}], history [{orderId, orderNo, "
       "orderDate, kind, summary}] (signed orders, oldest first). Errors: not_found, not_authorized (outside scope).")
        .args = {integer("id", true, 1, MaxId, "employee id")};
    {
        OpSpec &s = op("staffhr.employees.save", "staffhr", "staffhr.write",
                       "Creates (no id) or updates (id + rowVersion) an employee's personal card. Positions, leaves, awards and "
                       "dismissal change only by staff orders. PIN: 14 digits, first digit 1 (female) or 2 (male) matching gender, "
                       "digits 2-9 the birth date ddMMyyyy (common/domain/pin.h). Errors: validation_failed (details.field, "
                       "details.reason), already_exists (details.field pin, details.id), conflict (stale rowVersion; details.current), "
                       "not_found.");
        s.mutates = true;
        s.offline = true;
        s.args = {integer("id", false, 1, MaxId, "employee id (omit to create)"),
                  str("lastName", true, 100, "last name (Kyrgyz spelling)", 1), str("firstName", true, 100, "first name", 1),
                  str("patronymic", false, 100, "patronymic"),
                  str("lastNameRu", false, 100, "last name, Russian spelling"), str("firstNameRu", false, 100, "first name, Russian spelling"),
                  str("patronymicRu", false, 100, "patronymic, Russian spelling"),
                  str("latinName", false, 200, "name in Latin letters"),
                  str("pin", false, 14, "personal identification number (14 digits)"), date("birthDate", false, "date of birth"),
                  oneOf("gender", true, {"F", "M"}, "gender"),
                  str("education", false, 500, "education: institution, year, speciality, diploma"),
                  oneOf("degree", false, {"", "candidate", "doctor", "phd"}, "academic degree (empty: none)"),
                  oneOf("title", false, {"", "docent", "professor"}, "academic title (empty: none)"),
                  str("phone", false, 32, "phone"), str("email", false, 254, "e-mail"), str("address", false, 300, "address"),
                  integer("rowVersion", false, 0, MaxId, "row version (required with id)")};
    }
    op("staffhr.orders.list", "staffhr", "staffhr.read",
       "Staff orders, newest first: id, number, date, kind, title, state (draft|signed|cancelled), itemCount, employees (names, "
       "joined by \", \"), signedAt, cancelReason.")
        .args = {oneOf("state", false, {"draft", "signed", "cancelled"}, "only this state"),
                 oneOf("kind", false, {"hiring", "transfer", "leave", "award", "dismissal"}, "only this kind"),
                 integer("employeeId", false, 1, MaxId, "only orders about this employee"),
                 integer("limit", false, 1, 1000, "at most this many (default 200)")};
    op("staffhr.orders.get", "staffhr", "staffhr.read",
       "One staff order: {id, number, date, kind, title, basis, state, rowVersion, signedAt, cancelReason, items [{employeeId, "
       "employeeName, unitId, unitCode, position, rate, teaching, fromPositionId, fromPosition, leaveKind, dateFrom, dateTo, "
       "awardKind, text, reason, summary}]}. Errors: not_found.")
        .args = {integer("id", true, 1, MaxId, "order id")};
    {
        OpSpec &s = op("staffhr.orders.save", "staffhr", "staffhr.write",
                       "Creates or edits a draft staff order. Kinds and the item fields they need: hiring (unitId, position, rate "
                       "0.25..1.5, teaching, dateFrom), transfer (fromPositionId: an open position of the employee; unitId, position, "
                       "rate, teaching, dateFrom), leave (leaveKind annual|study|maternity|unpaid|sick, dateFrom, dateTo), award "
                       "(awardKind, text), dismissal (reason, dateFrom: the last working day). items: [{employeeId, ...}] (replaces the "
                       "items; rate a number such as 0.75 or a string \"0.75\"). Errors: validation_failed (details.item, "
                       "details.field, details.reason), invalid_state (not a draft), conflict, already_exists (number in that year).");
        s.mutates = true;
        s.args = {integer("id", false, 1, MaxId, "order id (omit to create)"),
                  oneOf("kind", true, {"hiring", "transfer", "leave", "award", "dismissal"}, "kind of order"),
                  str("number", true, 40, "order number, unique per year", 1), date("date", true, "order date"),
                  str("title", false, 300, "title (default from the kind)"), str("basis", false, 500, "grounds"),
                  array("items", true, 500, "the employees and what happens to each"),
                  integer("rowVersion", false, 0, MaxId, "row version (required with id)")};
    }
    {
        OpSpec &s = op("staffhr.orders.sign", "staffhr", "staffhr.orders",
                       "Signs a draft staff order and applies every item in one transaction: hiring opens a position, transfer closes "
                       "the old position the day before dateFrom and opens the new one, leave records the leave, award records the "
                       "award, dismissal closes every open position on dateFrom and marks the employee dismissed. Writes the history. "
                       "All or nothing: an item no longer valid refuses the whole order (validation_failed with details.item). "
                       "Errors: invalid_state (not a draft), conflict.");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "order id"), integer("rowVersion", true, 0, MaxId, "row version")};
    }
    {
        OpSpec &s = op("staffhr.orders.cancel", "staffhr", "staffhr.orders",
                       "Cancels a staff order. A draft is cancelled at once; a signed order needs the vice-rector's approval and, when "
                       "approved, its effects are reversed in one transaction (refused with invalid_state if a later signed order "
                       "touched the same employees). Result: {state: cancelled} or {requestId, state: pending}.");
        s.mutates = true;
        s.approval = true;
        s.args = {integer("id", true, 1, MaxId, "order id"), str("reason", true, 1000, "why", 3)};
    }
    op("staffhr.reports.staff", "staffhr", "staffhr.read",
       "Staff at a date (default today) from the open positions, grouped: by unit (rows [{key, label, employees, rate, teaching, "
       "female, male}]), degree, title, age (bands <30, 30-39, 40-49, 50-59, 60-64, 65+), or onLeave (rows: one per employee on "
       "leave {key, label, unit, leaveKind, dateFrom, dateTo}). Result {by, date, rows, totals {employees, rate, female, male}}; "
       "scoped roles count only their units' positions.")
        .args = {oneOf("by", true, {"unit", "degree", "title", "age", "onLeave"}, "grouping"), date("date", false, "at this date"),
                 integer("unitId", false, 1, MaxId, "only this unit and below")};

    // --- documents -------------------------------------------------------------------------
    op("documents.prepare", "documents", "documents.read",
       "The data of an unofficial document for printing or export (common/documents/document.h: {kind, lang, title, fields, tables}). "
       "Kinds: group_list and order_sample (subject: a group), student_order (subject: a student order, draft or signed), contingent_form (the Ministry's contingent return; subject: an org unit — the university or a faculty; schema resources/documents/contingent_form/schema.xsd). Official kinds are refused (use documents.issue). "
       "Errors: validation_failed (field kind, reason official_kind), not_found, not_authorized (subject outside scope), "
       "invalid_state (order_sample of a final-year group).")
        .args = {oneOf("kind", true, kDocumentKinds, "document kind"), integer("subjectId", true, 1, MaxId, "group or student id"),
                 oneOf("lang", false, {"ky", "ru", "en"}, "language of the document (default ky)")};
    {
        OpSpec &s = op("documents.issue", "documents", "documents.issue",
                       "Issues an official paper: allocates a registration number (e.g. МК-2026-000123) and a verification code, "
                       "picks the signer, stores the register row with a snapshot of the certified fields and returns the document "
                       "with its official block {regNo, issuedAt, signer, signerPosition, verifyCode, qr}. Kinds: study_certificate "
                       "(subject: an active student). Errors: validation_failed (field kind, reason not_official), not_found, "
                       "not_authorized (subject outside scope), invalid_state (student not active).");
        s.mutates = true;
        s.args = {oneOf("kind", true, kDocumentKinds, "document kind"), integer("subjectId", true, 1, MaxId, "student id"),
                  oneOf("lang", false, {"ky", "ru", "en"}, "language of the document (default ky)"),
                  str("purpose", false, 300, "where the paper is to be presented (default: where required)")};
    }
    op("documents.verify", "documents", "",
       "Checks an official paper by its verification code (XXXX-XXXX-XXXX-XXXX, any case, with or without dashes, or the whole QR "
       "text). No session needed. Result: {genuine, reason?: malformed|unknown|revoked|tampered}; when the code is registered also "
       "kind, regNo, issuedAt, signer, signerPosition, subjectName, lang, revokedAt?, certifies (the certified fields). "
       "Errors: throttled (details.retryAfter) after too many malformed or unknown codes from one address.")
        .args = {str("code", true, 200, "verification code or QR text", 1)};
    op("documents.register.list", "documents", "documents.read",
       "The register of issued papers, newest first (scoped roles: of their unit). Each: id, kind, regNo, issuedAt, subjectKind, "
       "subjectId, subjectName, lang, signer, signerPosition, issuedBy (full name), revokedAt?, revokedReason?.")
        .args = {oneOf("kind", false, kDocumentKinds, "only this kind"),
                 str("query", false, 100, "part of the registration number or the subject's name"),
                 integer("limit", false, 1, 500, "at most this many (default 100)"),
                 integer("beforeId", false, 1, MaxId, "only entries older than this id")};
    {
        OpSpec &s = op("documents.revoke", "documents", "documents.issue",
                       "Revokes an issued paper: verification then answers revoked. Errors: not_found, not_authorized, "
                       "invalid_state (already revoked).");
        s.mutates = true;
        s.args = {integer("id", true, 1, MaxId, "register entry id"), str("reason", true, 1000, "why", 3)};
    }
    return ops;
}

QList<RoleSpec> buildRoles()
{
    const QStringList base{QStringLiteral("session"), QStringLiteral("org.read")};
    auto with = [&base](QStringList extra) {
        QStringList p = base;
        p += extra;
        return p;
    };
    auto mods = [](QStringList m) { return m; };
    return {
        {"sysadmin", "", with({"org.write", "approvals.read", "audit.read", "users.manage", "system.status", "studenthr.read",
                                "documents.read", "documents.issue", "staffhr.read"}),
         mods({"admin", "org", "approvals", "audit", "documents"}), "System administrator: users, roles, backups, logs"},
        {"vicerector", "", with({"approvals.read", "approvals.decide", "audit.read", "studenthr.read", "documents.read", "staffhr.read"}),
         mods({"approvals", "org", "audit", "reports", "documents"}), "Vice-rector for academic affairs: approves deletions and drastic changes"},
        {"accounting", "", with({}), mods({"cashier", "reports"}), "Accounting: tuition payments"},
        {"staffhr", "", with({"approvals.read", "staffhr.read", "staffhr.write", "staffhr.orders"}), mods({"staffhr", "reports"}), "Staff HR office"},
        {"studenthr", "", with({"approvals.read", "studenthr.read", "studenthr.write", "studenthr.orders", "documents.read", "documents.issue",
                                 "staffhr.read"}),
         mods({"studenthr", "reports", "documents"}), "Student HR office"},
        {"admissions", "", with({}), mods({"admissions"}), "Admissions office"},
        {"academic", "", with({"org.write", "approvals.read", "studenthr.read", "documents.read", "staffhr.read"}),
         mods({"org", "curriculum", "load", "timetable", "reports", "documents"}), "Academic affairs office"},
        {"dean", "faculty", with({"org.write", "approvals.read", "studenthr.read", "documents.read", "documents.issue", "staffhr.read"}),
         mods({"dean", "studenthr", "staffhr", "org", "reports", "documents"}), "Dean's office of one faculty"},
        {"department", "department", with({"studenthr.read", "staffhr.read"}), mods({"department", "load"}), "Department (chair)"},
        {"college", "college", with({"org.write", "approvals.read", "studenthr.read", "documents.read", "documents.issue", "staffhr.read"}),
         mods({"college", "studenthr", "staffhr", "org", "reports", "documents"}), "College staff"},
        {"teacher", "", with({}), mods({"teacher"}), "Teacher: own courses"},
        {"curator", "", with({"studenthr.read"}), mods({"curator", "studenthr"}), "Curator: own groups"},
        {"student", "", with({"studenthr.own"}), mods({"student"}), "Student: own record"},
        {"parent", "", with({"studenthr.own"}), mods({"parent"}), "Parent: their child's record"},
        {"applicant", "", with({}), mods({"applicant"}), "Applicant: own application"},
    };
}

bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

Error argError(const ArgSpec &a, const char *reason, qint64 limit = -1)
{
    Error e;
    e.code = ErrorCode::ValidationFailed;
    e.details.insert(QStringLiteral("field"), a.name);
    e.details.insert(QStringLiteral("reason"), QString::fromLatin1(reason));
    if (limit >= 0) {
        e.details.insert(QStringLiteral("limit"), limit);
    }
    e.message = QStringLiteral("argument '%1': %2").arg(a.name, QString::fromLatin1(reason));
    return e;
}

} // namespace

const QList<OpSpec> &Registry::ops()
{
    static const QList<OpSpec> all = buildOps();
    return all;
}

const OpSpec *Registry::find(const QString &name)
{
    for (const OpSpec &s : ops()) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

const QList<RoleSpec> &Registry::roles()
{
    static const QList<RoleSpec> all = buildRoles();
    return all;
}

const RoleSpec *Registry::role(const QString &name)
{
    for (const RoleSpec &r : roles()) {
        if (r.name == name) {
            return &r;
        }
    }
    return nullptr;
}

QStringList Registry::roleNames()
{
    QStringList out;
    for (const RoleSpec &r : roles()) {
        out << r.name;
    }
    return out;
}

QStringList Registry::permissions()
{
    QStringList out;
    for (const OpSpec &s : ops()) {
        if (!s.permission.isEmpty() && !out.contains(s.permission)) {
            out << s.permission;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool Registry::roleHas(const QString &roleName, const QString &permission)
{
    const RoleSpec *r = role(roleName);
    return r && r->permissions.contains(permission);
}

std::optional<Error> Registry::validate(const OpSpec &op, const QCborMap &args)
{
    for (auto it = args.constBegin(); it != args.constEnd(); ++it) {
        const QString key = it.key().toString();
        const bool known = std::any_of(op.args.cbegin(), op.args.cend(), [&key](const ArgSpec &a) { return a.name == key; });
        if (!it.key().isString() || !known) {
            Error e;
            e.code = ErrorCode::ValidationFailed;
            e.details.insert(QStringLiteral("field"), key);
            e.details.insert(QStringLiteral("reason"), QStringLiteral("unknown"));
            e.message = QStringLiteral("unknown argument '%1'").arg(key);
            return e;
        }
    }
    for (const ArgSpec &a : op.args) {
        const QCborValue v = args.value(a.name);
        if (v.isUndefined() || v.isNull()) {
            if (a.required) {
                return argError(a, "missing");
            }
            continue;
        }
        switch (a.type) {
        case ArgType::String:
        case ArgType::Uuid: {
            if (!v.isString()) {
                return argError(a, "type");
            }
            const QString s = v.toString();
            if (a.type == ArgType::Uuid && !isUuid(s)) {
                return argError(a, "format");
            }
            if (a.required && s.trimmed().isEmpty()) {
                return argError(a, "missing");
            }
            if (a.min > 0 && s.size() < a.min) {
                return argError(a, "too_short", a.min);
            }
            if (a.max > 0 && s.size() > a.max) {
                return argError(a, "too_long", a.max);
            }
            if (!a.oneOf.isEmpty() && !a.oneOf.contains(s)) {
                return argError(a, "not_allowed");
            }
            break;
        }
        case ArgType::Int:
            if (!v.isInteger()) {
                return argError(a, "type");
            }
            if (v.toInteger() < a.min) {
                return argError(a, "range", a.min);
            }
            if (a.max != 0 && v.toInteger() > a.max) {
                return argError(a, "range", a.max);
            }
            break;
        case ArgType::Bool:
            if (!v.isBool()) {
                return argError(a, "type");
            }
            break;
        case ArgType::Map:
            if (!v.isMap()) {
                return argError(a, "type");
            }
            break;
        case ArgType::Array:
            if (!v.isArray()) {
                return argError(a, "type");
            }
            if (a.max > 0 && v.toArray().size() > a.max) {
                return argError(a, "too_many");
            }
            break;
        }
    }
    return std::nullopt;
}

QString argTypeName(ArgType t)
{
    switch (t) {
    case ArgType::String: return QStringLiteral("string");
    case ArgType::Int: return QStringLiteral("int");
    case ArgType::Bool: return QStringLiteral("bool");
    case ArgType::Map: return QStringLiteral("map");
    case ArgType::Array: return QStringLiteral("array");
    case ArgType::Uuid: return QStringLiteral("uuid");
    }
    return {};
}

QString Registry::markdown()
{
    QString md;
    md += QStringLiteral("# eBilim protocol reference\n\n");
    md += QStringLiteral("<!-- Generated from common/protocol/registry.cpp by `ebilim-cli ops --markdown`. Do not edit: "
                         "tests/common/tst_registry fails when this file is stale. -->\n\n");
    md += QStringLiteral("Protocol version %1.%2. Transport: TLS 1.2+; frames are a big-endian quint32 length followed by one "
                         "CBOR map (at most %3 bytes).\n\n")
              .arg(ProtocolMajor)
              .arg(ProtocolMinor)
              .arg(1024 * 1024);
    md += QStringLiteral("- Request: `{id: int, op: string, args: map, key: uuid-string}` — `key` is required on mutating ops; "
                         "a repeated key returns the stored result without applying twice (also when it arrives while the first is still committing, on this or another server).\n"
                         "- Response: `{id, ok: true, result}` or `{id, ok: false, error: {code, details, message}}`.\n"
                         "- Push: `{event: string, data: map}` (`changed`: `{entity, id, op, instance}`).\n\n");
    md += QStringLiteral("## Error codes\n\n");
    for (int c = int(ErrorCode::BadFrame); c <= int(ErrorCode::Internal); ++c) {
        md += QStringLiteral("- `%1`\n").arg(errorCodeName(ErrorCode(c)));
    }
    md += QStringLiteral("\n## Roles\n\n| role | scope | permissions | modules | description |\n|---|---|---|---|---|\n");
    for (const RoleSpec &r : roles()) {
        md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                  .arg(r.name, r.scopeKind.isEmpty() ? QStringLiteral("—") : r.scopeKind, r.permissions.join(QStringLiteral(", ")),
                       r.modules.join(QStringLiteral(", ")), r.doc);
    }
    md += QStringLiteral("\n## Ops\n");
    QString module;
    for (const OpSpec &s : ops()) {
        if (s.module != module) {
            module = s.module;
            md += QStringLiteral("\n### Module `%1`\n").arg(module);
        }
        md += QStringLiteral("\n#### `%1`\n\n%2\n\n").arg(s.name, s.doc);
        QStringList flags;
        flags << (s.permission.isEmpty() ? QStringLiteral("no session needed") : QStringLiteral("permission `%1`").arg(s.permission));
        if (s.mutates) {
            flags << QStringLiteral("mutating (key required, audited)");
        }
        if (s.offline) {
            flags << QStringLiteral("offline-capable");
        }
        if (s.approval) {
            flags << QStringLiteral("needs vice-rector approval");
        }
        if (!s.scopeArg.isEmpty()) {
            flags << QStringLiteral("scope checked on `%1`").arg(s.scopeArg);
        }
        md += flags.join(QStringLiteral("; ")) + QStringLiteral("\n");
        if (!s.args.isEmpty()) {
            md += QStringLiteral("\n| arg | type | required | limits | description |\n|---|---|---|---|---|\n");
            for (const ArgSpec &a : s.args) {
                QString limits;
                if (!a.oneOf.isEmpty()) {
                    limits = a.oneOf.join(QStringLiteral(" \\| "));
                } else if (a.type == ArgType::Int) {
                    limits = a.max ? QStringLiteral("%1..%2").arg(a.min).arg(a.max) : QStringLiteral("≥ %1").arg(a.min);
                } else if (a.type == ArgType::String && (a.min || a.max)) {
                    limits = QStringLiteral("length %1..%2").arg(a.min).arg(a.max);
                }
                md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                          .arg(a.name, argTypeName(a.type), a.required ? QStringLiteral("yes") : QStringLiteral("no"), limits, a.doc);
            }
        }
    }
    return md;
}

} // namespace Ebilim::Protocol
