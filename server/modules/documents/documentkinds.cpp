// The kinds of documents the server produces and their data functions: each turns a
// subject (a student or a group) into Documents::Document in one of ky/ru/en.
#include "documentkinds.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr/studyrecords.h"

namespace Ebilim::Server {

using Documents::Column;
using Documents::ColumnType;
using Documents::Document;
using Documents::Table;
using Protocol::ErrorCode;

namespace {

QString tr3(const QString &lang, const char *ky, const char *ru, const char *en)
{
    return QString::fromUtf8(lang == QLatin1String("ru") ? ru : lang == QLatin1String("en") ? en : ky);
}

Column column(const QString &lang, const char *key, ColumnType type, const char *ky, const char *ru, const char *en)
{
    return Column{QString::fromLatin1(key), tr3(lang, ky, ru, en), type};
}

/// Fields every document about a group starts with.
void addGroupFields(Document &d, const GroupInfo &g, const QString &lang)
{
    const int i = GroupInfo::langIndex(lang);
    d.setField(QStringLiteral("university"), g.universityName[i]);
    d.setField(QStringLiteral("faculty"), g.unitName[i]);
    d.setField(QStringLiteral("specialtyCode"), g.specialtyCode);
    d.setField(QStringLiteral("specialtyName"), g.specialtyName[i]);
    d.setField(QStringLiteral("groupName"), g.name);
    d.setField(QStringLiteral("course"), g.course);
    d.setField(QStringLiteral("studyForm"), StudyTerms::studyForm(g.studyForm, lang));
}

// --- group_list ------------------------------------------------------------------------

/// The list of a group's current students (studying or on academic leave).
Document groupList(const DocumentRequest &r)
{
    const QString &lang = r.lang;
    const GroupInfo g = loadGroup(r.ctx.db, r.subject.id);
    Document d;
    d.kind = QStringLiteral("group_list");
    d.lang = lang;
    addGroupFields(d, g, lang);
    d.setField(QStringLiteral("academicYear"), g.academicYear());
    d.setField(QStringLiteral("date"), r.date);

    Table t;
    t.name = QStringLiteral("students");
    t.columns = {column(lang, "no", ColumnType::Int, "№", "№", "No."),
                 column(lang, "fullName", ColumnType::Text, "Аты-жөнү", "Фамилия, имя, отчество", "Full name"),
                 column(lang, "pin", ColumnType::Text, "ЖИН", "ПИН", "PIN"),
                 column(lang, "funding", ColumnType::Text, "Каржылоо", "Финансирование", "Funding"),
                 column(lang, "status", ColumnType::Text, "Абалы", "Статус", "Status")};
    QSqlQuery q = exec(r.ctx.db,
                       QStringLiteral("SELECT last_name, first_name, coalesce(patronymic, ''), coalesce(pin, ''), funding, status, gender "
                                      "FROM studenthr.students WHERE group_id = ? AND status IN ('active', 'leave') "
                                      "ORDER BY last_name, first_name, patronymic, id"),
                       {g.id});
    int no = 0;
    while (q.next()) {
        t.rows.append({++no, fullName(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()), q.value(3).toString(),
                       StudyTerms::funding(q.value(4).toString(), lang),
                       StudyTerms::status(q.value(5).toString(), lang, q.value(6).toString())});
    }
    d.tables.append(t);
    return d;
}

// --- order_sample ------------------------------------------------------------------------

/// A draft order transferring a group's active students to the next year of study.
Document orderSample(const DocumentRequest &r)
{
    const QString &lang = r.lang;
    const GroupInfo g = loadGroup(r.ctx.db, r.subject.id);
    if (g.course >= g.years) {
        QCborMap det;
        det.insert(QStringLiteral("state"), QStringLiteral("final_year"));
        det.insert(QStringLiteral("course"), g.course);
        det.insert(QStringLiteral("years"), g.years);
        OpContext::fail(ErrorCode::InvalidState, det, QStringLiteral("the group is in its final year: there is no next year to transfer to"));
    }
    const int from = g.course;
    const int to = g.course + 1;
    const int i = GroupInfo::langIndex(lang);
    const DocumentSigner signer = findSigner(r.ctx.db, QStringLiteral("order"), g.unitId, lang, r.ctx.userId());

    Document d;
    d.kind = QStringLiteral("order_sample");
    d.lang = lang;
    d.setField(QStringLiteral("university"), g.universityName[i]);
    d.setField(QStringLiteral("orderNo"), QStringLiteral("____"));
    d.setField(QStringLiteral("date"), r.date);
    d.setField(QStringLiteral("orderTitle"), tr3(lang, "Студенттерди кийинки курска которуу жөнүндө", "О переводе студентов на следующий курс",
                                            "On the transfer of students to the next year of study"));
    d.setField(QStringLiteral("preamble"),
               tr3(lang,
                   "%1-окуу жылынын окуу планын толук аткарышкандыгына байланыштуу, «%2» (%3 «%4» адистиги) %5 группасынын "
                   "төмөндө аталган студенттери %6-курстан %7-курска которулсун.",
                   "В связи с полным выполнением учебного плана %1 учебного года перевести нижеперечисленных студентов "
                   "группы %5 («%2», специальность %3 «%4») с %6 на %7 курс.",
                   "The following students of group %5 (%2, specialty %3 “%4”), having completed the curriculum of the %1 "
                   "academic year in full, are transferred from year %6 to year %7.")
                   .arg(g.academicYear(), g.unitName[i], g.specialtyCode, g.specialtyName[i], g.name)
                   .arg(from)
                   .arg(to));
    d.setField(QStringLiteral("basis"), tr3(lang, "Негиздеме: деканаттын сунуштамасы, экзамендик ведомосттор.",
                                            "Основание: представление деканата, экзаменационные ведомости.",
                                            "Basis: the dean's office submission and the examination records."));
    d.setField(QStringLiteral("faculty"), g.unitName[i]);
    d.setField(QStringLiteral("specialtyCode"), g.specialtyCode);
    d.setField(QStringLiteral("specialtyName"), g.specialtyName[i]);
    d.setField(QStringLiteral("groupName"), g.name);
    d.setField(QStringLiteral("fromCourse"), from);
    d.setField(QStringLiteral("toCourse"), to);
    d.setField(QStringLiteral("signer"), signer.name);
    d.setField(QStringLiteral("signerPosition"), signer.position);

    Table t;
    t.name = QStringLiteral("items");
    t.columns = {column(lang, "no", ColumnType::Int, "№", "№", "No."),
                 column(lang, "fullName", ColumnType::Text, "Аты-жөнү", "Фамилия, имя, отчество", "Full name"),
                 column(lang, "fromCourse", ColumnType::Int, "Курстан", "С курса", "From year"),
                 column(lang, "toCourse", ColumnType::Int, "Курска", "На курс", "To year"),
                 column(lang, "funding", ColumnType::Text, "Каржылоо", "Финансирование", "Funding")};
    QSqlQuery q = exec(r.ctx.db,
                       QStringLiteral("SELECT last_name, first_name, coalesce(patronymic, ''), funding FROM studenthr.students "
                                      "WHERE group_id = ? AND status = 'active' ORDER BY last_name, first_name, patronymic, id"),
                       {g.id});
    int no = 0;
    while (q.next()) {
        t.rows.append({++no, fullName(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()), from, to,
                       StudyTerms::funding(q.value(3).toString(), lang)});
    }
    d.tables.append(t);
    return d;
}

// --- study_certificate ---------------------------------------------------------------------

/// "Справка с места учёбы": the student studies here, in this group, year and form.
Document studyCertificate(const DocumentRequest &r)
{
    const QString &lang = r.lang;
    QSqlQuery q = exec(r.ctx.db,
                       QStringLiteral("SELECT last_name, first_name, coalesce(patronymic, ''), birth_date, coalesce(pin, ''), gender, "
                                      "funding, status, coalesce(group_id, 0) FROM studenthr.students WHERE id = ?"),
                       {r.subject.id});
    if (!q.next()) {
        QCborMap det;
        det.insert(QStringLiteral("entity"), QStringLiteral("student"));
        det.insert(QStringLiteral("id"), r.subject.id);
        OpContext::fail(ErrorCode::NotFound, det, QStringLiteral("no such student"));
    }
    const QString name = fullName(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    const QDate birth = q.value(3).toDate();
    const QString pin = q.value(4).toString();
    const QString gender = q.value(5).toString();
    const QString funding = q.value(6).toString();
    const QString status = q.value(7).toString();
    const qint64 groupId = q.value(8).toLongLong();
    q.finish();
    if (status != QLatin1String("active") || groupId <= 0) {
        QCborMap det;
        det.insert(QStringLiteral("state"), status);
        OpContext::fail(ErrorCode::InvalidState, det,
                        groupId <= 0 ? QStringLiteral("the student is in no group")
                                     : QStringLiteral("a study certificate is issued only to an active student (status: %1)").arg(status));
    }
    const GroupInfo g = loadGroup(r.ctx.db, groupId);
    const int i = GroupInfo::langIndex(lang);

    Document d;
    d.kind = QStringLiteral("study_certificate");
    d.lang = lang;
    d.setField(QStringLiteral("fullName"), name);
    d.setField(QStringLiteral("birthDate"), birth);
    d.setField(QStringLiteral("pin"), pin);
    d.setField(QStringLiteral("gender"), gender);
    d.setField(QStringLiteral("university"), g.universityName[i]);
    d.setField(QStringLiteral("faculty"), g.unitName[i]);
    d.setField(QStringLiteral("specialtyCode"), g.specialtyCode);
    d.setField(QStringLiteral("specialtyName"), g.specialtyName[i]);
    d.setField(QStringLiteral("studyLevel"), StudyTerms::level(g.level, lang));
    d.setField(QStringLiteral("groupName"), g.name);
    d.setField(QStringLiteral("course"), g.course);
    d.setField(QStringLiteral("studyForm"), StudyTerms::studyForm(g.studyForm, lang));
    d.setField(QStringLiteral("funding"), StudyTerms::funding(funding, lang));
    d.setField(QStringLiteral("entryYear"), g.entryYear);
    d.setField(QStringLiteral("expectedEndYear"), g.entryYear + g.years);
    d.setField(QStringLiteral("academicYear"), g.academicYear());
    d.setField(QStringLiteral("purpose"), r.purpose.trimmed().isEmpty()
                                              ? tr3(lang, "талап кылынган жерге көрсөтүү үчүн", "для предъявления по месту требования",
                                                    "to be presented where required")
                                              : r.purpose.trimmed());
    return d;
}

QList<DocumentKind> buildKinds()
{
    return {
        {QStringLiteral("study_certificate"), true, QStringLiteral("student"), QStringLiteral("МК"), QStringLiteral("study_certificate"),
         studyCertificate},
        {QStringLiteral("group_list"), false, QStringLiteral("group"), QString(), QString(), groupList},
        {QStringLiteral("order_sample"), false, QStringLiteral("group"), QString(), QStringLiteral("order"), orderSample},
    };
}

} // namespace

const QList<DocumentKind> &DocumentKinds::all()
{
    static const QList<DocumentKind> kinds = buildKinds();
    return kinds;
}

const DocumentKind *DocumentKinds::find(const QString &name)
{
    for (const DocumentKind &k : all()) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

DocumentSubject loadDocumentSubject(const QSqlDatabase &db, const QString &subjectKind, qint64 id)
{
    DocumentSubject s;
    s.kind = subjectKind;
    s.id = id;
    if (subjectKind == QLatin1String("group")) {
        const GroupInfo g = loadGroup(db, id);
        s.name = g.name;
        s.unitId = g.unitId;
        s.groupId = g.id;
        return s;
    }
    QSqlQuery q = exec(db,
                       QStringLiteral("SELECT st.last_name, st.first_name, coalesce(st.patronymic, ''), coalesce(st.group_id, 0), "
                                      "coalesce(sp.unit_id, 0) FROM studenthr.students st "
                                      "LEFT JOIN studenthr.groups g ON g.id = st.group_id "
                                      "LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE st.id = ?"),
                       {id});
    if (!q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("student"));
        d.insert(QStringLiteral("id"), id);
        OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such student"));
    }
    s.name = fullName(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    s.groupId = q.value(3).toLongLong();
    s.unitId = q.value(4).toLongLong();
    return s;
}

DocumentSigner findSigner(const QSqlDatabase &db, const QString &signerKind, qint64 unitId, const QString &lang, qint64 userId)
{
    const QString column = lang == QLatin1String("ru") ? QStringLiteral("position_ru")
                          : lang == QLatin1String("en") ? QStringLiteral("position_en")
                                                        : QStringLiteral("position_ky");
    // Most specific first: a unit containing the subject's unit, the deepest one; then the university-wide row.
    QSqlQuery q = exec(db,
                       QStringLiteral("WITH RECURSIVE up(id, parent_id, depth) AS ("
                                      "  SELECT id, parent_id, 0 FROM org.units WHERE id = ?"
                                      "  UNION ALL SELECT u.id, u.parent_id, up.depth + 1 FROM org.units u JOIN up ON u.id = up.parent_id)"
                                      " SELECT s.full_name, s.%1 FROM documents.signers s LEFT JOIN up ON up.id = s.unit_id"
                                      " WHERE s.kind = ? AND (s.unit_id IS NULL OR up.id IS NOT NULL)"
                                      " ORDER BY (s.unit_id IS NULL), up.depth LIMIT 1")
                           .arg(column),
                       {unitId, signerKind});
    if (q.next()) {
        return {q.value(0).toString(), q.value(1).toString()};
    }
    q.finish();
    const QString user = scalar(db, QStringLiteral("SELECT full_name FROM core.users WHERE id = ?"), {userId}).toString();
    return {user, tr3(lang, "Регистратор", "Регистратор", "Registrar")};
}

} // namespace Ebilim::Server
