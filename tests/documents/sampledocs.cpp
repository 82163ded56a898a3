#include "sampledocs.h"

#include <QStringList>

namespace Ebilim::Test {

using namespace Documents;

namespace {

const QStringList kLast{QStringLiteral("Үсөнова"), QStringLiteral("Абдыкалыков"), QStringLiteral("Төлөгөнов"), QStringLiteral("Жээнбекова"),
                        QStringLiteral("Иванов"), QStringLiteral("Мамытбеков"), QStringLiteral("Ногойбаева"), QStringLiteral("Сыдыков")};
const QStringList kFirst{QStringLiteral("Айгерим"), QStringLiteral("Бакыт"), QStringLiteral("Нурбек"), QStringLiteral("Чолпон"),
                         QStringLiteral("Сергей"), QStringLiteral("Эрлан"), QStringLiteral("Гүлнара"), QStringLiteral("Мөлмөл")};

QString word(const QString &lang, const char *ky, const char *ru, const char *en)
{
    return QString::fromUtf8(lang == QLatin1String("ky") ? ky : lang == QLatin1String("ru") ? ru : en);
}

QString university(const QString &lang)
{
    return word(lang, "С. Нааматов атындагы Нарын мамлекеттик университети", "Нарынский государственный университет им. С. Нааматова",
                "Naryn State University named after S. Naamatov");
}

QString faculty(const QString &lang)
{
    return word(lang, "Педагогика факультети", "Педагогический факультет", "Faculty of Pedagogy");
}

} // namespace

QString sampleName()
{
    return QStringLiteral("Үсөнова Айгерим Төлөгөновна");
}

Document sampleGroupList(const QString &lang, int students)
{
    Document d;
    d.kind = QStringLiteral("group_list");
    d.lang = lang;
    d.setField(QStringLiteral("university"), university(lang));
    d.setField(QStringLiteral("faculty"), faculty(lang));
    d.setField(QStringLiteral("specialtyCode"), QStringLiteral("550000"));
    d.setField(QStringLiteral("specialtyName"), word(lang, "Педагогикалык билим берүү", "Педагогическое образование", "Teacher education"));
    d.setField(QStringLiteral("groupName"), QStringLiteral("ПО-1-24"));
    d.setField(QStringLiteral("course"), 3);
    d.setField(QStringLiteral("studyForm"), word(lang, "күндүзгү", "очная", "full-time"));
    d.setField(QStringLiteral("academicYear"), QStringLiteral("2026-2027"));
    d.setField(QStringLiteral("date"), QDate(2026, 11, 28));
    Table t;
    t.name = QStringLiteral("students");
    t.columns = {{QStringLiteral("no"), word(lang, "№", "№", "No."), ColumnType::Int},
                 {QStringLiteral("fullName"), word(lang, "Аты-жөнү", "ФИО", "Full name"), ColumnType::Text},
                 {QStringLiteral("pin"), word(lang, "ЖИН", "ПИН", "PIN"), ColumnType::Text},
                 {QStringLiteral("funding"), word(lang, "Окуу акысы", "Основа", "Funding"), ColumnType::Text},
                 {QStringLiteral("status"), word(lang, "Абалы", "Статус", "Status"), ColumnType::Text}};
    for (int i = 0; i < students; ++i) {
        const QString name = i == 0 ? sampleName()
                                    : QStringLiteral("%1 %2").arg(kLast.at(i % kLast.size()), kFirst.at((i / kLast.size()) % kFirst.size()));
        t.rows.append({i + 1, name, QStringLiteral("2%1").arg(1020320000000LL + i * 7919LL, 13, 10, QLatin1Char('0')),
                       i % 3 ? word(lang, "келишим", "контракт", "contract") : word(lang, "бюджет", "бюджет", "budget"),
                       word(lang, "окуйт", "обучается", "studying")});
    }
    d.tables.append(t);
    return d;
}

Document sampleCertificate(const QString &lang, int serial)
{
    Document d;
    d.kind = QStringLiteral("study_certificate");
    d.lang = lang;
    d.setField(QStringLiteral("fullName"), serial == 1 ? sampleName() : QStringLiteral("%1 %2").arg(kLast.at(serial % 8), kFirst.at(serial / 8 % 8)));
    d.setField(QStringLiteral("birthDate"), QDate(2005, 3, 14));
    d.setField(QStringLiteral("pin"), QStringLiteral("21403200512345"));
    d.setField(QStringLiteral("gender"), QStringLiteral("F"));
    d.setField(QStringLiteral("university"), university(lang));
    d.setField(QStringLiteral("faculty"), faculty(lang));
    d.setField(QStringLiteral("specialtyCode"), QStringLiteral("550000"));
    d.setField(QStringLiteral("specialtyName"), word(lang, "Педагогикалык билим берүү", "Педагогическое образование", "Teacher education"));
    d.setField(QStringLiteral("studyLevel"), word(lang, "бакалавриат", "бакалавриат", "bachelor's programme"));
    d.setField(QStringLiteral("groupName"), QStringLiteral("ПО-1-24"));
    d.setField(QStringLiteral("course"), 3);
    d.setField(QStringLiteral("studyForm"), word(lang, "күндүзгү", "очная", "full-time"));
    d.setField(QStringLiteral("funding"), word(lang, "бюджет", "бюджет", "state-funded"));
    d.setField(QStringLiteral("entryYear"), 2024);
    d.setField(QStringLiteral("expectedEndYear"), 2028);
    d.setField(QStringLiteral("academicYear"), QStringLiteral("2026-2027"));
    d.setField(QStringLiteral("purpose"), word(lang, "талап кылынган жерге көрсөтүү үчүн", "для предъявления по месту требования",
                                               "to be presented where required"));
    d.official.regNo = QStringLiteral("МК-2026-%1").arg(serial, 6, 10, QLatin1Char('0'));
    d.official.issuedAt = QDate(2026, 11, 28);
    d.official.signer = QStringLiteral("Жумабаев Н. Т.");
    d.official.signerPosition = word(lang, "Факультеттин деканы", "Декан факультета", "Dean of the Faculty");
    d.official.verifyCode = VerifyCode::generate();
    d.official.qr = verificationUri(VerifyCode::normalize(d.official.verifyCode), d.official.regNo);
    return d;
}

Document sampleOrder(const QString &lang)
{
    Document d;
    d.kind = QStringLiteral("order_sample");
    d.lang = lang;
    d.setField(QStringLiteral("university"), university(lang));
    d.setField(QStringLiteral("orderNo"), QStringLiteral("____"));
    d.setField(QStringLiteral("date"), QDate(2026, 11, 28));
    d.setField(QStringLiteral("orderTitle"), word(lang, "ПО-1-24 группасынын студенттерин кийинки курска которуу жөнүндө",
                                                  "О переводе студентов группы ПО-1-24 на следующий курс",
                                                  "On the transfer of group ПО-1-24 to the next year of study"));
    d.setField(QStringLiteral("preamble"), word(lang, "Окуу планын толук аткаргандыгына байланыштуу ПО-1-24 группасынын төмөндө аталган студенттери 2-курстан 3-курска которулсун.",
                                                "В связи с выполнением учебного плана перевести нижеперечисленных студентов группы ПО-1-24 со 2 на 3 курс.",
                                                "The following students of group ПО-1-24, having completed the curriculum, are transferred from year 2 to year 3."));
    d.setField(QStringLiteral("basis"), word(lang, "Негиздеме: деканаттын сунуштамасы.", "Основание: представление деканата.", "Basis: the dean's office submission."));
    d.setField(QStringLiteral("faculty"), faculty(lang));
    d.setField(QStringLiteral("groupName"), QStringLiteral("ПО-1-24"));
    d.setField(QStringLiteral("fromCourse"), 2);
    d.setField(QStringLiteral("toCourse"), 3);
    d.setField(QStringLiteral("signer"), QStringLiteral("Асанов Б. К."));
    d.setField(QStringLiteral("signerPosition"), word(lang, "Ректор", "Ректор", "Rector"));
    Table t;
    t.name = QStringLiteral("items");
    t.columns = {{QStringLiteral("no"), QStringLiteral("№"), ColumnType::Int},
                 {QStringLiteral("fullName"), word(lang, "Аты-жөнү", "ФИО", "Full name"), ColumnType::Text},
                 {QStringLiteral("fromCourse"), word(lang, "Курстан", "С курса", "From year"), ColumnType::Int},
                 {QStringLiteral("toCourse"), word(lang, "Курска", "На курс", "To year"), ColumnType::Int},
                 {QStringLiteral("funding"), word(lang, "Окуу акысы", "Основа", "Funding"), ColumnType::Text}};
    for (int i = 0; i < 25; ++i) {
        t.rows.append({i + 1, i == 0 ? sampleName() : QStringLiteral("%1 %2").arg(kLast.at(i % 8), kFirst.at(i / 8 % 8)), 2, 3,
                       word(lang, "бюджет", "бюджет", "budget")});
    }
    d.tables.append(t);
    return d;
}

Document sampleTable(const QString &lang, int rows)
{
    Document d;
    d.kind = QStringLiteral("table");
    d.lang = lang;
    d.title = word(lang, "Студенттер", "Студенты", "Students");
    d.setField(QStringLiteral("filter"), word(lang, "Факультет: ПФ", "Факультет: ПФ", "Faculty: PF"));
    d.setField(QStringLiteral("rowCount"), rows);
    d.setField(QStringLiteral("generatedAt"), QDate(2026, 11, 28));
    Table t;
    t.name = QStringLiteral("rows");
    t.columns = {{QStringLiteral("c1"), QStringLiteral("ID"), ColumnType::Int},
                 {QStringLiteral("c2"), word(lang, "Аты-жөнү", "ФИО", "Full name"), ColumnType::Text},
                 {QStringLiteral("c3"), word(lang, "Туулган күнү", "Дата рождения", "Date of birth"), ColumnType::Date},
                 {QStringLiteral("c4"), word(lang, "Төлөм", "Оплата", "Payment"), ColumnType::Money},
                 {QStringLiteral("c5"), word(lang, "Орточо балл", "Средний балл", "GPA"), ColumnType::Number},
                 {QStringLiteral("c6"), word(lang, "Эскертүү", "Примечание", "Note"), ColumnType::Text}};
    for (int i = 0; i < rows; ++i) {
        // Row 2 carries text that must stay text: a formula, markup and a template tag.
        const QString note = i == 1 ? QStringLiteral("=HYPERLINK(\"x\") <b>{{official.verifyCode}}</b>") : QStringLiteral("—");
        t.rows.append({i + 1, i == 0 ? sampleName() : QStringLiteral("%1 %2").arg(kLast.at(i % 8), kFirst.at(i / 8 % 8)),
                       QDate(2004, 1, 1).addDays(i % 3000), 25000.5 + i, 3.0 + (i % 20) / 10.0, note});
    }
    d.tables.append(t);
    return d;
}

Document sampleStudentOrder(const QString &lang)
{
    Document d;
    d.kind = QStringLiteral("student_order");
    d.lang = lang;
    d.setField(QStringLiteral("university"), university(lang));
    d.setField(QStringLiteral("orderNo"), QStringLiteral("45-С"));
    d.setField(QStringLiteral("date"), QDate(2026, 11, 28));
    d.setField(QStringLiteral("orderTitle"), word(lang, "Студенттерди башка группага которуу жөнүндө", "О переводе студентов в другую группу",
                                                  "On the transfer of students to another group"));
    d.setField(QStringLiteral("kind"), word(lang, "которуу", "перевод", "transfer"));
    d.setField(QStringLiteral("state"), QStringLiteral("signed"));
    d.setField(QStringLiteral("basis"), word(lang, "студенттин арызы", "заявление студента", "the student's application"));
    d.setField(QStringLiteral("signer"), QStringLiteral("Асанов Б. К."));
    d.setField(QStringLiteral("signerPosition"), word(lang, "Ректор", "Ректор", "Rector"));
    Table t;
    t.name = QStringLiteral("items");
    t.columns = {{QStringLiteral("no"), QStringLiteral("№"), ColumnType::Int},
                 {QStringLiteral("fullName"), word(lang, "Аты-жөнү", "ФИО", "Full name"), ColumnType::Text},
                 {QStringLiteral("fromGroup"), word(lang, "Группадан", "Из группы", "From group"), ColumnType::Text},
                 {QStringLiteral("toGroup"), word(lang, "Группага", "В группу", "To group"), ColumnType::Text},
                 {QStringLiteral("details"), word(lang, "Кошумча", "Примечание", "Details"), ColumnType::Text}};
    for (int i = 0; i < 4; ++i) {
        t.rows.append({i + 1, i == 0 ? sampleName() : QStringLiteral("%1 %2").arg(kLast.at(i), kFirst.at(i)), QStringLiteral("ПО-1-24"),
                       QStringLiteral("ПО-2-24"), word(lang, "бюджет", "бюджет", "budget")});
    }
    d.tables.append(t);
    return d;
}

Document sampleContingentForm(const QString &lang)
{
    Document d;
    d.kind = QStringLiteral("contingent_form");
    d.lang = lang;
    d.setField(QStringLiteral("university"), university(lang));
    d.setField(QStringLiteral("unit"), university(lang));
    d.setField(QStringLiteral("unitCode"), QStringLiteral("NSU"));
    d.setField(QStringLiteral("date"), QDate(2026, 11, 28));
    d.setField(QStringLiteral("academicYear"), QStringLiteral("2026-2027"));
    Table t;
    t.name = QStringLiteral("rows");
    t.columns = {{QStringLiteral("specialtyCode"), QStringLiteral("Код"), ColumnType::Text}, {QStringLiteral("specialtyName"), QStringLiteral("Адистик"), ColumnType::Text},
                 {QStringLiteral("level"), QStringLiteral("Деңгээли"), ColumnType::Text},    {QStringLiteral("studyForm"), QStringLiteral("Окуу түрү"), ColumnType::Text},
                 {QStringLiteral("course"), QStringLiteral("Курс"), ColumnType::Int},        {QStringLiteral("total"), QStringLiteral("Бардыгы"), ColumnType::Int},
                 {QStringLiteral("budget"), QStringLiteral("Бюджет"), ColumnType::Int},      {QStringLiteral("contract"), QStringLiteral("Келишим"), ColumnType::Int},
                 {QStringLiteral("female"), QStringLiteral("Аялдар"), ColumnType::Int},      {QStringLiteral("male"), QStringLiteral("Эркектер"), ColumnType::Int},
                 {QStringLiteral("foreign"), QStringLiteral("Чет элдик"), ColumnType::Int},  {QStringLiteral("onLeave"), QStringLiteral("Өргүүдө"), ColumnType::Int}};
    qint64 total = 0;
    for (int course = 1; course <= 4; ++course) {
        // The first row's name is the sample student's, so every format can be checked for it.
        t.rows.append({QStringLiteral("550000"), course == 1 ? sampleName() : word(lang, "Педагогикалык билим берүү", "Педагогическое образование", "Teacher education"),
                       word(lang, "бакалавриат", "бакалавриат", "bachelor's"), word(lang, "күндүзгү", "очная", "full-time"), course, 30 - course, 10, 20 - course, 16, 14 - course,
                       1, course == 2 ? 1 : 0});
        total += 30 - course;
    }
    d.setField(QStringLiteral("total"), total);
    d.setField(QStringLiteral("budget"), 40);
    d.setField(QStringLiteral("contract"), total - 40);
    d.setField(QStringLiteral("female"), 64);
    d.setField(QStringLiteral("male"), total - 64);
    d.setField(QStringLiteral("foreign"), 4);
    d.setField(QStringLiteral("onLeave"), 1);
    d.tables.append(t);
    return d;
}

Document sample(const QString &kind, const QString &lang)
{
    if (kind == QLatin1String("contingent_form")) {
        return sampleContingentForm(lang);
    }
    if (kind == QLatin1String("student_order")) {
        return sampleStudentOrder(lang);
    }
    if (kind == QLatin1String("group_list")) {
        return sampleGroupList(lang);
    }
    if (kind == QLatin1String("study_certificate")) {
        return sampleCertificate(lang);
    }
    if (kind == QLatin1String("order_sample")) {
        return sampleOrder(lang);
    }
    return sampleTable(lang, 60);
}

} // namespace Ebilim::Test
