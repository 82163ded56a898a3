// Student HR office: specialties, study groups, personal cards (with duplicate detection
// and PIN rules), their deletion through approval, search, and the electronic personal file.
#include "domain/pin.h"
#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr.h"
#include "studyrecords.h"

#include <QRegularExpression>

#include <optional>

namespace Ebilim::Server::StudentHr {

using Protocol::ErrorCode;

namespace {

QCborValue listSpecialties(OpContext &ctx)
{
    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT s.id, s.code, s.name_ky, s.name_ru, coalesce(s.name_en, ''), s.level, s.years, "
                                              "s.unit_id, u.code FROM studenthr.specialties s JOIN org.units u ON u.id = s.unit_id "
                                              "ORDER BY u.code, s.code"));
    QCborArray out;
    while (q.next()) {
        QCborMap s;
        s.insert(QStringLiteral("id"), q.value(0).toLongLong());
        s.insert(QStringLiteral("code"), q.value(1).toString());
        s.insert(QStringLiteral("nameKy"), q.value(2).toString());
        s.insert(QStringLiteral("nameRu"), q.value(3).toString());
        s.insert(QStringLiteral("nameEn"), q.value(4).toString());
        s.insert(QStringLiteral("level"), q.value(5).toString());
        s.insert(QStringLiteral("years"), q.value(6).toInt());
        s.insert(QStringLiteral("unitId"), q.value(7).toLongLong());
        s.insert(QStringLiteral("unitCode"), q.value(8).toString());
        out.append(s);
    }
    return out;
}

QCborMap loadGroupRow(const QSqlDatabase &db, qint64 id, bool lock = false)
{
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT g.id, g.name, g.course, g.study_form, g.language, g.entry_year, g.specialty_id, "
                                      "coalesce(g.curator_id, 0), coalesce(g.leader_id, 0), g.budget_places, g.contract_places, "
                                      "g.row_version, sp.unit_id FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                      "WHERE g.id = ?")
                           + (lock ? QStringLiteral(" FOR UPDATE OF g") : QString()),
                       {id});
    if (!q.next()) {
        notFound(QStringLiteral("group"), id);
    }
    QCborMap g;
    g.insert(QStringLiteral("id"), q.value(0).toLongLong());
    g.insert(QStringLiteral("name"), q.value(1).toString());
    g.insert(QStringLiteral("course"), q.value(2).toInt());
    g.insert(QStringLiteral("studyForm"), q.value(3).toString());
    g.insert(QStringLiteral("language"), q.value(4).toString());
    g.insert(QStringLiteral("entryYear"), q.value(5).toInt());
    g.insert(QStringLiteral("specialtyId"), q.value(6).toLongLong());
    g.insert(QStringLiteral("curatorId"), q.value(7).toLongLong());
    g.insert(QStringLiteral("leaderId"), q.value(8).toLongLong());
    if (!q.value(9).isNull()) {
        g.insert(QStringLiteral("budgetPlaces"), q.value(9).toInt());
    }
    if (!q.value(10).isNull()) {
        g.insert(QStringLiteral("contractPlaces"), q.value(10).toInt());
    }
    g.insert(QStringLiteral("rowVersion"), q.value(11).toLongLong());
    g.insert(QStringLiteral("unitId"), q.value(12).toLongLong());
    return g;
}

QCborValue saveGroup(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    const qint64 id = ctx.integer(QStringLiteral("id"));
    const qint64 specialtyId = ctx.integer(QStringLiteral("specialtyId"));
    QSqlQuery sq = exec(ctx.db, QStringLiteral("SELECT unit_id, years FROM studenthr.specialties WHERE id = ?"), {specialtyId});
    if (!sq.next()) {
        invalid(QStringLiteral("specialtyId"), QStringLiteral("not_found"), QStringLiteral("no such specialty"));
    }
    const qint64 unitId = sq.value(0).toLongLong();
    const int years = sq.value(1).toInt();
    sq.finish();
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    scope.require(ctx.db, ctx.spec.permission, unitId, 0);

    const QString name = ctx.str(QStringLiteral("name")).trimmed();
    if (scalar(ctx.db, QStringLiteral("SELECT 1 FROM studenthr.groups WHERE lower(name) = lower(?) AND id <> ?"), {name, id}).isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("field"), QStringLiteral("name"));
        OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("a group with this name exists"));
    }
    QVariant curator = nullId();
    QVariant leader = nullId();
    QCborMap before;
    if (update) {
        before = loadGroupRow(ctx.db, id, true);
        scope.require(ctx.db, ctx.spec.permission, before.value(QStringLiteral("unitId")).toInteger(), id);
        if (!ctx.has(QStringLiteral("rowVersion"))) {
            invalid(QStringLiteral("rowVersion"), QStringLiteral("missing"), QStringLiteral("an update needs the row version it is based on"));
        }
        if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), QStringLiteral("group"));
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("current"), before);
            OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("group changed since it was read"));
        }
        if (ctx.has(QStringLiteral("course")) && ctx.integer(QStringLiteral("course")) != before.value(QStringLiteral("course")).toInteger()) {
            invalid(QStringLiteral("course"), QStringLiteral("by_order_only"), QStringLiteral("the course of a group changes only by orders"));
        }
        if (before.value(QStringLiteral("curatorId")).toInteger() > 0) {
            curator = before.value(QStringLiteral("curatorId")).toInteger();
        }
        if (before.value(QStringLiteral("leaderId")).toInteger() > 0) {
            leader = before.value(QStringLiteral("leaderId")).toInteger();
        }
    }
    const int course = update ? int(before.value(QStringLiteral("course")).toInteger()) : int(ctx.integer(QStringLiteral("course"), 1));
    if (course > years) {
        invalid(QStringLiteral("course"), QStringLiteral("range"), QStringLiteral("the specialty has only %1 years").arg(years),
                QCborMap{{QStringLiteral("limit"), years}});
    }
    if (ctx.has(QStringLiteral("curatorId"))) {
        const qint64 c = ctx.integer(QStringLiteral("curatorId"));
        if (c > 0 && !scalar(ctx.db, QStringLiteral("SELECT 1 FROM staffhr.employees WHERE id = ?"), {c}).isValid()) {
            invalid(QStringLiteral("curatorId"), QStringLiteral("not_found"), QStringLiteral("no such employee"));
        }
        curator = c > 0 ? QVariant(c) : nullId();
    }
    if (ctx.has(QStringLiteral("leaderId"))) {
        const qint64 l = ctx.integer(QStringLiteral("leaderId"));
        if (l > 0
            && !scalar(ctx.db, QStringLiteral("SELECT 1 FROM studenthr.students WHERE id = ? AND group_id = ? AND status IN ('active', 'leave')"),
                       {l, id})
                    .isValid()) {
            invalid(QStringLiteral("leaderId"), QStringLiteral("not_in_group"), QStringLiteral("the group leader must be a student of the group"));
        }
        leader = l > 0 ? QVariant(l) : nullId();
    }
    auto places = [&ctx, &before, update](const QString &name) -> QVariant {
        if (ctx.has(name)) {
            return ctx.integer(name);
        }
        return update && before.contains(name) ? QVariant(before.value(name).toInteger()) : QVariant(QMetaType::fromType<int>());
    };
    const QVariantList common{specialtyId,
                              name,
                              ctx.str(QStringLiteral("studyForm")),
                              ctx.str(QStringLiteral("language")),
                              ctx.integer(QStringLiteral("entryYear")),
                              curator,
                              leader,
                              places(QStringLiteral("budgetPlaces")),
                              places(QStringLiteral("contractPlaces"))};
    qint64 groupId = id;
    if (!update) {
        QVariantList b = common;
        b << course;
        groupId = scalar(ctx.db,
                         QStringLiteral("INSERT INTO studenthr.groups(specialty_id, name, study_form, language, entry_year, curator_id, "
                                        "leader_id, budget_places, contract_places, course) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                         b)
                      .toLongLong();
    } else {
        QVariantList b = common;
        b << id;
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.groups SET specialty_id = ?, name = ?, study_form = ?, language = ?, entry_year = ?, "
                            "curator_id = ?, leader_id = ?, budget_places = ?, contract_places = ?, row_version = row_version + 1 WHERE id = ?"),
             b);
    }
    const QCborMap after = loadGroupRow(ctx.db, groupId);
    ctx.audit(QStringLiteral("group"), QString::number(groupId), update ? QCborValue(before) : QCborValue(), after);
    ctx.notifyChange(QStringLiteral("group"), groupId, update ? QStringLiteral("changed") : QStringLiteral("created"));
    return after;
}

QCborValue getStudent(OpContext &ctx)
{
    const StudentRef s = studentRef(ctx.db, ctx.integer(QStringLiteral("id")));
    requireStudentScope(ctx, s);
    return loadCard(ctx.db, s.id);
}

QCborValue mine(OpContext &ctx)
{
    if (ctx.hasRole(QStringLiteral("student"))) {
        const QVariant id = scalar(ctx.db, QStringLiteral("SELECT id FROM studenthr.students WHERE user_id = ?"), {ctx.userId()});
        if (id.isValid()) {
            return loadCard(ctx.db, id.toLongLong());
        }
        if (!ctx.hasRole(QStringLiteral("parent"))) {
            notFound(QStringLiteral("student"), 0);
        }
    }
    QCborArray out;
    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT student_id FROM studenthr.guardians WHERE user_id = ? ORDER BY student_id"), {ctx.userId()});
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    for (qint64 id : ids) {
        out.append(loadCard(ctx.db, id));
    }
    return out;
}

QByteArray decodeBase64(const QString &text, const QString &field)
{
    auto r = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r) {
        invalid(field, QStringLiteral("format"), QStringLiteral("'%1' is not base64").arg(field));
    }
    return *r;
}

bool isJpeg(const QByteArray &b) { return b.startsWith("\xFF\xD8\xFF"); }
bool isPng(const QByteArray &b) { return b.startsWith("\x89PNG\r\n\x1A\n"); }
bool isPdf(const QByteArray &b) { return b.startsWith("%PDF-"); }

QString pinReason(Domain::PinCheck::Result r)
{
    switch (r) {
    case Domain::PinCheck::Result::Ok: return QStringLiteral("ok");
    case Domain::PinCheck::Result::WrongLength: return QStringLiteral("wrong_length");
    case Domain::PinCheck::Result::NotDigits: return QStringLiteral("not_digits");
    case Domain::PinCheck::Result::BadGenderDigit: return QStringLiteral("bad_gender_digit");
    case Domain::PinCheck::Result::BadDate: return QStringLiteral("bad_date");
    }
    return {};
}

} // namespace

bool plausibleName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}][\\p{L}\\p{M} \\-'’.]*$"));
    return re.match(s).hasMatch();
}

/// Checks a PIN against the gender and birth date; returns an empty reason when it fits.
QString pinProblem(const QString &pin, const QString &gender, const QDate &birthDate)
{
    const Domain::PinCheck c = Domain::checkPin(pin);
    if (!c.ok()) {
        return pinReason(c.result);
    }
    if (QString(QLatin1Char(c.gender)) != gender) {
        return QStringLiteral("gender_mismatch");
    }
    if (birthDate.isValid() && c.birthDate != birthDate) {
        return QStringLiteral("birth_date_mismatch");
    }
    return {};
}

namespace {

QCborValue saveStudent(OpContext &ctx)
{
    const bool update = ctx.has(QStringLiteral("id"));
    const qint64 id = ctx.integer(QStringLiteral("id"));
    QCborMap before;
    StudentRef current;
    if (update) {
        current = studentRef(ctx.db, id, true);
        requireStudentScope(ctx, current);
        before = loadCard(ctx.db, id, false);
        if (!ctx.has(QStringLiteral("rowVersion"))) {
            invalid(QStringLiteral("rowVersion"), QStringLiteral("missing"), QStringLiteral("an update needs the row version it is based on"));
        }
        if (before.value(QStringLiteral("rowVersion")).toInteger() != ctx.integer(QStringLiteral("rowVersion"))) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), QStringLiteral("student"));
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("current"), before);
            OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("student changed since it was read"));
        }
    }
    // Names.
    for (const char *f : {"lastName", "firstName", "patronymic", "lastNameRu", "firstNameRu", "patronymicRu"}) {
        const QString v = ctx.str(QString::fromLatin1(f)).trimmed();
        if (!v.isEmpty() && !plausibleName(v)) {
            invalid(QString::fromLatin1(f), QStringLiteral("characters"), QStringLiteral("a name may contain only letters, spaces, hyphens and apostrophes"));
        }
    }
    const QString lastName = ctx.str(QStringLiteral("lastName")).simplified();
    const QString firstName = ctx.str(QStringLiteral("firstName")).simplified();
    const QDate birth = dateArg(ctx, QStringLiteral("birthDate"));
    if (birth > today(ctx) || birth.year() < 1920) {
        invalid(QStringLiteral("birthDate"), QStringLiteral("range"), QStringLiteral("implausible date of birth"));
    }
    const QString gender = ctx.str(QStringLiteral("gender"));
    const QString pin = ctx.str(QStringLiteral("pin")).trimmed();
    if (!pin.isEmpty()) {
        const QString problem = pinProblem(pin, gender, birth);
        if (!problem.isEmpty()) {
            invalid(QStringLiteral("pin"), problem, QStringLiteral("the PIN is not valid (%1)").arg(problem));
        }
        const QVariant other = scalar(ctx.db, QStringLiteral("SELECT id FROM studenthr.students WHERE pin = ? AND id <> ?"), {pin, id});
        if (other.isValid()) {
            QCborMap d;
            d.insert(QStringLiteral("field"), QStringLiteral("pin"));
            d.insert(QStringLiteral("id"), other.toLongLong());
            OpContext::fail(ErrorCode::AlreadyExists, d, QStringLiteral("a student with this PIN exists"));
        }
    }
    QString citizenship = ctx.str(QStringLiteral("citizenship")).trimmed().toUpper();
    if (citizenship.isEmpty()) {
        citizenship = QStringLiteral("KG");
    }
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    if (!alpha2.match(citizenship).hasMatch()) {
        invalid(QStringLiteral("citizenship"), QStringLiteral("format"), QStringLiteral("citizenship is an ISO 3166 alpha-2 code"));
    }
    const QString soate = ctx.str(QStringLiteral("soateCode")).trimmed();
    if (!soate.isEmpty() && !scalar(ctx.db, QStringLiteral("SELECT 1 FROM ref.soate WHERE code = ?"), {soate}).isValid()) {
        invalid(QStringLiteral("soateCode"), QStringLiteral("not_found"), QStringLiteral("no such SOATE code"));
    }
    const QString email = ctx.str(QStringLiteral("email")).trimmed();
    static const QRegularExpression emailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !emailRe.match(email).hasMatch()) {
        invalid(QStringLiteral("email"), QStringLiteral("format"), QStringLiteral("not an e-mail address"));
    }
    const QDate issuedAt = dateArg(ctx, QStringLiteral("passportIssuedAt"));
    if (issuedAt.isValid() && (issuedAt < birth || issuedAt > today(ctx))) {
        invalid(QStringLiteral("passportIssuedAt"), QStringLiteral("range"), QStringLiteral("implausible passport issue date"));
    }
    QVariant photo = QVariant(QMetaType::fromType<QByteArray>());
    const bool photoGiven = ctx.has(QStringLiteral("photo"));
    if (photoGiven && !ctx.str(QStringLiteral("photo")).isEmpty()) {
        const QByteArray bytes = decodeBase64(ctx.str(QStringLiteral("photo")), QStringLiteral("photo"));
        if (bytes.size() > 512 * 1024) {
            invalid(QStringLiteral("photo"), QStringLiteral("too_large"), QStringLiteral("photo larger than 512 KiB"));
        }
        if (!isJpeg(bytes) && !isPng(bytes)) {
            invalid(QStringLiteral("photo"), QStringLiteral("type"), QStringLiteral("photo must be JPEG or PNG"));
        }
        photo = bytes;
    }
    QList<QCborMap> guardians;
    const bool guardiansGiven = ctx.has(QStringLiteral("guardians"));
    const QCborArray ga = ctx.args.value(QStringLiteral("guardians")).toArray();
    for (qsizetype i = 0; i < ga.size(); ++i) {
        const QCborMap g = ga.at(i).toMap();
        const QString gname = g.value(QStringLiteral("name")).toString().simplified();
        if (!ga.at(i).isMap() || gname.isEmpty() || gname.size() > 200 || g.value(QStringLiteral("relation")).toString().size() > 60
            || g.value(QStringLiteral("phone")).toString().size() > 32) {
            invalid(QStringLiteral("guardians"), QStringLiteral("item"), QStringLiteral("each guardian needs a name (≤ 200), relation (≤ 60), phone (≤ 32)"),
                    QCborMap{{QStringLiteral("item"), i}});
        }
        guardians << g;
    }
    // Funding changes by orders only.
    QString funding = ctx.str(QStringLiteral("funding"));
    if (update) {
        if (!funding.isEmpty() && funding != current.funding) {
            invalid(QStringLiteral("funding"), QStringLiteral("by_order_only"), QStringLiteral("funding changes only by orders"));
        }
        funding = current.funding;
    } else if (funding.isEmpty()) {
        funding = QStringLiteral("contract");
    }
    // The same person entered twice? Same name (folded, Kyrgyz or Russian spelling) and birth date.
    const QString lastNameRu = ctx.str(QStringLiteral("lastNameRu")).simplified().isEmpty() ? lastName : ctx.str(QStringLiteral("lastNameRu")).simplified();
    const QString firstNameRu = ctx.str(QStringLiteral("firstNameRu")).simplified().isEmpty() ? firstName : ctx.str(QStringLiteral("firstNameRu")).simplified();
    if (!ctx.args.value(QStringLiteral("confirmDuplicate")).toBool()) {
        QSqlQuery dq = exec(ctx.db,
                            QStringLiteral("SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.patronymic, ''), s.birth_date, "
                                           "coalesce(g.name, '') FROM studenthr.students s LEFT JOIN studenthr.groups g ON g.id = s.group_id "
                                           "WHERE s.birth_date = ? "
                                           "AND (studenthr.fold(s.last_name) IN (studenthr.fold(?), studenthr.fold(?)) "
                                           "     OR (s.last_name_ru <> '' AND studenthr.fold(s.last_name_ru) IN (studenthr.fold(?), studenthr.fold(?)))) "
                                           "AND (studenthr.fold(s.first_name) IN (studenthr.fold(?), studenthr.fold(?)) "
                                           "     OR (s.first_name_ru <> '' AND studenthr.fold(s.first_name_ru) IN (studenthr.fold(?), studenthr.fold(?)))) "
                                           "AND s.id <> ? ORDER BY s.id LIMIT 20"),
                            {birth, lastName, lastNameRu, lastName, lastNameRu, firstName, firstNameRu, firstName, firstNameRu, id});
        QCborArray candidates;
        while (dq.next()) {
            QCborMap c;
            c.insert(QStringLiteral("id"), dq.value(0).toLongLong());
            c.insert(QStringLiteral("name"), dq.value(1).toString());
            c.insert(QStringLiteral("birthDate"), dq.value(2).toDate().toString(Qt::ISODate));
            c.insert(QStringLiteral("groupName"), dq.value(3).toString());
            candidates.append(c);
        }
        if (!candidates.isEmpty()) {
            QCborMap d;
            d.insert(QStringLiteral("reason"), QStringLiteral("possible_duplicate"));
            d.insert(QStringLiteral("candidates"), candidates);
            OpContext::fail(ErrorCode::Conflict, d, QStringLiteral("a student with the same name and birth date exists"));
        }
    }

    const QVariantList fields{
        pin.isEmpty() ? nullText() : QVariant(pin),
        lastName,
        firstName,
        optText(ctx, QStringLiteral("patronymic")),
        optText(ctx, QStringLiteral("lastNameRu")),
        optText(ctx, QStringLiteral("firstNameRu")),
        optText(ctx, QStringLiteral("patronymicRu")),
        optText(ctx, QStringLiteral("latinName")),
        birth,
        gender,
        optText(ctx, QStringLiteral("nationality")),
        citizenship,
        optText(ctx, QStringLiteral("passportSeries")),
        optText(ctx, QStringLiteral("passportNumber")),
        optText(ctx, QStringLiteral("passportIssuedBy")),
        issuedAt.isValid() ? QVariant(issuedAt) : QVariant(QMetaType::fromType<QDate>()),
        soate.isEmpty() ? nullText() : QVariant(soate),
        optText(ctx, QStringLiteral("address")),
        optText(ctx, QStringLiteral("phone")),
        email.isEmpty() ? nullText() : QVariant(email),
        optText(ctx, QStringLiteral("priorEducation")),
        optText(ctx, QStringLiteral("privileges")),
        funding,
    };
    qint64 sid = id;
    if (!update) {
        QVariantList b = fields;
        b << photo;
        sid = scalar(ctx.db,
                     QStringLiteral("INSERT INTO studenthr.students(pin, last_name, first_name, patronymic, last_name_ru, first_name_ru, "
                                    "patronymic_ru, latin_name, birth_date, gender, nationality, citizenship, passport_series, passport_number, "
                                    "passport_issued_by, passport_issued_at, soate_code, address, phone, email, prior_education, privileges, "
                                    "funding, photo, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                    "'candidate') RETURNING id"),
                     b)
                  .toLongLong();
    } else {
        QVariantList b = fields;
        b << (photoGiven ? 1 : 0) << photo << id;
        exec(ctx.db,
             QStringLiteral("UPDATE studenthr.students SET pin = ?, last_name = ?, first_name = ?, patronymic = ?, last_name_ru = ?, "
                            "first_name_ru = ?, patronymic_ru = ?, latin_name = ?, birth_date = ?, gender = ?, nationality = ?, citizenship = ?, "
                            "passport_series = ?, passport_number = ?, passport_issued_by = ?, passport_issued_at = ?, soate_code = ?, "
                            "address = ?, phone = ?, email = ?, prior_education = ?, privileges = ?, funding = ?, "
                            "photo = CASE WHEN ?::int = 1 THEN ? ELSE photo END, row_version = row_version + 1 WHERE id = ?"),
             b);
    }
    if (guardiansGiven) {
        exec(ctx.db, QStringLiteral("DELETE FROM studenthr.guardian_contacts WHERE student_id = ?"), {sid});
        int pos = 0;
        for (const QCborMap &g : std::as_const(guardians)) {
            exec(ctx.db,
                 QStringLiteral("INSERT INTO studenthr.guardian_contacts(student_id, position, name, relation, phone) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''))"),
                 {sid, pos++, g.value(QStringLiteral("name")).toString().simplified(),
                  QString(g.value(QStringLiteral("relation")).toString().trimmed()), QString(g.value(QStringLiteral("phone")).toString().trimmed())});
        }
    }
    const QCborMap after = loadCard(ctx.db, sid, false);
    ctx.audit(QStringLiteral("student"), QString::number(sid), update ? QCborValue(before) : QCborValue(), after);
    ctx.notifyChange(QStringLiteral("student"), sid, update ? QStringLiteral("changed") : QStringLiteral("created"));
    return loadCard(ctx.db, sid);
}

void refuseIfSigned(const QSqlDatabase &db, qint64 id)
{
    if (scalar(db,
               QStringLiteral("SELECT 1 FROM studenthr.order_items i JOIN studenthr.orders o ON o.id = i.order_id "
                              "WHERE i.student_id = ? AND o.state <> 'draft' LIMIT 1"),
               {id})
            .isValid()) {
        invalidState(QStringLiteral("has_orders"), QStringLiteral("the student has signed orders; the card stays"));
    }
}

QCborValue requestDelete(OpContext &ctx)
{
    const StudentRef s = studentRef(ctx.db, ctx.integer(QStringLiteral("id")));
    requireStudentScope(ctx, s);
    refuseIfSigned(ctx.db, s.id);
    return ctx.requestApproval(QStringLiteral("Delete student card %1 (%2): %3")
                                   .arg(s.id)
                                   .arg(fullName(s.lastName, s.firstName, s.patronymic), ctx.str(QStringLiteral("reason"))));
}

QCborValue applyDelete(OpContext &ctx, const QCborMap &args)
{
    const qint64 id = args.value(QStringLiteral("id")).toInteger();
    studentRef(ctx.db, id, true);
    refuseIfSigned(ctx.db, id);
    const QCborMap before = loadCard(ctx.db, id, false);
    exec(ctx.db, QStringLiteral("DELETE FROM studenthr.order_items WHERE student_id = ?"), {id});
    exec(ctx.db, QStringLiteral("DELETE FROM studenthr.guardians WHERE student_id = ?"), {id});
    exec(ctx.db, QStringLiteral("DELETE FROM studenthr.students WHERE id = ?"), {id});
    ctx.audit(QStringLiteral("student"), QString::number(id), before, {});
    ctx.notifyChange(QStringLiteral("student"), id, QStringLiteral("deleted"));
    QCborMap r;
    r.insert(QStringLiteral("deleted"), id);
    return r;
}

QString likePrefix(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return e + QLatin1Char('%');
}

QCborValue search(OpContext &ctx)
{
    const QString query = ctx.str(QStringLiteral("query")).simplified();
    if (query.size() < 2) {
        invalid(QStringLiteral("query"), QStringLiteral("too_short"), QStringLiteral("type at least two characters"));
    }
    const qint64 limit = ctx.integer(QStringLiteral("limit"), 50);
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString select = QStringLiteral("SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.patronymic, ''), s.birth_date, "
                                          "coalesce(s.pin, ''), coalesce(s.group_id, 0), coalesce(g.name, ''), s.status, m.score ");
    const QString joins = QStringLiteral("JOIN studenthr.students s ON s.id = m.id LEFT JOIN studenthr.groups g ON g.id = s.group_id "
                                         "LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE ");
    QSqlQuery q;
    QVariantList binds;
    std::optional<Transaction> tx;
    if (digits.match(query).hasMatch()) {
        // A range, not LIKE: a prepared statement's generic plan cannot use the pattern index for
        // "LIKE $1", and PINs are digits, so every PIN starting with p lies in [p, p + ":").
        binds << query << query + QLatin1Char(':');
        binds += scope.binds();
        binds << limit;
        q = exec(ctx.db,
                 select + QStringLiteral("FROM (SELECT id, 1.0::real AS score FROM studenthr.students WHERE pin ~>=~ ? AND pin ~<~ ?) m ") + joins
                     + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id")) + QStringLiteral(" ORDER BY s.pin LIMIT ?"),
                 binds);
    } else {
        // Word similarity finds the query inside any spelling; 0.4 tolerates one typo in a surname.
        // Both settings hold for this transaction only. The planner costs the trigram test like a
        // cheap operator and, on a freshly loaded table (stale GIN statistics until VACUUM),
        // chose a sequential scan of every student: 460 ms for 50 000 students instead of 20 ms.
        tx.emplace(ctx.db);
        exec(ctx.db, QStringLiteral("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true), set_config('enable_seqscan', 'off', true)"));
        binds << query << query << query << likePrefix(query.toLower());
        binds += scope.binds();
        binds << limit;
        q = exec(ctx.db,
                 select
                     + QStringLiteral("FROM (SELECT id, max(score) AS score FROM ("
                                      "  SELECT st.id, word_similarity(studenthr.fold(?), st.search_names) AS score FROM studenthr.students st "
                                      "  WHERE studenthr.fold(?) <% st.search_names"
                                      "  UNION ALL SELECT st.id, CASE WHEN lower(gg.name) = lower(?) THEN 1.0::real ELSE 0.9::real END "
                                      "  FROM studenthr.groups gg JOIN studenthr.students st ON st.group_id = gg.id WHERE lower(gg.name) LIKE ?"
                                      ") u GROUP BY id) m ")
                     + joins + scope.condition(QStringLiteral("sp.unit_id"), QStringLiteral("g.id"))
                     + QStringLiteral(" ORDER BY m.score DESC, s.last_name, s.first_name, s.id LIMIT ?"),
                 binds);
    }
    QCborArray out;
    while (q.next()) {
        QCborMap r;
        r.insert(QStringLiteral("id"), q.value(0).toLongLong());
        r.insert(QStringLiteral("name"), q.value(1).toString());
        r.insert(QStringLiteral("birthDate"), q.value(2).toDate().toString(Qt::ISODate));
        r.insert(QStringLiteral("pin"), q.value(3).toString());
        r.insert(QStringLiteral("groupId"), q.value(4).toLongLong());
        r.insert(QStringLiteral("groupName"), q.value(5).toString());
        r.insert(QStringLiteral("status"), q.value(6).toString());
        r.insert(QStringLiteral("score"), q.value(7).toDouble());
        out.append(r);
    }
    if (tx) {
        q.finish();
        tx->commit();
    }
    return out;
}

QCborValue addFile(OpContext &ctx)
{
    const StudentRef s = studentRef(ctx.db, ctx.integer(QStringLiteral("studentId")), true);
    requireStudentScope(ctx, s);
    const QByteArray data = decodeBase64(ctx.str(QStringLiteral("data")), QStringLiteral("data"));
    if (data.isEmpty() || data.size() > 640 * 1024) {
        invalid(QStringLiteral("data"), QStringLiteral("size"), QStringLiteral("a file must have 1 byte to 640 KiB"), QCborMap{{QStringLiteral("limit"), 640 * 1024}});
    }
    const QString mime = ctx.str(QStringLiteral("mime"));
    const bool fits = (mime == QLatin1String("application/pdf") && isPdf(data)) || (mime == QLatin1String("image/jpeg") && isJpeg(data))
        || (mime == QLatin1String("image/png") && isPng(data));
    if (!fits) {
        invalid(QStringLiteral("data"), QStringLiteral("type"), QStringLiteral("the content is not %1").arg(mime));
    }
    const QString name = ctx.str(QStringLiteral("name")).trimmed();
    const qint64 id = scalar(ctx.db,
                             QStringLiteral("INSERT INTO studenthr.files(student_id, name, mime, data, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?) "
                                            "RETURNING id"),
                             {s.id, name, mime, data, ctx.now(), ctx.userId()})
                          .toLongLong();
    QCborMap after;
    after.insert(QStringLiteral("fileId"), id);
    after.insert(QStringLiteral("name"), name);
    after.insert(QStringLiteral("mime"), mime);
    after.insert(QStringLiteral("size"), data.size());
    ctx.audit(QStringLiteral("student"), QString::number(s.id), {}, after);
    ctx.notifyChange(QStringLiteral("student"), s.id);
    QCborMap r;
    r.insert(QStringLiteral("id"), id);
    return r;
}

QCborValue getFile(OpContext &ctx)
{
    const qint64 id = ctx.integer(QStringLiteral("id"));
    QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT student_id, name, mime, data FROM studenthr.files WHERE id = ?"), {id});
    if (!q.next()) {
        notFound(QStringLiteral("file"), id);
    }
    QCborMap r;
    r.insert(QStringLiteral("id"), id);
    r.insert(QStringLiteral("studentId"), q.value(0).toLongLong());
    r.insert(QStringLiteral("name"), q.value(1).toString());
    r.insert(QStringLiteral("mime"), q.value(2).toString());
    r.insert(QStringLiteral("data"), QString::fromLatin1(q.value(3).toByteArray().toBase64()));
    q.finish();
    requireStudentScope(ctx, studentRef(ctx.db, r.value(QStringLiteral("studentId")).toInteger()));
    return r;
}

} // namespace

void registerCards()
{
    Handlers::add(QStringLiteral("studenthr.specialties.list"), listSpecialties);
    Handlers::add(QStringLiteral("studenthr.groups.save"), saveGroup);
    Handlers::add(QStringLiteral("studenthr.students.get"), getStudent);
    Handlers::add(QStringLiteral("studenthr.students.mine"), mine);
    Handlers::add(QStringLiteral("studenthr.students.save"), saveStudent);
    Handlers::add(QStringLiteral("studenthr.students.delete"), requestDelete);
    Handlers::addApproval(QStringLiteral("studenthr.students.delete"), applyDelete);
    Handlers::add(QStringLiteral("studenthr.students.search"), search);
    Handlers::add(QStringLiteral("studenthr.files.add"), addFile);
    Handlers::add(QStringLiteral("studenthr.files.get"), getFile);
}

} // namespace Ebilim::Server::StudentHr
