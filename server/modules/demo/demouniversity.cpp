// Demo university: a Kyrgyz regional state university (modelled on Naryn State University)
// generated deterministically from a seed, for demonstrations, manual testing and load checks.
#include "demouniversity.h"

#include "admin/userstore.h"
#include "dispatch/opcontext.h"
#include "domain/pin.h"
#include "storage/database.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

namespace Ebilim::Server {

using Protocol::ErrorCode;

namespace {

/// First day of the academic year the demo data describes (2026-2027).
const QDate kYearStart(2026, 9, 1);
constexpr int kEntryYearOfFirstCourse = 2026;
constexpr int kBatchRows = 2000;

// ---------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------

/// Seeded random source. Uses only the raw mt19937 output (no std distributions, whose
/// results differ between standard libraries), so a seed gives the same university everywhere.
class Rng
{
public:
    explicit Rng(quint32 seed)
        : m_engine(seed)
    {
    }
    /// Uniform in [0, n).
    int below(int n) { return n <= 1 ? 0 : int((quint64(m_engine()) * quint64(n)) >> 32); }
    /// Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /// True with probability @p p.
    bool chance(double p) { return double(m_engine()) < p * 4294967296.0; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }
    /// Index chosen with probability proportional to its weight.
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = double(m_engine()) / 4294967296.0 * total;
        for (int i = 0; i < weights.size(); ++i) {
            x -= weights.at(i);
            if (x < 0) {
                return i;
            }
        }
        return int(weights.size()) - 1;
    }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, below(int(i + 1)));
        }
    }
    QDate dateIn(int fromYear, int toYear) { return QDate(between(fromYear, toYear), between(1, 12), between(1, 28)); }

private:
    std::mt19937 m_engine;
};

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

struct Patronymic
{
    QString father;
    QString male;
    QString female;
};

/// First names, surnames and patronymics of one nationality.
struct NameSet
{
    QStringList male;
    QStringList female;
    QList<QPair<QString, QString>> surnames; ///< masculine, feminine
    QList<Patronymic> patronymics;
};

/// Nationality keys used in resources/demo/names.txt and the value stored for students.
const QList<QPair<QString, QString>> &nationalities()
{
    static const QList<QPair<QString, QString>> all{
        {QStringLiteral("ky"), QStringLiteral("кыргыз")}, {QStringLiteral("ru"), QStringLiteral("орус")},
        {QStringLiteral("uz"), QStringLiteral("өзбек")},  {QStringLiteral("dg"), QStringLiteral("дунган")},
        {QStringLiteral("kz"), QStringLiteral("казак")},
    };
    return all;
}

[[noreturn]] void resourceBroken(const QString &what)
{
    QCborMap d;
    d.insert(QStringLiteral("resource"), what);
    throw OpFailure(ErrorCode::Internal, d, QStringLiteral("demo resource missing or malformed: %1").arg(what));
}

QStringList resourceLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        resourceBroken(path);
    }
    QStringList lines;
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
            lines << line;
        }
    }
    return lines;
}

/// Parses `:/demo/names.txt`: `[section]` headers, one entry per line, `|`-separated forms.
QHash<QString, NameSet> loadNames()
{
    QHash<QString, NameSet> sets;
    QString section;
    for (const QString &line : resourceLines(QStringLiteral(":/demo/names.txt"))) {
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype us = section.lastIndexOf(QLatin1Char('_'));
        if (us < 0) {
            resourceBroken(QStringLiteral(":/demo/names.txt [%1]").arg(section));
        }
        const QString kind = section.left(us);
        NameSet &set = sets[section.mid(us + 1)];
        const QStringList parts = line.split(QLatin1Char('|'));
        if (kind == QLatin1String("male_first")) {
            set.male << line;
        } else if (kind == QLatin1String("female_first")) {
            set.female << line;
        } else if (kind == QLatin1String("surname") && parts.size() == 2) {
            set.surnames.append({parts.at(0), parts.at(1)});
        } else if (kind == QLatin1String("patronymic") && parts.size() == 3) {
            set.patronymics.append({parts.at(0), parts.at(1), parts.at(2)});
        } else {
            resourceBroken(QStringLiteral(":/demo/names.txt: %1").arg(line));
        }
    }
    for (const auto &nat : nationalities()) {
        const NameSet &s = sets.value(nat.first);
        if (s.male.isEmpty() || s.female.isEmpty() || s.surnames.isEmpty() || s.patronymics.isEmpty()) {
            resourceBroken(QStringLiteral(":/demo/names.txt (%1)").arg(nat.first));
        }
    }
    return sets;
}

struct Person
{
    QString lastName;
    QString firstName;
    QString patronymic; ///< null for the "… уулу / … кызы" form
    char gender = 'F';
    QString nat;        ///< key: ky, ru, uz, dg, kz
    QString fatherFirst;
    QString fatherLast;
    QString fullName() const
    {
        return patronymic.isEmpty() ? lastName + QLatin1Char(' ') + firstName
                                    : lastName + QLatin1Char(' ') + firstName + QLatin1Char(' ') + patronymic;
    }
};

Person makePerson(Rng &rng, const QHash<QString, NameSet> &names, const QString &nat, char gender)
{
    const NameSet &set = names[nat];
    Person p;
    p.nat = nat;
    p.gender = gender;
    p.firstName = gender == 'M' ? rng.pick(set.male) : rng.pick(set.female);
    const QPair<QString, QString> &surname = rng.pick(set.surnames);
    p.lastName = gender == 'M' ? surname.first : surname.second;
    if (surname.first.endsWith(QStringLiteral(" уулу"))) {
        // The traditional form names the father instead of a family name.
        p.fatherFirst = surname.first.section(QLatin1Char(' '), 0, 0);
        return p;
    }
    const Patronymic &pat = rng.pick(set.patronymics);
    p.patronymic = gender == 'M' ? pat.male : pat.female;
    p.fatherFirst = pat.father;
    p.fatherLast = surname.first;
    return p;
}

// ---------------------------------------------------------------------------------------
// Structure of the institution
// ---------------------------------------------------------------------------------------

struct UnitDef
{
    const char *code;
    const char *parent;
    const char *kind;
    const char *ky;
    const char *ru;
    const char *en;
};

// Order matters: parents come before their children.
const UnitDef kUnits[] = {
    {"NSU", nullptr, "university", "Нарын мамлекеттик университети (демо)", "Нарынский государственный университет (демо)",
     "Naryn State University (demo)"},
    {"PF", "NSU", "faculty", "Педагогика жана филология факультети", "Факультет педагогики и филологии",
     "Faculty of Pedagogy and Philology"},
    {"NSM", "NSU", "faculty", "Табигый илимдер жана математика факультети", "Факультет естественных наук и математики",
     "Faculty of Natural Sciences and Mathematics"},
    {"EM", "NSU", "faculty", "Экономика жана башкаруу факультети", "Факультет экономики и управления",
     "Faculty of Economics and Management"},
    {"AV", "NSU", "faculty", "Агрардык жана ветеринардык медицина факультети", "Факультет агрономии и ветеринарной медицины",
     "Faculty of Agriculture and Veterinary Medicine"},
    {"ITE", "NSU", "faculty", "Маалыматтык технологиялар жана инженерия факультети", "Факультет информационных технологий и инженерии",
     "Faculty of Information Technology and Engineering"},
    {"COL", "NSU", "college", "Педагогикалык жана экономикалык колледж", "Педагогико-экономический колледж",
     "College of Pedagogy and Economics"},

    {"PF-KTA", "PF", "department", "Кыргыз тили жана адабияты кафедрасы", "Кафедра кыргызского языка и литературы",
     "Department of Kyrgyz Language and Literature"},
    {"PF-OTA", "PF", "department", "Орус тили жана адабияты кафедрасы", "Кафедра русского языка и литературы",
     "Department of Russian Language and Literature"},
    {"PF-CHT", "PF", "department", "Чет тилдер кафедрасы", "Кафедра иностранных языков", "Department of Foreign Languages"},
    {"PF-PP", "PF", "department", "Педагогика жана психология кафедрасы", "Кафедра педагогики и психологии",
     "Department of Pedagogy and Psychology"},
    {"NSM-MI", "NSM", "department", "Математика жана информатика кафедрасы", "Кафедра математики и информатики",
     "Department of Mathematics and Computer Science"},
    {"NSM-FH", "NSM", "department", "Физика жана химия кафедрасы", "Кафедра физики и химии", "Department of Physics and Chemistry"},
    {"NSM-BG", "NSM", "department", "Биология жана география кафедрасы", "Кафедра биологии и географии",
     "Department of Biology and Geography"},
    {"EM-EBE", "EM", "department", "Экономика жана бухгалтердик эсеп кафедрасы", "Кафедра экономики и бухгалтерского учёта",
     "Department of Economics and Accounting"},
    {"EM-MT", "EM", "department", "Менеджмент жана туризм кафедрасы", "Кафедра менеджмента и туризма",
     "Department of Management and Tourism"},
    {"EM-UK", "EM", "department", "Укук таануу кафедрасы", "Кафедра юриспруденции", "Department of Law"},
    {"AV-VET", "AV", "department", "Ветеринардык медицина кафедрасы", "Кафедра ветеринарной медицины",
     "Department of Veterinary Medicine"},
    {"AV-ZA", "AV", "department", "Зоотехния жана агрономия кафедрасы", "Кафедра зоотехнии и агрономии",
     "Department of Animal Science and Agronomy"},
    {"ITE-PI", "ITE", "department", "Программалык инженерия кафедрасы", "Кафедра программной инженерии",
     "Department of Software Engineering"},
    {"ITE-EK", "ITE", "department", "Энергетика жана курулуш кафедрасы", "Кафедра энергетики и строительства",
     "Department of Energy and Construction"},
    {"COL-PD", "COL", "department", "Педагогикалык дисциплиналар циклдик комиссиясы", "Цикловая комиссия педагогических дисциплин",
     "Pedagogical Subjects Committee"},
    {"COL-EI", "COL", "department", "Экономика жана информатика циклдик комиссиясы", "Цикловая комиссия экономики и информатики",
     "Economics and Computing Committee"},

    {"ACAD", "NSU", "office", "Окуу бөлүмү", "Учебный отдел", "Academic Affairs Office"},
    {"SHR", "NSU", "office", "Студенттик кадрлар бөлүмү", "Отдел студенческих кадров", "Student Records Office"},
    {"HR", "NSU", "office", "Кадрлар бөлүмү", "Отдел кадров", "Human Resources Office"},
    {"ACC", "NSU", "office", "Эсеп бөлүмү", "Бухгалтерия", "Accounting Office"},
    {"ADM", "NSU", "office", "Студенттерди кабыл алуу бөлүмү", "Отдел приёма студентов", "Admissions Office"},
    {"ITD", "NSU", "office", "Маалыматтык технологиялар бөлүмү", "Отдел информационных технологий", "IT Office"},
};

struct SpecialtyDef
{
    const char *unit;     ///< faculty or college code
    const char *code;     ///< classifier code
    const char *abbrev;   ///< group name prefix
    const char *level;    ///< bachelor, master, college
    int years;
    double weight;        ///< relative popularity
    bool extramural;      ///< also taught by correspondence
    double ruShare;       ///< share of groups taught in Russian
    double femaleShare;
    const char *ky;
    const char *ru;
    const char *en;
};

const SpecialtyDef kSpecialties[] = {
    {"PF", "550300", "КТА", "bachelor", 4, 1.0, true, 0.0, 0.75, "Филологиялык билим берүү (кыргыз тили жана адабияты)",
     "Филологическое образование (кыргызский язык и литература)", "Philological Education (Kyrgyz Language and Literature)"},
    {"PF", "520100", "ОТА", "bachelor", 4, 0.6, false, 1.0, 0.8, "Филология (орус тили жана адабияты)",
     "Филология (русский язык и литература)", "Philology (Russian Language and Literature)"},
    {"PF", "531100", "АНГ", "bachelor", 4, 0.9, false, 0.3, 0.75, "Лингвистика (англис тили)", "Лингвистика (английский язык)",
     "Linguistics (English)"},
    {"PF", "550700", "БКО", "bachelor", 4, 1.1, true, 0.15, 0.9, "Педагогика (башталгыч класстарда окутуу)",
     "Педагогика (преподавание в начальных классах)", "Pedagogy (Primary School Teaching)"},
    {"PF", "550800", "ПЕДм", "master", 2, 0.25, false, 0.2, 0.7, "Педагогика жана психология", "Педагогика и психология",
     "Pedagogy and Psychology"},
    {"NSM", "550200", "МИН", "bachelor", 4, 0.8, true, 0.2, 0.5, "Физика-математикалык билим берүү (математика, информатика)",
     "Физико-математическое образование (математика, информатика)", "Physics and Mathematics Education (Mathematics, Computer Science)"},
    {"NSM", "550100", "БИО", "bachelor", 4, 0.6, true, 0.1, 0.7, "Табигый-илимий билим берүү (биология, химия)",
     "Естественнонаучное образование (биология, химия)", "Natural Science Education (Biology, Chemistry)"},
    {"NSM", "511100", "ЭКЛ", "bachelor", 4, 0.4, false, 0.2, 0.55, "Экология жана жаратылышты пайдалануу", "Экология и природопользование",
     "Ecology and Nature Management"},
    {"NSM", "510100", "МАТм", "master", 2, 0.2, false, 0.3, 0.5, "Математика", "Математика", "Mathematics"},
    {"EM", "580100", "ЭК", "bachelor", 4, 1.0, true, 0.3, 0.55, "Экономика", "Экономика", "Economics"},
    {"EM", "580200", "МН", "bachelor", 4, 0.7, true, 0.3, 0.5, "Менеджмент", "Менеджмент", "Management"},
    {"EM", "530500", "ЮР", "bachelor", 4, 1.0, true, 0.35, 0.45, "Юриспруденция", "Юриспруденция", "Law"},
    {"EM", "580300", "ТУР", "bachelor", 4, 0.5, false, 0.2, 0.6, "Туризм", "Туризм", "Tourism"},
    {"EM", "580700", "ФКм", "master", 2, 0.25, false, 0.4, 0.55, "Финансы жана кредит", "Финансы и кредит", "Finance and Credit"},
    {"AV", "630100", "ЗТ", "bachelor", 4, 0.6, true, 0.0, 0.35, "Зоотехния", "Зоотехния", "Animal Science"},
    {"AV", "630300", "ВСЭ", "bachelor", 4, 0.7, true, 0.1, 0.4, "Ветеринардык-санитардык экспертиза", "Ветеринарно-санитарная экспертиза",
     "Veterinary and Sanitary Expertise"},
    {"AV", "630400", "АГР", "bachelor", 4, 0.4, true, 0.0, 0.3, "Агрономия", "Агрономия", "Agronomy"},
    {"ITE", "710400", "ПИ", "bachelor", 4, 1.0, false, 0.4, 0.25, "Программалык инженерия", "Программная инженерия", "Software Engineering"},
    {"ITE", "710200", "ИС", "bachelor", 4, 0.8, true, 0.3, 0.3, "Маалыматтык системалар жана технологиялар",
     "Информационные системы и технологии", "Information Systems and Technologies"},
    {"ITE", "640200", "ЭЭ", "bachelor", 4, 0.5, true, 0.2, 0.1, "Электр энергетикасы жана электр техникасы",
     "Электроэнергетика и электротехника", "Electric Power and Electrical Engineering"},
    {"ITE", "750500", "КУР", "bachelor", 4, 0.5, true, 0.2, 0.1, "Курулуш", "Строительство", "Civil Engineering"},
    {"ITE", "710300", "КИм", "master", 2, 0.2, false, 0.5, 0.35, "Колдонмо информатика", "Прикладная информатика", "Applied Informatics"},
    {"COL", "050709", "БКМ", "college", 3, 0.8, false, 0.1, 0.9, "Башталгыч класстарда окутуу", "Преподавание в начальных классах",
     "Primary School Teaching"},
    {"COL", "080114", "ЭБЭ", "college", 3, 0.7, false, 0.3, 0.65, "Экономика жана бухгалтердик эсеп (тармактар боюнча)",
     "Экономика и бухгалтерский учёт (по отраслям)", "Economics and Accounting"},
    {"COL", "230115", "КСП", "college", 3, 0.6, false, 0.3, 0.3, "Компьютердик системаларда программалоо",
     "Программирование в компьютерных системах", "Programming in Computer Systems"},
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

/// The relative size of each year of study (fewer students in senior years).
double courseFactor(const QString &level, int course)
{
    static const double bachelor[] = {1.0, 0.9, 0.8, 0.72};
    static const double master[] = {1.0, 0.85};
    static const double college[] = {1.0, 0.88, 0.76};
    const int i = course - 1;
    if (level == QLatin1String("master")) {
        return master[std::min(i, 1)];
    }
    if (level == QLatin1String("college")) {
        return college[std::min(i, 2)];
    }
    return bachelor[std::min(i, 3)];
}

/// Splits @p total into parts proportional to @p weights (largest remainder), each at least @p minimum.
QList<int> apportion(int total, const QList<double> &weights, int minimum)
{
    QList<int> out(weights.size(), minimum);
    const int rest = total - minimum * int(weights.size());
    if (rest <= 0 || weights.isEmpty()) {
        return out;
    }
    double sum = 0;
    for (double w : weights) {
        sum += w;
    }
    QList<QPair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = rest * weights.at(i) / sum;
        const int whole = int(std::floor(exact));
        out[i] += whole;
        given += whole;
        remainders.append({exact - whole, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < rest - given; ++k) {
        out[remainders.at(k % remainders.size()).second] += 1;
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// PostgreSQL array literals for unnest()-based batch inserts
// ---------------------------------------------------------------------------------------

/// One column of a batch, rendered as a PostgreSQL array literal (`{"a","b",NULL}`).
class PgArray
{
public:
    /// Appends a value; a null QString becomes SQL NULL.
    void add(const QString &value)
    {
        m_text += m_count++ == 0 ? QLatin1Char('{') : QLatin1Char(',');
        if (value.isNull()) {
            m_text += QLatin1String("NULL");
            return;
        }
        m_text += QLatin1Char('"');
        for (QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                m_text += QLatin1Char('\\');
            }
            m_text += c;
        }
        m_text += QLatin1Char('"');
    }
    void add(qint64 value) { add(QString::number(value)); }
    void add(const QDate &value) { add(value.toString(Qt::ISODate)); }
    void add(bool value) { add(value ? QStringLiteral("t") : QStringLiteral("f")); }
    int count() const { return m_count; }
    QString literal() const { return m_count == 0 ? QStringLiteral("{}") : m_text + QLatin1Char('}'); }
    void clear()
    {
        m_text.clear();
        m_count = 0;
    }

private:
    QString m_text;
    int m_count = 0;
};

/// Collects rows column by column and inserts them with one `INSERT … SELECT * FROM unnest(…)`.
class BatchInsert
{
public:
    /// @p columns: SQL column names; @p types: their array types (e.g. "text[]", "bigint[]").
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QStringList &types)
        : m_db(db)
        , m_columns(columns.size())
    {
        QStringList casts;
        for (const QString &t : types) {
            casts << QStringLiteral("?::") + t;
        }
        m_sql = QStringLiteral("INSERT INTO %1(%2) SELECT * FROM unnest(%3)").arg(table, columns.join(QStringLiteral(", ")), casts.join(QStringLiteral(", ")));
    }
    PgArray &col(int i) { return m_columns[i]; }
    /// Call after each complete row; flushes every kBatchRows rows.
    void rowDone()
    {
        if (m_columns.first().count() >= kBatchRows) {
            flush();
        }
    }
    void flush()
    {
        if (m_columns.first().count() == 0) {
            return;
        }
        QVariantList binds;
        for (PgArray &c : m_columns) {
            binds << c.literal();
            c.clear();
        }
        exec(m_db, m_sql, binds);
    }

private:
    QSqlDatabase m_db;
    QList<PgArray> m_columns;
    QString m_sql;
};

QString rateText(double rate)
{
    return QString::number(rate, 'f', 2);
}

// ---------------------------------------------------------------------------------------
// Generated records
// ---------------------------------------------------------------------------------------

struct PositionRec
{
    QString unit;
    QString title;
    double rate = 1.0;
    bool teaching = false;
    QDate since;
};

struct EmployeeRec
{
    Person person;
    QDate birthDate;
    QString pin;
    QString degree; ///< null: none
    QString title;  ///< null: none
    QList<PositionRec> positions;
    QString faculty; ///< faculty or college of an ordinary teacher (curator candidate)
    qint64 id = 0;
};

struct GroupRec
{
    QString name;
    int specialty = 0; ///< index into kSpecialties
    int course = 1;
    bool extramural = false;
    QString language;
    int size = 0;
    int curator = -1; ///< index into employees
    qint64 id = 0;
};

struct SoateRow
{
    QString code;
    int level = 0;
    QString name;
    QString parent;
};

QList<SoateRow> loadSoate()
{
    QList<SoateRow> rows;
    const QStringList lines = resourceLines(QStringLiteral(":/demo/soate_oblasts_rayons.csv"));
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList f = lines.at(i).split(QLatin1Char(','));
        if (f.size() != 4 || f.at(0).size() != 14) {
            resourceBroken(QStringLiteral(":/demo/soate_oblasts_rayons.csv: %1").arg(lines.at(i)));
        }
        SoateRow r;
        r.code = f.at(0);
        r.level = f.at(1).toInt();
        r.name = f.at(2).trimmed();
        r.name.replace(QStringLiteral("районрайон"), QStringLiteral("район")); // typo in the source extract
        r.parent = f.at(3).trimmed();
        rows << r;
    }
    if (rows.isEmpty()) {
        resourceBroken(QStringLiteral(":/demo/soate_oblasts_rayons.csv"));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SoateRow &a, const SoateRow &b) { return a.level < b.level; });
    return rows;
}

/// Chooses where students come from: mostly Naryn oblast, others by nationality.
class SoatePicker
{
public:
    explicit SoatePicker(const QList<SoateRow> &rows)
    {
        for (const SoateRow &r : rows) {
            if (r.level != 2) {
                continue;
            }
            const QString oblast = r.code.mid(3, 2);
            if (oblast == QLatin1String("00")) {
                continue; // a duplicate of the city of Osh in the source extract
            }
            m_byOblast[oblast] << r.code;
            m_all << r.code;
            if (oblast == QLatin1String("04")) {
                m_naryn << r.code;
                // The town of Naryn and the Naryn rayon send the most students.
                m_narynWeights << (r.code == QLatin1String("41704400000010") ? 3.0 : r.code == QLatin1String("41704245000000") ? 2.0 : 1.4);
            } else {
                m_other << r.code;
            }
        }
        if (m_all.isEmpty()) {
            resourceBroken(QStringLiteral(":/demo/soate_oblasts_rayons.csv (no rayons)"));
        }
    }
    QString pick(Rng &rng, const QString &nat)
    {
        double naryn = 0.75;
        QStringList preferred;
        if (nat == QLatin1String("ru")) {
            naryn = 0.45;
            preferred = {QStringLiteral("11"), QStringLiteral("08"), QStringLiteral("02")};
        } else if (nat == QLatin1String("uz")) {
            naryn = 0.2;
            preferred = {QStringLiteral("06"), QStringLiteral("03"), QStringLiteral("05"), QStringLiteral("21")};
        } else if (nat == QLatin1String("dg")) {
            naryn = 0.25;
            preferred = {QStringLiteral("08"), QStringLiteral("02")};
        } else if (nat == QLatin1String("kz")) {
            naryn = 0.3;
            preferred = {QStringLiteral("07"), QStringLiteral("08")};
        }
        if (!m_naryn.isEmpty() && rng.chance(naryn)) {
            return m_naryn.at(rng.weighted(m_narynWeights));
        }
        if (!preferred.isEmpty() && rng.chance(0.8)) {
            const QStringList &codes = m_byOblast.value(rng.pick(preferred));
            if (!codes.isEmpty()) {
                return rng.pick(codes);
            }
        }
        return rng.pick(m_other.isEmpty() ? m_all : m_other);
    }

private:
    QHash<QString, QStringList> m_byOblast;
    QStringList m_all;
    QStringList m_naryn;
    QList<double> m_narynWeights;
    QStringList m_other;
};

/// Unique PIN serials: a stride coprime to 100 000 visits every serial once.
class PinSerials
{
public:
    explicit PinSerials(Rng &rng)
        : m_next(rng.below(100000))
    {
    }
    int next()
    {
        m_next = (m_next + 7919) % 100000;
        return m_next;
    }

private:
    int m_next;
};

QString mobilePhone(Rng &rng)
{
    static const QList<int> prefixes{700, 701, 702, 703, 705, 707, 709, 770, 771, 772, 773, 775, 777, 779, 550, 551, 552,
                                     553, 554, 555, 557, 559, 500, 501, 502, 505, 507, 509, 220, 221, 222};
    return QStringLiteral("+996 %1 %2 %3")
        .arg(rng.pick(prefixes))
        .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'))
        .arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
}

QString nationalityOf(Rng &rng, bool russianGroup)
{
    // Kyrgyz-language groups are almost all Kyrgyz; Russian-language ones are mixed.
    static const QList<double> kyGroup{0.94, 0.02, 0.025, 0.005, 0.01};
    static const QList<double> ruGroup{0.66, 0.18, 0.07, 0.05, 0.04};
    return nationalities().at(rng.weighted(russianGroup ? ruGroup : kyGroup)).first;
}

QString groupSuffix(int index, int count)
{
    // Parallel groups: а, б, в, …; numbered when there are more than letters.
    static const QString letters = QStringLiteral("абвгдежзиклмнопрстуфхцчшэюя");
    if (count <= 1) {
        return QString();
    }
    if (count <= letters.size()) {
        return QString(letters.at(index));
    }
    return QStringLiteral("-%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

void fail(ErrorCode code, const QString &field, const QString &reason, qint64 limit, const QString &message)
{
    QCborMap d;
    d.insert(QStringLiteral("field"), field);
    d.insert(QStringLiteral("reason"), reason);
    if (limit >= 0) {
        d.insert(QStringLiteral("limit"), limit);
    }
    throw OpFailure(code, d, message);
}

/// Generates and inserts everything; one instance per load().
class Loader
{
public:
    Loader(const QSqlDatabase &db, const DemoUniversity::Options &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_serials(m_rng)
    {
    }

    DemoUniversity::Summary run();

private:
    void progress(int percent, const QString &step)
    {
        if (m_options.progress) {
            m_options.progress(percent, step);
        }
    }
    void loadSoateRows();
    void insertUnits();
    void insertSpecialties();
    void planGroups();
    void generateStaff();
    void insertStaff();
    void insertGroups();
    void insertStudents();
    void insertSigners();
    void createAccounts();
    void insertStaffOrders();

    int addEmployee(const QString &nat, char gender, int fromYear, int toYear);
    void addPosition(int employee, const QString &unit, const QString &title, double rate, bool teaching);
    void setDegree(int employee, const char *degree, const char *title);
    char staffGender(double femaleShare) { return m_rng.chance(femaleShare) ? 'F' : 'M'; }
    QString staffNat() { return m_rng.chance(0.8) ? QStringLiteral("ky") : QStringLiteral("ru"); }
    QList<QString> departmentsOf(const QString &unit) const;

    QSqlDatabase m_db;
    const DemoUniversity::Options &m_options;
    Rng m_rng;
    PinSerials m_serials;
    QHash<QString, NameSet> m_names;
    std::unique_ptr<SoatePicker> m_soate;

    QHash<QString, qint64> m_unitIds;
    QHash<QString, int> m_studentsPerUnit; ///< faculty or college → planned students
    QList<qint64> m_specialtyIds;
    QList<GroupRec> m_groups;
    QList<EmployeeRec> m_employees;
    QHash<QString, int> m_accountEmployee; ///< username → employee index
    Person m_studentAccount;
    QString m_studentAccountPin;
    DemoUniversity::Summary m_summary;
};

QList<QString> Loader::departmentsOf(const QString &unit) const
{
    QList<QString> out;
    for (const UnitDef &u : kUnits) {
        if (u.parent && unit == QLatin1String(u.parent) && qstrcmp(u.kind, "department") == 0) {
            out << QString::fromLatin1(u.code);
        }
    }
    return out;
}

void Loader::loadSoateRows()
{
    const QList<SoateRow> rows = loadSoate();
    m_soate = std::make_unique<SoatePicker>(rows);
    // Parents first (rows are sorted by level); a classifier loaded earlier is kept.
    for (int level = 1; level <= 4; ++level) {
        PgArray code, parent, lvl, name;
        for (const SoateRow &r : rows) {
            if (r.level == level) {
                code.add(r.code);
                parent.add(r.parent.isEmpty() ? QString() : r.parent);
                lvl.add(qint64(r.level));
                name.add(r.name);
            }
        }
        if (code.count() > 0) {
            exec(m_db,
                 QStringLiteral("INSERT INTO ref.soate(code, parent_code, level, name_ru) "
                                "SELECT * FROM unnest(?::text[], ?::text[], ?::int[], ?::text[]) ON CONFLICT (code) DO NOTHING"),
                 {code.literal(), parent.literal(), lvl.literal(), name.literal()});
        }
    }
}

void Loader::insertUnits()
{
    for (const UnitDef &u : kUnits) {
        const QVariant parent = u.parent ? QVariant(m_unitIds.value(QString::fromLatin1(u.parent)))
                                         : QVariant(QMetaType::fromType<qlonglong>());
        const qint64 id = scalar(m_db,
                                 QStringLiteral("INSERT INTO org.units(parent_id, kind, code, name_ky, name_ru, name_en) "
                                                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                                 {parent, QString::fromLatin1(u.kind), QString::fromLatin1(u.code), u8(u.ky), u8(u.ru), u8(u.en)})
                              .toLongLong();
        m_unitIds.insert(QString::fromLatin1(u.code), id);
    }
    m_summary.units = int(m_unitIds.size());
}

void Loader::insertSpecialties()
{
    for (const SpecialtyDef &s : kSpecialties) {
        m_specialtyIds << scalar(m_db,
                                 QStringLiteral("INSERT INTO studenthr.specialties(unit_id, code, name_ky, name_ru, name_en, level, years) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                 {m_unitIds.value(QString::fromLatin1(s.unit)), QString::fromLatin1(s.code), u8(s.ky), u8(s.ru),
                                  u8(s.en), QString::fromLatin1(s.level), s.years})
                              .toLongLong();
    }
    m_summary.specialties = int(m_specialtyIds.size());
}

void Loader::planGroups()
{
    // One slot per specialty and year of study; students are shared out by popularity.
    struct Slot
    {
        int specialty;
        int course;
    };
    QList<Slot> yearSlots;
    QList<double> weights;
    for (int s = 0; s < int(std::size(kSpecialties)); ++s) {
        const SpecialtyDef &def = kSpecialties[s];
        for (int c = 1; c <= def.years; ++c) {
            yearSlots.append({s, c});
            weights << def.weight * courseFactor(QString::fromLatin1(def.level), c) * (0.9 + 0.2 * m_rng.chance(0.5));
        }
    }
    const int minimum = std::min(8, m_options.students / (2 * int(yearSlots.size())));
    const QList<int> sizes = apportion(m_options.students, weights, minimum);

    for (int i = 0; i < yearSlots.size(); ++i) {
        const SpecialtyDef &def = kSpecialties[yearSlots.at(i).specialty];
        const int course = yearSlots.at(i).course;
        const int n = sizes.at(i);
        m_studentsPerUnit[QString::fromLatin1(def.unit)] += n;
        const int extramural = def.extramural && n >= 40 ? qRound(n * 0.18) : 0;
        const int entryYear = kEntryYearOfFirstCourse - course + 1;
        for (int form = 0; form < 2; ++form) {
            const int formSize = form == 0 ? n - extramural : extramural;
            if (formSize <= 0) {
                continue;
            }
            const int count = std::max(1, int(std::ceil(formSize / 27.0)));
            int russian = qRound(count * def.ruShare);
            if (count == 1 && def.ruShare > 0 && def.ruShare < 1) {
                russian = m_rng.chance(def.ruShare) ? 1 : 0;
            }
            for (int g = 0; g < count; ++g) {
                GroupRec rec;
                rec.specialty = yearSlots.at(i).specialty;
                rec.course = course;
                rec.extramural = form == 1;
                rec.language = g >= count - russian ? QStringLiteral("ru") : QStringLiteral("ky");
                rec.size = formSize / count + (g < formSize % count ? 1 : 0);
                rec.name = QStringLiteral("%1%2-%3-%4%5")
                               .arg(u8(def.abbrev), rec.extramural ? QStringLiteral("з") : QString())
                               .arg(course)
                               .arg(entryYear % 100, 2, 10, QLatin1Char('0'))
                               .arg(groupSuffix(g, count));
                m_groups << rec;
            }
        }
    }
}

int Loader::addEmployee(const QString &nat, char gender, int fromYear, int toYear)
{
    EmployeeRec e;
    e.person = makePerson(m_rng, m_names, nat, gender);
    e.birthDate = m_rng.dateIn(fromYear, toYear);
    e.pin = Domain::makePin(gender, e.birthDate, m_serials.next());
    m_employees << e;
    return int(m_employees.size()) - 1;
}

void Loader::addPosition(int employee, const QString &unit, const QString &title, double rate, bool teaching)
{
    EmployeeRec &e = m_employees[employee];
    PositionRec p;
    p.unit = unit;
    p.title = title;
    p.rate = rate;
    p.teaching = teaching;
    const int earliest = std::max(1985, e.birthDate.year() + 22);
    const int year = m_rng.between(std::min(earliest, 2025), 2025);
    p.since = m_rng.chance(0.7) ? QDate(year, 9, 1) : QDate(year, m_rng.between(1, 12), m_rng.between(1, 28));
    e.positions << p;
}

void Loader::setDegree(int employee, const char *degree, const char *title)
{
    m_employees[employee].degree = degree ? QString::fromLatin1(degree) : QString();
    m_employees[employee].title = title ? QString::fromLatin1(title) : QString();
}

void Loader::generateStaff()
{
    const int target = std::max(40, qRound(m_options.students / 12.0));

    // Administration: rector's office, offices, deans, college director.
    int e = addEmployee(QStringLiteral("ky"), 'M', 1958, 1968);
    addPosition(e, QStringLiteral("NSU"), QStringLiteral("ректор"), 1.0, false);
    setDegree(e, "doctor", "professor");
    e = addEmployee(QStringLiteral("ky"), staffGender(0.5), 1962, 1975);
    addPosition(e, QStringLiteral("NSU"), QStringLiteral("окуу иштери боюнча проректор"), 1.0, false);
    setDegree(e, "doctor", "professor");
    m_accountEmployee.insert(QStringLiteral("vicerector"), e);
    e = addEmployee(QStringLiteral("ky"), staffGender(0.4), 1965, 1980);
    addPosition(e, QStringLiteral("NSU"), QStringLiteral("илимий иштер жана эл аралык байланыштар боюнча проректор"), 1.0, false);
    setDegree(e, "candidate", "docent");

    struct Office
    {
        const char *unit;
        const char *head;
        const char *staff;
        const char *account;
        double weight;
    };
    static const Office offices[] = {
        {"ACAD", "окуу бөлүмүнүн башчысы", "методист", "academic", 3},
        {"SHR", "студенттик кадрлар бөлүмүнүн башчысы", "инспектор", "studenthr", 3},
        {"HR", "кадрлар бөлүмүнүн башчысы", "инспектор", "staffhr", 2},
        {"ACC", "башкы бухгалтер", "бухгалтер", "accountant", 3},
        {"ADM", "кабыл алуу комиссиясынын жооптуу катчысы", "адис", "admissions", 1},
        {"ITD", "маалыматтык технологиялар бөлүмүнүн башчысы", "инженер-программист", "admin", 2},
    };
    QList<double> officeWeights;
    for (const Office &o : offices) {
        e = addEmployee(staffNat(), staffGender(0.6), 1965, 1990);
        addPosition(e, QString::fromLatin1(o.unit), u8(o.head), 1.0, false);
        m_accountEmployee.insert(QString::fromLatin1(o.account), e);
        officeWeights << o.weight;
    }
    const int officeStaff = std::max(0, qRound(target * 0.06) - int(std::size(offices)));
    const QList<int> perOffice = apportion(officeStaff, officeWeights, 0);
    for (int i = 0; i < int(std::size(offices)); ++i) {
        for (int k = 0; k < perOffice.at(i); ++k) {
            e = addEmployee(staffNat(), staffGender(0.7), 1970, 2000);
            addPosition(e, QString::fromLatin1(offices[i].unit), u8(offices[i].staff), m_rng.chance(0.9) ? 1.0 : 0.5, false);
        }
    }

    // Faculties and the college: the head, a methodist or two, and the departments.
    QList<QString> academicUnits;
    for (const UnitDef &u : kUnits) {
        if (qstrcmp(u.kind, "faculty") == 0 || qstrcmp(u.kind, "college") == 0) {
            academicUnits << QString::fromLatin1(u.code);
        }
    }
    QList<QString> departments;
    QList<double> departmentWeights;
    for (const QString &unit : academicUnits) {
        const bool college = unit == QLatin1String("COL");
        const QList<QString> deps = departmentsOf(unit);
        e = addEmployee(QStringLiteral("ky"), staffGender(0.35), 1960, 1978);
        addPosition(e, unit, college ? QStringLiteral("директор") : QStringLiteral("декан"), 1.0, false);
        if (college) {
            setDegree(e, "candidate", nullptr);
            m_accountEmployee.insert(QStringLiteral("college"), e);
        } else {
            const bool professor = m_rng.chance(0.4);
            setDegree(e, professor ? "doctor" : "candidate", professor ? "professor" : "docent");
            addPosition(e, deps.first(), professor ? QStringLiteral("профессор") : QStringLiteral("доцент"), 0.5, true);
            if (!m_accountEmployee.contains(QStringLiteral("dean"))) {
                m_accountEmployee.insert(QStringLiteral("dean"), e);
            }
        }
        for (int k = 0; k < 1 + target / 800; ++k) {
            e = addEmployee(staffNat(), staffGender(0.8), 1975, 2000);
            addPosition(e, unit, QStringLiteral("методист"), 1.0, false);
        }
        for (const QString &dep : deps) {
            e = addEmployee(staffNat(), staffGender(0.5), 1958, 1982);
            addPosition(e, dep, college ? QStringLiteral("циклдик комиссиянын төрагасы") : QStringLiteral("кафедра башчысы"), 1.0, true);
            if (college) {
                setDegree(e, m_rng.chance(0.3) ? "candidate" : nullptr, nullptr);
            } else {
                const bool doctor = m_rng.chance(0.35);
                setDegree(e, doctor ? "doctor" : "candidate", doctor ? "professor" : "docent");
            }
            if (!m_accountEmployee.contains(QStringLiteral("department"))) {
                m_accountEmployee.insert(QStringLiteral("department"), e);
            }
            departments << dep;
            departmentWeights << double(std::max(1, m_studentsPerUnit.value(unit))) / deps.size();
        }
    }

    // Teachers: the rest of the staff, shared out by the students each department teaches.
    const int teachers = std::max(int(departments.size()) * 2, target - int(m_employees.size()));
    const QList<int> perDepartment = apportion(teachers, departmentWeights, 2);
    static const QList<double> rates{1.0, 1.5, 1.25, 0.75, 0.5, 0.25};
    static const QList<double> rateWeights{60, 8, 7, 7, 13, 5};
    for (int d = 0; d < departments.size(); ++d) {
        const QString &dep = departments.at(d);
        const QString faculty = dep.section(QLatin1Char('-'), 0, 0);
        const bool college = faculty == QLatin1String("COL");
        const QList<QString> siblings = departmentsOf(faculty);
        for (int k = 0; k < perDepartment.at(d); ++k) {
            // Rank: professor, docent, senior teacher, teacher (college: the last two only).
            const int rank = college ? 2 + m_rng.below(2) : m_rng.weighted({8, 30, 35, 27});
            static const int fromYear[] = {1955, 1960, 1968, 1985};
            static const int toYear[] = {1972, 1988, 1995, 2000};
            const char gender = staffGender(0.58);
            e = addEmployee(staffNat(), gender, fromYear[rank], toYear[rank]);
            static const char *titles[] = {"профессор", "доцент", "улук окутуучу", "окутуучу"};
            addPosition(e, dep, u8(titles[rank]), rates.at(m_rng.weighted(rateWeights)), true);
            switch (rank) {
            case 0:
                setDegree(e, m_rng.chance(0.85) ? "doctor" : "phd", "professor");
                break;
            case 1:
                setDegree(e, m_rng.chance(0.85) ? "candidate" : "phd", m_rng.chance(0.8) ? "docent" : nullptr);
                break;
            case 2:
                setDegree(e, m_rng.chance(0.25) ? "candidate" : nullptr, nullptr);
                break;
            default:
                setDegree(e, m_rng.chance(0.05) ? "phd" : nullptr, nullptr);
                break;
            }
            m_employees[e].faculty = faculty;
            // Some teachers also hold a part-time post in a neighbouring department.
            if (siblings.size() > 1 && m_rng.chance(0.1)) {
                QString other = dep;
                while (other == dep) {
                    other = m_rng.pick(siblings);
                }
                addPosition(e, other, u8(titles[rank]), m_rng.chance(0.5) ? 0.25 : 0.5, true);
            }
        }
    }
    m_summary.employees = int(m_employees.size());
}

void Loader::insertStaff()
{
    // Curators: ordinary teachers of the group's faculty or college, spread evenly.
    QHash<QString, QList<int>> pools;
    for (int i = 0; i < m_employees.size(); ++i) {
        if (!m_employees.at(i).faculty.isEmpty()) {
            pools[m_employees.at(i).faculty] << i;
        }
    }
    for (QList<int> &pool : pools) {
        m_rng.shuffle(pool);
    }
    QHash<QString, int> used;
    for (GroupRec &g : m_groups) {
        const QString unit = QString::fromLatin1(kSpecialties[g.specialty].unit);
        const QList<int> &pool = pools[unit];
        if (!pool.isEmpty()) {
            g.curator = pool.at(used[unit]++ % pool.size());
        }
    }
    if (!m_groups.isEmpty() && m_groups.first().curator >= 0) {
        const int curator = m_groups.first().curator;
        m_accountEmployee.insert(QStringLiteral("curator"), curator);
        // The teacher account: an ordinary teacher of the account department, not the curator.
        const QString dep = m_employees.at(m_accountEmployee.value(QStringLiteral("department"))).positions.first().unit;
        QSet<int> curators;
        for (const GroupRec &g : std::as_const(m_groups)) {
            curators.insert(g.curator);
        }
        int teacher = -1;
        for (int i = 0; i < m_employees.size(); ++i) {
            const EmployeeRec &e = m_employees.at(i);
            if (i != curator && !e.faculty.isEmpty() && e.positions.first().unit == dep) {
                if (!curators.contains(i)) {
                    teacher = i; // preferably one who curates no group
                    break;
                }
                if (teacher < 0) {
                    teacher = i;
                }
            }
        }
        if (teacher >= 0) {
            m_accountEmployee.insert(QStringLiteral("teacher"), teacher);
        }
    }

    BatchInsert employees(m_db, QStringLiteral("staffhr.employees"),
                          {QStringLiteral("pin"), QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("patronymic"),
                           QStringLiteral("birth_date"), QStringLiteral("gender"), QStringLiteral("degree"), QStringLiteral("title")},
                          {QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]"),
                           QStringLiteral("date[]"), QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]")});
    for (const EmployeeRec &e : std::as_const(m_employees)) {
        employees.col(0).add(e.pin);
        employees.col(1).add(e.person.lastName);
        employees.col(2).add(e.person.firstName);
        employees.col(3).add(e.person.patronymic);
        employees.col(4).add(e.birthDate);
        employees.col(5).add(QString(QLatin1Char(e.person.gender)));
        employees.col(6).add(e.degree);
        employees.col(7).add(e.title);
        employees.rowDone();
    }
    employees.flush();

    QHash<QString, qint64> idByPin;
    QSqlQuery q = exec(m_db, QStringLiteral("SELECT id, pin FROM staffhr.employees WHERE pin IS NOT NULL"));
    while (q.next()) {
        idByPin.insert(q.value(1).toString(), q.value(0).toLongLong());
    }

    BatchInsert positions(m_db, QStringLiteral("staffhr.positions"),
                          {QStringLiteral("employee_id"), QStringLiteral("unit_id"), QStringLiteral("position"), QStringLiteral("rate"),
                           QStringLiteral("teaching"), QStringLiteral("since")},
                          {QStringLiteral("bigint[]"), QStringLiteral("bigint[]"), QStringLiteral("text[]"), QStringLiteral("numeric[]"),
                           QStringLiteral("boolean[]"), QStringLiteral("date[]")});
    for (EmployeeRec &e : m_employees) {
        e.id = idByPin.value(e.pin);
        for (const PositionRec &p : std::as_const(e.positions)) {
            positions.col(0).add(e.id);
            positions.col(1).add(m_unitIds.value(p.unit));
            positions.col(2).add(p.title);
            positions.col(3).add(rateText(p.rate));
            positions.col(4).add(p.teaching);
            positions.col(5).add(p.since);
            positions.rowDone();
        }
    }
    positions.flush();
}

void Loader::insertGroups()
{
    BatchInsert groups(m_db, QStringLiteral("studenthr.groups"),
                       {QStringLiteral("name"), QStringLiteral("specialty_id"), QStringLiteral("course"), QStringLiteral("study_form"),
                        QStringLiteral("language"), QStringLiteral("entry_year"), QStringLiteral("curator_id")},
                       {QStringLiteral("text[]"), QStringLiteral("bigint[]"), QStringLiteral("int[]"), QStringLiteral("text[]"),
                        QStringLiteral("text[]"), QStringLiteral("int[]"), QStringLiteral("bigint[]")});
    for (const GroupRec &g : std::as_const(m_groups)) {
        groups.col(0).add(g.name);
        groups.col(1).add(m_specialtyIds.at(g.specialty));
        groups.col(2).add(qint64(g.course));
        groups.col(3).add(g.extramural ? QStringLiteral("extramural") : QStringLiteral("fulltime"));
        groups.col(4).add(g.language);
        groups.col(5).add(qint64(kEntryYearOfFirstCourse - g.course + 1));
        groups.col(6).add(g.curator >= 0 ? QString::number(m_employees.at(g.curator).id) : QString());
        groups.rowDone();
    }
    groups.flush();

    QHash<QString, qint64> idByName;
    QSqlQuery q = exec(m_db, QStringLiteral("SELECT id, name FROM studenthr.groups"));
    while (q.next()) {
        idByName.insert(q.value(1).toString(), q.value(0).toLongLong());
    }
    for (GroupRec &g : m_groups) {
        g.id = idByName.value(g.name);
    }
    m_summary.groups = int(m_groups.size());
}

void Loader::insertStudents()
{
    BatchInsert students(m_db, QStringLiteral("studenthr.students"),
                         {QStringLiteral("pin"), QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("patronymic"),
                          QStringLiteral("birth_date"), QStringLiteral("gender"), QStringLiteral("nationality"), QStringLiteral("soate_code"),
                          QStringLiteral("phone"), QStringLiteral("group_id"), QStringLiteral("funding")},
                         {QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]"),
                          QStringLiteral("date[]"), QStringLiteral("text[]"), QStringLiteral("text[]"), QStringLiteral("text[]"),
                          QStringLiteral("text[]"), QStringLiteral("bigint[]"), QStringLiteral("text[]")});
    QHash<QString, QString> natNames;
    for (const auto &n : nationalities()) {
        natNames.insert(n.first, n.second);
    }
    int done = 0;
    int reported = 0;
    for (const GroupRec &g : std::as_const(m_groups)) {
        const SpecialtyDef &def = kSpecialties[g.specialty];
        const QString level = QString::fromLatin1(def.level);
        for (int k = 0; k < g.size; ++k) {
            const char gender = m_rng.chance(def.femaleShare) ? 'F' : 'M';
            const Person p = makePerson(m_rng, m_names, nationalityOf(m_rng, g.language == QLatin1String("ru")), gender);
            // Age on 1 September: entry age plus the years already studied, some started later.
            int age = (level == QLatin1String("master") ? 21 : 17) + m_rng.below(2) + g.course - 1;
            if (m_rng.chance(0.08)) {
                age += m_rng.between(1, 3);
            }
            if (g.extramural) {
                age += m_rng.between(0, 4);
            }
            age = std::clamp(age, 17, 24);
            const QDate birth = kYearStart.addYears(-age - 1).addDays(1 + m_rng.below(365));
            const QString pin = Domain::makePin(gender, birth, m_serials.next());
            const double budget = g.extramural ? 0.1 : level == QLatin1String("master") ? 0.5 : 0.42;

            students.col(0).add(pin);
            students.col(1).add(p.lastName);
            students.col(2).add(p.firstName);
            students.col(3).add(p.patronymic);
            students.col(4).add(birth);
            students.col(5).add(QString(QLatin1Char(gender)));
            students.col(6).add(natNames.value(p.nat));
            students.col(7).add(m_soate->pick(m_rng, p.nat));
            students.col(8).add(mobilePhone(m_rng));
            students.col(9).add(g.id);
            students.col(10).add(m_rng.chance(budget) ? QStringLiteral("budget") : QStringLiteral("contract"));
            students.rowDone();

            if (m_studentAccountPin.isEmpty() && p.nat == QLatin1String("ky") && !p.patronymic.isEmpty()) {
                m_studentAccount = p;
                m_studentAccountPin = pin;
            }
            if (++done - reported >= kBatchRows) {
                reported = done;
                progress(40 + int(50.0 * done / std::max(1, m_options.students)), QStringLiteral("students %1").arg(done));
            }
        }
    }
    students.flush();
    m_summary.students = done;
}

/// Who signs papers: the dean (college director) for study certificates of their unit, the rector for orders.
void Loader::insertSigners()
{
    for (const EmployeeRec &e : std::as_const(m_employees)) {
        for (const PositionRec &p : e.positions) {
            const char *ky = nullptr;
            const char *ru = nullptr;
            const char *en = nullptr;
            QString kind = QStringLiteral("study_certificate");
            if (p.title == QStringLiteral("декан")) {
                ky = "Декан";
                ru = "Декан";
                en = "Dean";
            } else if (p.title == QStringLiteral("директор")) {
                ky = "Колледждин директору";
                ru = "Директор колледжа";
                en = "Director of the College";
            } else if (p.title == QStringLiteral("ректор")) {
                ky = "Ректор";
                ru = "Ректор";
                en = "Rector";
                kind = QStringLiteral("order");
            } else {
                continue;
            }
            const QVariant unit = kind == QLatin1String("order") ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(m_unitIds.value(p.unit));
            exec(m_db,
                 QStringLiteral("INSERT INTO documents.signers(kind, unit_id, full_name, position_ky, position_ru, position_en) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 {kind, unit, e.person.fullName(), u8(ky), u8(ru), u8(en)});
        }
    }
}

void Loader::createAccounts()
{
    const QList<DemoUniversity::Account> accounts = DemoUniversity::accounts();
    qint64 studentId = 0;
    for (DemoUniversity::Account acc : accounts) {
        const QVariant existing = scalar(m_db, QStringLiteral("SELECT id FROM core.users WHERE username = ?"), {acc.username});
        if (existing.isValid()) {
            // E.g. the first administrator made by `ebilim-admin init`: keep it as it is.
            acc.description += QStringLiteral(" (existing account kept, password unchanged)");
            m_summary.accounts << acc;
            continue;
        }
        const int employee = m_accountEmployee.value(acc.username, -1);
        QString fullName;
        if (employee >= 0) {
            fullName = m_employees.at(employee).person.fullName();
        } else if (acc.username == QLatin1String("student")) {
            fullName = m_studentAccount.fullName();
        } else if (acc.username == QLatin1String("parent")) {
            const Person father = makePerson(m_rng, m_names, QStringLiteral("ky"), 'M');
            fullName = m_studentAccount.fatherLast + QLatin1Char(' ') + m_studentAccount.fatherFirst
                + (father.patronymic.isEmpty() ? QString() : QLatin1Char(' ') + father.patronymic);
        } else {
            fullName = makePerson(m_rng, m_names, QStringLiteral("ky"), m_rng.chance(0.5) ? 'F' : 'M').fullName();
        }
        const qint64 userId = UserStore::create(m_db, acc.username, fullName, m_options.password);
        UserStore::grant(m_db, userId, acc.role, acc.unitCode.isEmpty() ? 0 : m_unitIds.value(acc.unitCode));

        if (employee >= 0) {
            exec(m_db, QStringLiteral("UPDATE staffhr.employees SET user_id = ? WHERE id = ?"), {userId, m_employees.at(employee).id});
        } else if (acc.username == QLatin1String("student") && !m_studentAccountPin.isEmpty()) {
            studentId = scalar(m_db, QStringLiteral("UPDATE studenthr.students SET user_id = ? WHERE pin = ? RETURNING id"),
                               {userId, m_studentAccountPin})
                            .toLongLong();
        } else if (acc.username == QLatin1String("parent") && studentId > 0) {
            exec(m_db, QStringLiteral("INSERT INTO studenthr.guardians(student_id, user_id, relation) VALUES (?, ?, ?)"),
                 {studentId, userId, QStringLiteral("отец")});
        }
        m_summary.accounts << acc;
    }
}

/// The staff orders behind the demo's records, signed by the head of the staff HR office as
/// staffhr.orders.sign would have: a hiring order for every start date of the positions, last
/// summer's annual leaves, a study leave running now and awards for Teachers' Day, each line
/// with the summary the employee's history shows.
void Loader::insertStaffOrders()
{
    const QVariant signer = scalar(m_db, QStringLiteral("SELECT id FROM core.users WHERE username = 'staffhr'"));
    exec(m_db,
         QStringLiteral("CREATE TEMP TABLE demo_staff_orders ON COMMIT DROP AS "
                        "SELECT since AS order_date, 'hiring'::text AS kind, ''::text AS title FROM (SELECT DISTINCT since FROM staffhr.positions) d "
                        "UNION ALL SELECT current_date - 150, 'leave', 'Жылдык эмгек өргүүлөрү жөнүндө' "
                        "UNION ALL SELECT current_date - 30, 'award', 'Мугалимдер күнүнө карата сыйлоо жөнүндө' "
                        "UNION ALL SELECT current_date - 12, 'leave', 'Окуу өргүүсү жөнүндө'"));
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.orders(number, order_date, kind, title, state, signed_by, signed_at, signed_seq) "
                        "SELECT (row_number() OVER (PARTITION BY date_part('year', order_date) ORDER BY order_date, kind))::text || '-к', "
                        "order_date, kind, title, 'signed', ?, order_date + time '10:00', row_number() OVER (ORDER BY order_date, kind) "
                        "FROM demo_staff_orders"),
         {signer});
    exec(m_db, QStringLiteral("SELECT setval('staffhr.order_sign_seq', (SELECT max(signed_seq) FROM staffhr.orders))"));
    // hiring: one line per position opened that day
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, unit_id, position, rate, teaching, date_from, summary) "
                        "SELECT o.id, row_number() OVER (PARTITION BY o.id ORDER BY e.last_name, e.first_name, p.id), p.employee_id, p.unit_id, "
                        "p.position, p.rate, p.teaching, p.since, p.position || ', ' || u.code || ', ' || p.rate::text || ' — ' || p.since::text "
                        "FROM staffhr.positions p JOIN staffhr.employees e ON e.id = p.employee_id JOIN org.units u ON u.id = p.unit_id "
                        "JOIN staffhr.orders o ON o.kind = 'hiring' AND o.order_date = p.since"));
    exec(m_db,
         QStringLiteral("UPDATE staffhr.positions p SET order_id = o.id FROM staffhr.orders o WHERE o.kind = 'hiring' AND o.order_date = p.since"));
    // leaves: every ninth employee last summer (44 days), every 53rd on study leave now
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, leave_kind, date_from, date_to, summary) "
                        "SELECT o.id, row_number() OVER (PARTITION BY o.id ORDER BY e.last_name, e.first_name, e.id), e.id, l.kind, l.date_from, "
                        "l.date_to, l.kind || ': ' || l.date_from::text || ' — ' || l.date_to::text "
                        "FROM staffhr.employees e "
                        "CROSS JOIN LATERAL (VALUES ('annual', current_date - 140, current_date - 97, 9, current_date - 150), "
                        "                           ('study', current_date - 10, current_date + 20, 53, current_date - 12)) "
                        "     AS l(kind, date_from, date_to, every, order_date) "
                        "JOIN staffhr.orders o ON o.kind = 'leave' AND o.order_date = l.order_date "
                        "WHERE e.id % l.every = 0"));
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.leaves(employee_id, kind, date_from, date_to, order_id) "
                        "SELECT i.employee_id, i.leave_kind, i.date_from, i.date_to, i.order_id FROM staffhr.order_items i "
                        "JOIN staffhr.orders o ON o.id = i.order_id WHERE o.kind = 'leave'"));
    // awards: every fifth docent or professor
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.order_items(order_id, line, employee_id, award_kind, text, summary) "
                        "SELECT o.id, row_number() OVER (ORDER BY e.last_name, e.first_name, e.id), e.id, 'Ардак грамота', "
                        "'Мугалимдер күнүнө карата', 'Ардак грамота: Мугалимдер күнүнө карата' "
                        "FROM staffhr.employees e JOIN staffhr.orders o ON o.kind = 'award' "
                        "WHERE e.title IN ('docent', 'professor') AND e.id % 5 = 0"));
    exec(m_db,
         QStringLiteral("INSERT INTO staffhr.awards(employee_id, kind, text, award_date, order_id) "
                        "SELECT i.employee_id, i.award_kind, i.text, o.order_date, o.id FROM staffhr.order_items i "
                        "JOIN staffhr.orders o ON o.id = i.order_id WHERE o.kind = 'award'"));
    // an order without lines is no order (a small demo may have no docent with such an id)
    exec(m_db, QStringLiteral("DELETE FROM staffhr.orders o WHERE NOT EXISTS (SELECT 1 FROM staffhr.order_items i WHERE i.order_id = o.id)"));
    m_summary.staffOrders = scalar(m_db, QStringLiteral("SELECT count(*) FROM staffhr.orders")).toInt();
}

DemoUniversity::Summary Loader::run()
{
    if (m_options.students < 500 || m_options.students > 50000) {
        const bool low = m_options.students < 500;
        fail(ErrorCode::ValidationFailed, QStringLiteral("students"), QStringLiteral("range"), low ? 500 : 50000,
             QStringLiteral("students must be between 500 and 50000"));
    }
    if (m_options.password.size() < 10) {
        fail(ErrorCode::ValidationFailed, QStringLiteral("password"), QStringLiteral("too_short"), 10,
             QStringLiteral("demo password shorter than 10 characters"));
    }
    UserStore::checkPassword(m_options.password);
    m_names = loadNames();

    Transaction tx(m_db);
    progress(0, QStringLiteral("checking the database"));
    if (scalar(m_db, QStringLiteral("SELECT 1 FROM org.units LIMIT 1")).isValid()) {
        QCborMap d;
        d.insert(QStringLiteral("state"), QStringLiteral("not_empty"));
        throw OpFailure(ErrorCode::InvalidState, d, QStringLiteral("the database already has org units; the demo needs an empty one"));
    }
    progress(2, QStringLiteral("SOATE classifier"));
    loadSoateRows();
    progress(5, QStringLiteral("structure and specialties"));
    insertUnits();
    insertSpecialties();
    planGroups();
    progress(10, QStringLiteral("staff"));
    generateStaff();
    insertStaff();
    progress(30, QStringLiteral("groups"));
    insertGroups();
    progress(40, QStringLiteral("students"));
    insertStudents();
    // The students' initial history (valid from their group's entry year), so that the
    // contingent at a past date works on the demo data too.
    exec(m_db, QStringLiteral("SELECT studenthr.backfill_history()"));
    // the name index's pending entries merged now, not by the first VACUUM (see migration 0006)
    exec(m_db, QStringLiteral("SELECT gin_clean_pending_list('studenthr.students_search_trgm_idx')"));
    insertSigners();
    progress(92, QStringLiteral("demo accounts"));
    createAccounts();
    progress(96, QStringLiteral("staff orders"));
    insertStaffOrders();
    progress(99, QStringLiteral("committing"));
    tx.commit();
    progress(100, QStringLiteral("done"));
    return m_summary;
}

} // namespace

DemoUniversity::Summary DemoUniversity::load(const QSqlDatabase &db, const Options &options)
{
    Loader loader(db, options);
    return loader.run();
}

QList<DemoUniversity::Account> DemoUniversity::accounts()
{
    auto acc = [](const char *username, const char *role, const char *unit, const char *description) {
        return Account{QString::fromLatin1(username), QString::fromLatin1(role), QString::fromLatin1(unit), QString::fromLatin1(description)};
    };
    return {
        acc("admin", "sysadmin", "", "System administrator: users, roles, backups"),
        acc("vicerector", "vicerector", "", "Vice-rector for academic affairs: approves deletions and drastic changes"),
        acc("accountant", "accounting", "", "Chief accountant: tuition payments"),
        acc("staffhr", "staffhr", "", "Head of the staff HR office"),
        acc("studenthr", "studenthr", "", "Head of the student records office"),
        acc("admissions", "admissions", "", "Executive secretary of the admissions office"),
        acc("academic", "academic", "", "Head of the academic affairs office: curricula, teaching load, timetable"),
        acc("dean", "dean", "PF", "Dean of the Faculty of Pedagogy and Philology"),
        acc("department", "department", "PF-KTA", "Head of the Department of Kyrgyz Language and Literature"),
        acc("college", "college", "COL", "Director of the College of Pedagogy and Economics"),
        acc("teacher", "teacher", "", "Teacher of the Department of Kyrgyz Language and Literature"),
        acc("curator", "curator", "", "Curator of a first-year group of the Faculty of Pedagogy and Philology"),
        acc("student", "student", "", "First-year student of the Faculty of Pedagogy and Philology"),
        acc("parent", "parent", "", "Father of the demo student"),
        acc("applicant", "applicant", "", "Applicant without a student record"),
    };
}

} // namespace Ebilim::Server
