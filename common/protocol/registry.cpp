#include "registry.h"

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
ArgSpec boolean(const char *name, bool required, const char *doc)
{
    return ArgSpec{QString::fromLatin1(name), ArgType::Bool, required, 0, 0, {}, QString::fromUtf8(doc)};
}

constexpr qint64 MaxId = std::numeric_limits<qint64>::max();

/// Every document kind the server can produce (server/modules/documents/documentkinds.cpp has one entry per name).
const QStringList kDocumentKinds{QStringLiteral("study_certificate"), QStringLiteral("group_list"), QStringLiteral("order_sample")};

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

    // --- student records (read side) ------------------------------------------------------
    op("studenthr.groups.list", "studenthr", "studenthr.read",
       "Study groups the caller may see (dean/college: of their faculty or college; curator: own groups; others: all), "
       "sorted by faculty and name. Each: id, name, course, studyForm (fulltime|extramural|distance|evening), language, "
       "entryYear, specialtyId, specialtyCode, specialtyNameKy/Ru/En, level, years, facultyId, facultyCode, facultyNameKy/Ru/En, "
       "studentCount (active students).")
        .args = {integer("unitId", false, 1, MaxId, "only groups whose specialty belongs to this unit or below")};
    op("studenthr.students.list", "studenthr", "studenthr.read",
       "Students of a group, sorted by last and first name: id, pin, lastName, firstName, patronymic, birthDate (ISO), gender (F|M), "
       "funding (budget|contract), status (active|leave|expelled|graduated). Errors: not_found, not_authorized (group outside scope).")
        .args = {integer("groupId", true, 1, MaxId, "group id")};

    // --- documents -------------------------------------------------------------------------
    op("documents.prepare", "documents", "documents.read",
       "The data of an unofficial document for printing or export (common/documents/document.h: {kind, lang, title, fields, tables}). "
       "Kinds: group_list and order_sample (subject: a group). Official kinds are refused (use documents.issue). "
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
                                "documents.read", "documents.issue"}),
         mods({"admin", "org", "approvals", "audit", "documents"}), "System administrator: users, roles, backups, logs"},
        {"vicerector", "", with({"approvals.read", "approvals.decide", "audit.read", "studenthr.read", "documents.read"}),
         mods({"approvals", "org", "audit", "reports", "documents"}), "Vice-rector for academic affairs: approves deletions and drastic changes"},
        {"accounting", "", with({}), mods({"cashier", "reports"}), "Accounting: tuition payments"},
        {"staffhr", "", with({"approvals.read"}), mods({"staffhr", "reports"}), "Staff HR office"},
        {"studenthr", "", with({"approvals.read", "studenthr.read", "documents.read", "documents.issue"}),
         mods({"studenthr", "reports", "documents"}), "Student HR office"},
        {"admissions", "", with({}), mods({"admissions"}), "Admissions office"},
        {"academic", "", with({"org.write", "approvals.read", "studenthr.read", "documents.read"}),
         mods({"org", "curriculum", "load", "timetable", "reports", "documents"}), "Academic affairs office"},
        {"dean", "faculty", with({"org.write", "approvals.read", "studenthr.read", "documents.read", "documents.issue"}),
         mods({"dean", "org", "reports", "documents"}), "Dean's office of one faculty"},
        {"department", "department", with({}), mods({"department", "load"}), "Department (chair)"},
        {"college", "college", with({"org.write", "approvals.read", "studenthr.read", "documents.read", "documents.issue"}),
         mods({"college", "org", "reports", "documents"}), "College staff"},
        {"teacher", "", with({}), mods({"teacher"}), "Teacher: own courses"},
        {"curator", "", with({"studenthr.read"}), mods({"curator"}), "Curator: own groups"},
        {"student", "", with({}), mods({"student"}), "Student: own record"},
        {"parent", "", with({}), mods({"parent"}), "Parent: their child's record"},
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
                         "a repeated key returns the stored result without applying twice.\n"
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
