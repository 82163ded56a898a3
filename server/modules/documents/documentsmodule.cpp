// Module "documents": the data of printable documents (documents.prepare), official papers
// with a registration number and a verification code (documents.issue), their register,
// revocation, and public verification by code.
#include "modules.h"

#include "dispatch/opcontext.h"
#include "documentkinds.h"
#include "storage/database.h"
#include "studenthr/studyrecords.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace Ebilim::Server {

using Documents::Document;
using Protocol::ErrorCode;

namespace {

QString langOf(const OpContext &ctx)
{
    return ctx.has(QStringLiteral("lang")) ? ctx.str(QStringLiteral("lang")) : QStringLiteral("ky");
}

/// The kind named by the "kind" argument; refuses kinds on the wrong op.
const DocumentKind &kindFor(const OpContext &ctx, bool official)
{
    const QString name = ctx.str(QStringLiteral("kind"));
    const DocumentKind *kind = DocumentKinds::find(name);
    if (!kind || kind->official != official) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("kind"));
        d.insert(QStringLiteral("reason"), !kind ? QStringLiteral("not_allowed") : official ? QStringLiteral("not_official")
                                                                                            : QStringLiteral("official_kind"));
        if (kind) {
            d.insert(QStringLiteral("use"), official ? QStringLiteral("documents.prepare") : QStringLiteral("documents.issue"));
        }
        OpContext::fail(ErrorCode::ValidationFailed, d,
                        !kind      ? QStringLiteral("unknown document kind")
                        : official ? QStringLiteral("%1 is not an official paper: use documents.prepare").arg(name)
                                   : QStringLiteral("%1 is an official paper: use documents.issue").arg(name));
    }
    return *kind;
}

/// The subject named by subjectId, checked against the caller's scope.
DocumentSubject subjectFor(const OpContext &ctx, const DocumentKind &kind)
{
    const DocumentSubject subject = loadDocumentSubject(ctx.db, kind.subjectKind, ctx.integer(QStringLiteral("subjectId")));
    RecordScope::of(ctx, ctx.spec.permission).require(ctx.db, ctx.spec.permission, subject.unitId, subject.groupId);
    return subject;
}

QDate today(const OpContext &ctx)
{
    return ctx.now().toLocalTime().date();
}

QCborValue prepare(OpContext &ctx)
{
    const DocumentKind &kind = kindFor(ctx, false);
    const DocumentRequest request{ctx, subjectFor(ctx, kind), langOf(ctx), QString(), today(ctx)};
    return kind.data(request).toCbor();
}

QCborValue issue(OpContext &ctx)
{
    const DocumentKind &kind = kindFor(ctx, true);
    const QString lang = langOf(ctx);
    const DocumentRequest request{ctx, subjectFor(ctx, kind), lang, ctx.str(QStringLiteral("purpose")), today(ctx)};
    Document doc = kind.data(request);

    // The certified snapshot: the document without its official block, as CBOR (keeps field order).
    const QByteArray content = doc.toCbor().toCborValue().toCbor();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    const int year = request.date.year();
    const qint64 number = scalar(ctx.db,
                                 QStringLiteral("INSERT INTO documents.counters(kind, year, last) VALUES (?, ?, 1) "
                                                "ON CONFLICT (kind, year) DO UPDATE SET last = documents.counters.last + 1 RETURNING last"),
                                 {kind.name, year})
                              .toLongLong();
    const QString regNo = QStringLiteral("%1-%2-%3").arg(kind.regPrefix).arg(year).arg(number, 6, 10, QLatin1Char('0'));
    const QString code = Documents::VerifyCode::generate();
    const QString normalized = Documents::VerifyCode::normalize(code);
    const DocumentSigner signer = findSigner(ctx.db, kind.signerKind, request.subject.unitId, lang, ctx.userId());

    qint64 id = 0;
    try {
        id = scalar(ctx.db,
                    QStringLiteral("INSERT INTO documents.register(kind, reg_no, issued_at, issued_by, subject_kind, subject_id, subject_name, "
                                   "unit_id, lang, signer, signer_position, verify_code, content, content_sha256) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {kind.name, regNo, request.date, ctx.userId(), request.subject.kind, request.subject.id, request.subject.name,
                     request.subject.unitId > 0 ? QVariant(request.subject.unitId) : QVariant(QMetaType::fromType<qlonglong>()), lang,
                     signer.name, signer.position, normalized, content, sha})
                 .toLongLong();
    } catch (const SqlError &e) {
        if (e.isUniqueViolation()) {
            // A verification code drawn twice (70 random bits: practically never): run the op again.
            throw SqlError(QStringLiteral("40001"), e.text);
        }
        throw;
    }

    doc.official.regNo = regNo;
    doc.official.issuedAt = request.date;
    doc.official.signer = signer.name;
    doc.official.signerPosition = signer.position;
    doc.official.verifyCode = code;
    doc.official.qr = Documents::verificationUri(code, regNo);

    QCborMap after;
    after.insert(QStringLiteral("kind"), kind.name);
    after.insert(QStringLiteral("regNo"), regNo);
    after.insert(QStringLiteral("subjectKind"), request.subject.kind);
    after.insert(QStringLiteral("subjectId"), request.subject.id);
    after.insert(QStringLiteral("subjectName"), request.subject.name);
    after.insert(QStringLiteral("lang"), lang);
    after.insert(QStringLiteral("signer"), signer.name);
    after.insert(QStringLiteral("contentSha256"), sha);
    ctx.audit(QStringLiteral("document"), QString::number(id), {}, after);
    ctx.notifyChange(QStringLiteral("document"), id, QStringLiteral("created"));
    return doc.toCbor();
}

// --- verification ----------------------------------------------------------------------------

/// Failed verifications (malformed or unknown codes) per address: a guesser is slowed down
/// long before 70 random bits could matter, and the database is spared the load.
class VerifyThrottle
{
public:
    static constexpr int WindowSeconds = 600;
    static constexpr int MaxFailures = 20;

    /// Seconds to wait before @p peer may verify again (0: now).
    qint64 retryAfter(const QString &peer, const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        QList<QDateTime> &list = prune(peer, now);
        if (list.size() < MaxFailures) {
            return 0;
        }
        return qMax<qint64>(1, now.secsTo(list.first().addSecs(WindowSeconds)));
    }
    void fail(const QString &peer, const QDateTime &now)
    {
        QMutexLocker lock(&m_mutex);
        prune(peer, now).append(now);
        if (m_failures.size() > 10000) { // forget addresses whose failures all expired
            for (auto it = m_failures.begin(); it != m_failures.end();) {
                it = it->isEmpty() || it->last().secsTo(now) >= WindowSeconds ? m_failures.erase(it) : std::next(it);
            }
        }
    }

private:
    QList<QDateTime> &prune(const QString &peer, const QDateTime &now)
    {
        QList<QDateTime> &list = m_failures[peer];
        while (!list.isEmpty() && list.first().secsTo(now) >= WindowSeconds) {
            list.removeFirst();
        }
        return list;
    }
    QMutex m_mutex;
    QHash<QString, QList<QDateTime>> m_failures;
};

VerifyThrottle &verifyThrottle()
{
    static VerifyThrottle t;
    return t;
}

QCborMap notGenuine(const QString &reason)
{
    QCborMap r;
    r.insert(QStringLiteral("genuine"), false);
    r.insert(QStringLiteral("reason"), reason);
    return r;
}

QCborValue verify(OpContext &ctx)
{
    const QDateTime now = ctx.now();
    if (const qint64 wait = verifyThrottle().retryAfter(ctx.peer, now); wait > 0) {
        QCborMap d;
        d.insert(QStringLiteral("retryAfter"), wait);
        OpContext::fail(ErrorCode::Throttled, d, QStringLiteral("too many unknown verification codes from this address"));
    }
    const QString code = Documents::VerifyCode::normalize(Documents::codeFromUri(ctx.str(QStringLiteral("code"))));
    if (code.isEmpty()) {
        verifyThrottle().fail(ctx.peer, now);
        return notGenuine(QStringLiteral("malformed"));
    }
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT kind, reg_no, issued_at, signer, signer_position, subject_name, lang, revoked_at, content, "
                                      "content_sha256 FROM documents.register WHERE verify_code = ?"),
                       {code});
    if (!q.next()) {
        verifyThrottle().fail(ctx.peer, now);
        return notGenuine(QStringLiteral("unknown"));
    }
    const QByteArray content = q.value(8).toByteArray();
    const bool intact = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) == q.value(9).toString();
    const bool revoked = !q.value(7).isNull();
    QCborMap r;
    r.insert(QStringLiteral("genuine"), intact && !revoked);
    if (!intact) {
        r.insert(QStringLiteral("reason"), QStringLiteral("tampered"));
    } else if (revoked) {
        r.insert(QStringLiteral("reason"), QStringLiteral("revoked"));
    }
    r.insert(QStringLiteral("kind"), q.value(0).toString());
    r.insert(QStringLiteral("regNo"), q.value(1).toString());
    r.insert(QStringLiteral("issuedAt"), q.value(2).toDate().toString(Qt::ISODate));
    r.insert(QStringLiteral("signer"), q.value(3).toString());
    r.insert(QStringLiteral("signerPosition"), q.value(4).toString());
    r.insert(QStringLiteral("subjectName"), q.value(5).toString());
    r.insert(QStringLiteral("lang"), q.value(6).toString());
    if (revoked) {
        r.insert(QStringLiteral("revokedAt"), q.value(7).toDateTime().toUTC().toString(Qt::ISODate));
    }
    if (intact) {
        r.insert(QStringLiteral("certifies"), QCborValue::fromCbor(content).toMap().value(QStringLiteral("fields")));
    }
    return r;
}

// --- the register ------------------------------------------------------------------------------

const QString kRegisterColumns = QStringLiteral(
    "r.id, r.kind, r.reg_no, r.issued_at, r.subject_kind, r.subject_id, r.subject_name, r.lang, r.signer, r.signer_position, "
    "coalesce(u.full_name, ''), r.revoked_at, coalesce(r.revoked_reason, ''), coalesce(r.unit_id, 0) "
    "FROM documents.register r LEFT JOIN core.users u ON u.id = r.issued_by");

QCborMap registerEntryFrom(const QSqlQuery &q)
{
    QCborMap e;
    e.insert(QStringLiteral("id"), q.value(0).toLongLong());
    e.insert(QStringLiteral("kind"), q.value(1).toString());
    e.insert(QStringLiteral("regNo"), q.value(2).toString());
    e.insert(QStringLiteral("issuedAt"), q.value(3).toDate().toString(Qt::ISODate));
    e.insert(QStringLiteral("subjectKind"), q.value(4).toString());
    e.insert(QStringLiteral("subjectId"), q.value(5).toLongLong());
    e.insert(QStringLiteral("subjectName"), q.value(6).toString());
    e.insert(QStringLiteral("lang"), q.value(7).toString());
    e.insert(QStringLiteral("signer"), q.value(8).toString());
    e.insert(QStringLiteral("signerPosition"), q.value(9).toString());
    e.insert(QStringLiteral("issuedBy"), q.value(10).toString());
    if (!q.value(11).isNull()) {
        e.insert(QStringLiteral("revokedAt"), q.value(11).toDateTime().toUTC().toString(Qt::ISODate));
        e.insert(QStringLiteral("revokedReason"), q.value(12).toString());
    }
    return e;
}

QCborValue listRegister(OpContext &ctx)
{
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    const QString kind = ctx.str(QStringLiteral("kind"));
    const QString query = ctx.str(QStringLiteral("query")).trimmed().toLower();
    QVariantList binds = scope.binds();
    binds << kind << kind << query << query << query << ctx.integer(QStringLiteral("beforeId")) << ctx.integer(QStringLiteral("beforeId"))
          << ctx.integer(QStringLiteral("limit"), 100);
    QSqlQuery q = exec(ctx.db,
                       QStringLiteral("SELECT ") + kRegisterColumns + QStringLiteral(" WHERE ")
                           + scope.condition(QStringLiteral("r.unit_id"), QStringLiteral("NULL::bigint"))
                           + QStringLiteral(" AND (coalesce(?::text, '') = '' OR r.kind = ?)"
                                            " AND (coalesce(?::text, '') = '' OR strpos(lower(r.reg_no), ?) > 0 OR strpos(lower(r.subject_name), ?) > 0)"
                                            " AND (?::bigint = 0 OR r.id < ?) ORDER BY r.id DESC LIMIT ?"),
                       binds);
    QCborArray out;
    while (q.next()) {
        out.append(registerEntryFrom(q));
    }
    return out;
}

QCborValue revoke(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT ") + kRegisterColumns + QStringLiteral(" WHERE r.id = ? FOR UPDATE OF r"), {id});
    if (!q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("document"));
        d.insert(QStringLiteral("id"), id);
        OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such register entry"));
    }
    const QCborMap before = registerEntryFrom(q);
    const qint64 unitId = q.value(13).toLongLong();
    q.finish();
    RecordScope::of(ctx, ctx.spec.permission).require(ctx.db, ctx.spec.permission, unitId, 0);
    if (before.contains(QStringLiteral("revokedAt"))) {
        QCborMap d;
        d.insert(QStringLiteral("state"), QStringLiteral("revoked"));
        OpContext::fail(ErrorCode::InvalidState, d, QStringLiteral("the document is already revoked"));
    }
    exec(ctx.db, QStringLiteral("UPDATE documents.register SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE id = ?"),
         {ctx.now(), ctx.str(QStringLiteral("reason")).trimmed(), ctx.userId(), id});
    QSqlQuery a = exec(ctx.db, QStringLiteral("SELECT ") + kRegisterColumns + QStringLiteral(" WHERE r.id = ?"), {id});
    a.next();
    const QCborMap after = registerEntryFrom(a);
    a.finish();
    ctx.audit(QStringLiteral("document"), QString::number(id), before, after);
    ctx.notifyChange(QStringLiteral("document"), id, QStringLiteral("revoked"));
    return after;
}

} // namespace

void registerDocumentsModule()
{
    Handlers::add(QStringLiteral("documents.prepare"), prepare);
    Handlers::add(QStringLiteral("documents.issue"), issue);
    Handlers::add(QStringLiteral("documents.verify"), verify);
    Handlers::add(QStringLiteral("documents.register.list"), listRegister);
    Handlers::add(QStringLiteral("documents.revoke"), revoke);
}

} // namespace Ebilim::Server
