// The kinds of documents the server produces and their data functions: each turns a
// subject (a student or a group) into Documents::Document in one of ky/ru/en.
#include "documentkinds.h"

#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr/studyrecords.h"

#include <QHash>

#include <array>

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

// --- student_order ---------------------------------------------------------------------

QString orderKindName(const QString &kind, const QString &lang)
{
    static const QHash<QString, std::array<const char *, 3>> names{
        {QStringLiteral("admission"), {"окууга кабыл алуу", "зачисление", "admission"}},
        {QStringLiteral("promotion"), {"кийинки курска которуу", "перевод на следующий курс", "promotion to the next year"}},
        {QStringLiteral("transfer"), {"которуу", "перевод", "transfer"}},
        {QStringLiteral("academic_leave"), {"академиялык өргүү берүү", "предоставление академического отпуска", "academic leave"}},
        {QStringLiteral("return_from_leave"), {"академиялык өргүүдөн кайтаруу", "выход из академического отпуска", "return from academic leave"}},
        {QStringLiteral("expulsion"), {"окуудан чыгаруу", "отчисление", "expulsion"}},
        {QStringLiteral("reinstatement"), {"калыбына келтирүү", "восстановление", "reinstatement"}},
        {QStringLiteral("graduation"), {"бүтүрүү", "выпуск", "graduation"}},
        {QStringLiteral("name_change"), {"аты-жөнүн өзгөртүү", "изменение ФИО", "change of name"}},
    };
    const auto it = names.constFind(kind);
    if (it == names.constEnd()) {
        return kind;
    }
    return tr3(lang, it->at(0), it->at(1), it->at(2));
}

/// A student order (draft or signed) as a printable document: one row per student.
Document studentOrder(const DocumentRequest &r)
{
    const QString &lang = r.lang;
    QSqlQuery q = exec(r.ctx.db,
                       QStringLiteral("SELECT number, date, kind, title, basis, signer_name, signer_position, state FROM studenthr.orders WHERE id = ?"),
                       {r.subject.id});
    if (!q.next()) {
        QCborMap d;
        d.insert(QStringLiteral("entity"), QStringLiteral("student_order"));
        d.insert(QStringLiteral("id"), r.subject.id);
        OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such order"));
    }
    const QString kind = q.value(2).toString();
    const QString state = q.value(7).toString();
    QString universityName[3];
    universityNames(r.ctx.db, r.subject.unitId, universityName);
    Document d;
    d.kind = QStringLiteral("student_order");
    d.lang = lang;
    d.setField(QStringLiteral("university"), universityName[GroupInfo::langIndex(lang)]);
    d.setField(QStringLiteral("orderNo"), q.value(0).toString());
    d.setField(QStringLiteral("date"), q.value(1).toDate());
    const QString title = q.value(3).toString();
    d.setField(QStringLiteral("orderTitle"), title.isEmpty() ? tr3(lang, "Студенттер боюнча буйрук", "Приказ по студентам", "Order on students") : title);
    d.setField(QStringLiteral("kind"), orderKindName(kind, lang));
    d.setField(QStringLiteral("state"), state);
    if (state == QLatin1String("draft")) {
        d.setField(QStringLiteral("draft"), QStringLiteral("1"));
    }
    d.setField(QStringLiteral("basis"), q.value(4).toString());
    d.setField(QStringLiteral("signer"), q.value(5).toString());
    d.setField(QStringLiteral("signerPosition"), q.value(6).toString());
    q.finish();

    Table t;
    t.name = QStringLiteral("items");
    t.columns = {column(lang, "no", ColumnType::Int, "№", "№", "No."),
                 column(lang, "fullName", ColumnType::Text, "Аты-жөнү", "Фамилия, имя, отчество", "Full name"),
                 column(lang, "fromGroup", ColumnType::Text, "Группадан", "Из группы", "From group"),
                 column(lang, "toGroup", ColumnType::Text, "Группага", "В группу", "To group"),
                 column(lang, "details", ColumnType::Text, "Кошумча маалымат", "Примечание", "Details")};
    QSqlQuery items = exec(r.ctx.db,
                           QStringLiteral("SELECT coalesce(i.prev_last_name, s.last_name), coalesce(i.prev_first_name, s.first_name), "
                                          "coalesce(i.prev_patronymic, s.patronymic, ''), coalesce(gf.name, g0.name, ''), coalesce(gt.name, ''), "
                                          "coalesce(i.funding, ''), i.reason, i.date_from, i.date_to, "
                                          "coalesce(i.new_last_name, ''), coalesce(i.new_first_name, ''), coalesce(i.new_patronymic, '') "
                                          "FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id "
                                          "LEFT JOIN studenthr.groups gf ON gf.id = i.prev_group_id "
                                          "LEFT JOIN studenthr.groups g0 ON g0.id = s.group_id "
                                          "LEFT JOIN studenthr.groups gt ON gt.id = i.to_group_id "
                                          "WHERE i.order_id = ? ORDER BY i.position, i.id"),
                           {r.subject.id});
    int no = 0;
    while (items.next()) {
        QStringList details;
        if (!items.value(5).toString().isEmpty()) {
            details << StudyTerms::funding(items.value(5).toString(), lang);
        }
        if (!items.value(7).isNull()) {
            details << QStringLiteral("%1 – %2").arg(items.value(7).toDate().toString(QStringLiteral("dd.MM.yyyy")),
                                                     items.value(8).toDate().toString(QStringLiteral("dd.MM.yyyy")));
        }
        const QString newName = fullName(items.value(9).toString(), items.value(10).toString(), items.value(11).toString());
        if (!newName.trimmed().isEmpty()) {
            details << tr3(lang, "жаңы аты-жөнү: ", "новые ФИО: ", "new name: ") + newName;
        }
        if (!items.value(6).toString().isEmpty()) {
            details << items.value(6).toString();
        }
        // "From": the group the signed item recorded, or (draft) the student's group now.
        t.rows.append({++no, fullName(items.value(0).toString(), items.value(1).toString(), items.value(2).toString()), items.value(3).toString(),
                       items.value(4).toString(), details.join(QStringLiteral("; "))});
    }
    d.tables.append(t);
    return d;
}

// --- contingent_form -----------------------------------------------------------------

/**
 * The contingent return for the Ministry (national education platform): one row per
 * specialty, form of study and year, with budget/contract, women/men, foreign citizens and
 * students on academic leave, for a unit and everything below it, at today's date.
 */
Document contingentForm(const DocumentRequest &r)
{
    const QString &lang = r.lang;
    const int li = GroupInfo::langIndex(lang);
    QString universityName[3];
    universityNames(r.ctx.db, r.subject.unitId, universityName);
    QSqlQuery u = exec(r.ctx.db, QStringLiteral("SELECT name_ky, name_ru, coalesce(name_en, name_ru), code FROM org.units WHERE id = ?"),
                       {r.subject.unitId});
    QString unitName;
    QString unitCode;
    if (u.next()) {
        unitName = u.value(li).toString();
        unitCode = u.value(3).toString();
    }
    u.finish();
    Document d;
    d.kind = QStringLiteral("contingent_form");
    d.lang = lang;
    d.setField(QStringLiteral("university"), universityName[li]);
    d.setField(QStringLiteral("unit"), unitName);
    d.setField(QStringLiteral("unitCode"), unitCode);
    d.setField(QStringLiteral("date"), r.date);
    const int year = r.date.month() >= 9 ? r.date.year() : r.date.year() - 1;
    d.setField(QStringLiteral("academicYear"), QStringLiteral("%1-%2").arg(year).arg(year + 1));

    Table t;
    t.name = QStringLiteral("rows");
    t.columns = {column(lang, "specialtyCode", ColumnType::Text, "Коду", "Код", "Code"),
                 column(lang, "specialtyName", ColumnType::Text, "Адистик", "Специальность", "Specialty"),
                 column(lang, "level", ColumnType::Text, "Деңгээли", "Уровень", "Level"),
                 column(lang, "studyForm", ColumnType::Text, "Окуу түрү", "Форма обучения", "Form of study"),
                 column(lang, "course", ColumnType::Int, "Курс", "Курс", "Year"),
                 column(lang, "total", ColumnType::Int, "Бардыгы", "Всего", "Total"),
                 column(lang, "budget", ColumnType::Int, "Бюджет", "Бюджет", "State-funded"),
                 column(lang, "contract", ColumnType::Int, "Келишим", "Контракт", "Contract"),
                 column(lang, "female", ColumnType::Int, "Аялдар", "Женщин", "Female"),
                 column(lang, "male", ColumnType::Int, "Эркектер", "Мужчин", "Male"),
                 column(lang, "foreign", ColumnType::Int, "Чет элдик", "Иностранцев", "Foreign"),
                 column(lang, "onLeave", ColumnType::Int, "Академ. өргүүдө", "В акад. отпуске", "On leave")};
    QSqlQuery q = exec(r.ctx.db,
                       QStringLiteral("SELECT sp.code, sp.name_ky, sp.name_ru, coalesce(sp.name_en, sp.name_ru), sp.level, g.study_form, g.course, "
                                      "count(*), count(*) FILTER (WHERE st.funding = 'budget'), count(*) FILTER (WHERE st.funding = 'contract'), "
                                      "count(*) FILTER (WHERE st.gender = 'F'), count(*) FILTER (WHERE st.gender = 'M'), "
                                      "count(*) FILTER (WHERE st.citizenship <> 'KG'), count(*) FILTER (WHERE st.status = 'leave') "
                                      "FROM studenthr.students st JOIN studenthr.groups g ON g.id = st.group_id "
                                      "JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                      "WHERE st.status IN ('active', 'leave') AND org.unit_within(sp.unit_id, ?) "
                                      "GROUP BY sp.code, sp.name_ky, sp.name_ru, sp.name_en, sp.level, g.study_form, g.course "
                                      "ORDER BY sp.code, g.study_form, g.course"),
                       {r.subject.unitId});
    qint64 sums[7] = {0, 0, 0, 0, 0, 0, 0};
    while (q.next()) {
        QList<QVariant> row{q.value(0).toString(), q.value(1 + li).toString(), StudyTerms::level(q.value(4).toString(), lang),
                            StudyTerms::studyForm(q.value(5).toString(), lang), q.value(6).toInt()};
        for (int i = 0; i < 7; ++i) {
            row << q.value(7 + i).toLongLong();
            sums[i] += q.value(7 + i).toLongLong();
        }
        t.rows.append(row);
    }
    d.setField(QStringLiteral("total"), sums[0]);
    d.setField(QStringLiteral("budget"), sums[1]);
    d.setField(QStringLiteral("contract"), sums[2]);
    d.setField(QStringLiteral("female"), sums[3]);
    d.setField(QStringLiteral("male"), sums[4]);
    d.setField(QStringLiteral("foreign"), sums[5]);
    d.setField(QStringLiteral("onLeave"), sums[6]);
    d.tables.append(t);
    return d;
}

QList<DocumentKind> buildKinds()
{
    return {
        {QStringLiteral("study_certificate"), true, QStringLiteral("student"), QStringLiteral("МК"), QStringLiteral("study_certificate"),
         studyCertificate},
        {QStringLiteral("group_list"), false, QStringLiteral("group"), QString(), QString(), groupList},
        {QStringLiteral("order_sample"), false, QStringLiteral("group"), QString(), QStringLiteral("order"), orderSample},
        {QStringLiteral("student_order"), false, QStringLiteral("order"), QString(), QStringLiteral("order"), studentOrder},
        {QStringLiteral("contingent_form"), false, QStringLiteral("unit"), QString(), QString(), contingentForm},
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
    if (subjectKind == QLatin1String("unit")) {
        QSqlQuery q = exec(db, QStringLiteral("SELECT name_ky FROM org.units WHERE id = ?"), {id});
        if (!q.next()) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), QStringLiteral("unit"));
            d.insert(QStringLiteral("id"), id);
            OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such unit"));
        }
        s.name = q.value(0).toString();
        s.unitId = id;
        return s;
    }
    if (subjectKind == QLatin1String("order")) {
        // An order is scoped by the faculty of its first student's group (before or after the order).
        QSqlQuery q = exec(db,
                           QStringLiteral("SELECT o.number, coalesce(sp.unit_id, 0), coalesce(g.id, 0) FROM studenthr.orders o "
                                          "LEFT JOIN LATERAL (SELECT coalesce(i.to_group_id, i.prev_group_id, s.group_id) AS gid "
                                          "  FROM studenthr.order_items i JOIN studenthr.students s ON s.id = i.student_id "
                                          "  WHERE i.order_id = o.id ORDER BY i.position, i.id LIMIT 1) f ON true "
                                          "LEFT JOIN studenthr.groups g ON g.id = f.gid "
                                          "LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE o.id = ?"),
                           {id});
        if (!q.next()) {
            QCborMap d;
            d.insert(QStringLiteral("entity"), QStringLiteral("student_order"));
            d.insert(QStringLiteral("id"), id);
            OpContext::fail(ErrorCode::NotFound, d, QStringLiteral("no such order"));
        }
        s.name = q.value(0).toString();
        s.unitId = q.value(1).toLongLong();
        s.groupId = q.value(2).toLongLong();
        return s;
    }
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
