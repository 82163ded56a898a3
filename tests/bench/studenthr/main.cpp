// ebilim-hrbench: the student HR office on a demo university of 50 000 students, against
// baselines measured in the same run on the same database.
//
//   search: ≥ 500 studenthr.students.search requests of five realistic kinds (a surname with
//     a typo, a Kyrgyz name typed with Russian letters, a Latin spelling, a PIN prefix, a
//     group name) one after another over TLS; p50/p95/p99 per kind and overall. Baseline:
//     the same SQL with the same binds through QSqlQuery on the same database.
//   report: studenthr.reports.contingent by every dimension. Baselines: a plain COUNT …
//     GROUP BY over the students' present state, and the report's own SQL run directly.
//   import: a 10 000-row XLSX list written by the documents engine, read back with
//     readTableFile, mapped as the workstation's import page maps it and sent as
//     studenthr.import in chunks of 2 000 rows: check (commit false), then commit. Baseline:
//     one set-based INSERT … SELECT FROM unnest(…) of the same rows (rolled back).
//   roll-forward: studenthr.year.preview and studenthr.year.rollForward. Baseline: the
//     set-based UPDATEs of courses and statuses the roll-forward amounts to (rolled back).
//
// Output: Markdown tables on stdout. Usage:
//   ebilim-hrbench [--students 50000] [--queries 600] [--rows 10000] [--out DIR]
#include "demo/demouniversity.h"
#include "documents/renderer.h"
#include "documents/tablereader.h"
#include "domain/pin.h"
#include "serverfixture.h"
#include "storage/database.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Ebilim;
using namespace Ebilim::Documents;

namespace {

constexpr int ChunkRows = 2000; // as the workstation's import page (frames ≤ 1 MiB)
constexpr int LongCall = 900000;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(v.size()))) - 1, 0, v.size() - 1);
    return v.at(i);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void line(const QString &text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QSqlDatabase db()
{
    return Server::Db::thread();
}

/// A Kyrgyz name typed with Russian letters: ң ө ү → н о у.
QString russianSpelling(const QString &s)
{
    QString r = s;
    r.replace(QChar(0x04A3), QChar(0x043D)).replace(QChar(0x04E9), QChar(0x043E)).replace(QChar(0x04AF), QChar(0x0443));
    r.replace(QChar(0x04A2), QChar(0x041D)).replace(QChar(0x04E8), QChar(0x041E)).replace(QChar(0x04AE), QChar(0x0423));
    return r;
}

bool hasKyrgyzLetter(const QString &s)
{
    return s != russianSpelling(s);
}

/// One typo inside the word: a letter replaced by its alphabet neighbour, dropped, or two swapped.
QString typo(const QString &w, QRandomGenerator &rng)
{
    if (w.size() < 5) {
        return w;
    }
    QString t = w;
    const int p = 1 + int(rng.bounded(quint32(w.size() - 2)));
    switch (rng.bounded(3)) {
    case 0:
        t[p] = QChar(t.at(p).unicode() + (t.at(p).unicode() == 0x044F ? -1 : 1));
        break;
    case 1:
        t.remove(p, 1);
        break;
    default:
        std::swap(t[p], t[p + 1 < t.size() ? p + 1 : p - 1]);
        break;
    }
    return t;
}

// --- search ---------------------------------------------------------------------------------

struct Query
{
    QString kind;
    QString text;
    qint64 targetId = 0;
    QString expect; ///< surname, group name or PIN prefix the results should show
};

QList<Query> makeQueries(int n, QRandomGenerator &rng)
{
    struct Student
    {
        qint64 id;
        QString last, first, pin, group, latin;
    };
    QList<Student> all;
    QSqlQuery q = Server::exec(db(), QStringLiteral("SELECT s.id, s.last_name, s.first_name, s.pin, g.name, "
                                                    "studenthr.latin(s.last_name) || ' ' || studenthr.latin(s.first_name) "
                                                    "FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                                    "WHERE s.status = 'active' ORDER BY s.id"),
                               {});
    while (q.next()) {
        all.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString()});
    }
    QList<Student> kyrgyzLetters;
    for (const Student &s : std::as_const(all)) {
        if (hasKyrgyzLetter(s.last) || hasKyrgyzLetter(s.first)) {
            kyrgyzLetters << s;
        }
    }
    QList<Query> out;
    for (int i = 0; i < n; ++i) {
        const Student &s = all.at(rng.bounded(int(all.size())));
        Query x;
        x.targetId = s.id;
        switch (i % 5) {
        case 0:
            x.kind = QStringLiteral("surname with a typo");
            x.text = typo(s.last.section(QLatin1Char(' '), 0, 0), rng);
            x.expect = s.last.section(QLatin1Char(' '), 0, 0);
            x.targetId = 0; // common surnames: the student need not be in the first 50
            break;
        case 1: {
            const Student &k = kyrgyzLetters.at(rng.bounded(int(kyrgyzLetters.size())));
            x.kind = QStringLiteral("Russian spelling, surname + name");
            x.text = russianSpelling(k.last + QLatin1Char(' ') + k.first);
            x.targetId = k.id;
            break;
        }
        case 2:
            x.kind = QStringLiteral("Latin spelling, surname + name");
            x.text = s.latin;
            break;
        case 3:
            x.kind = QStringLiteral("PIN prefix (6-10 digits)");
            x.text = s.pin.left(6 + int(rng.bounded(5)));
            x.expect = x.text;
            x.targetId = 0; // ordered by PIN: a short prefix lists others first
            break;
        default:
            x.kind = QStringLiteral("group name");
            x.text = rng.bounded(2) ? s.group : s.group.toLower();
            x.expect = s.group;
            x.targetId = 0; // a group of more than 50 lists its first 50
            break;
        }
        out << x;
    }
    return out;
}

bool found(const Query &x, const QCborArray &rows)
{
    for (const QCborValue &v : rows) {
        const QCborMap r = v.toMap();
        if (x.targetId > 0 && r.value(QStringLiteral("id")).toInteger() == x.targetId) {
            return true;
        }
        if (x.targetId == 0) {
            if (x.kind.startsWith(QLatin1String("PIN")) && r.value(QStringLiteral("pin")).toString().startsWith(x.expect)) {
                return true;
            }
            if (x.kind.startsWith(QLatin1String("group")) && r.value(QStringLiteral("groupName")).toString() == x.expect) {
                return true;
            }
            if (x.kind.startsWith(QLatin1String("surname")) && r.value(QStringLiteral("name")).toString().startsWith(x.expect + QLatin1Char(' '))) {
                return true;
            }
        }
    }
    return false;
}

// The server's search SQL (server/modules/studenthr/studentcards.cpp), for the baseline: the
// same statement with the same binds, the caller's scope "all".
const QString kScope = QStringLiteral("(?::int = 1"
                                      " OR EXISTS (SELECT 1 FROM unnest(?::bigint[]) AS scope(unit) WHERE org.unit_within(sp.unit_id, scope.unit))"
                                      " OR EXISTS (SELECT 1 FROM studenthr.groups cg JOIN staffhr.employees ce ON ce.id = cg.curator_id"
                                      "            WHERE cg.id = g.id AND ce.user_id = ?))");
const QString kSelect = QStringLiteral("SELECT s.id, s.last_name || ' ' || s.first_name || coalesce(' ' || s.patronymic, ''), s.birth_date, "
                                       "coalesce(s.pin, ''), coalesce(s.group_id, 0), coalesce(g.name, ''), s.status, m.score ");
const QString kJoins = QStringLiteral("JOIN studenthr.students s ON s.id = m.id LEFT JOIN studenthr.groups g ON g.id = s.group_id "
                                      "LEFT JOIN studenthr.specialties sp ON sp.id = g.specialty_id WHERE ");

QString likePrefix(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return e + QLatin1Char('%');
}

int directSearch(const QString &query)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QVariantList scope{1, QStringLiteral("{}"), 0};
    QSqlQuery q;
    if (digits.match(query).hasMatch()) {
        QVariantList b{query, query + QLatin1Char(':')};
        b += scope;
        b << 50;
        q = Server::exec(db(), kSelect + QStringLiteral("FROM (SELECT id, 1.0::real AS score FROM studenthr.students WHERE pin ~>=~ ? AND pin ~<~ ?) m ") + kJoins + kScope
                                   + QStringLiteral(" ORDER BY s.pin LIMIT ?"),
                         b);
    } else {
        // As the server: in a transaction with the similarity threshold and enable_seqscan off.
        Server::exec(db(), QStringLiteral("BEGIN"));
        Server::exec(db(), QStringLiteral("SELECT set_config('pg_trgm.word_similarity_threshold', '0.4', true), set_config('enable_seqscan', 'off', true)"));
        QVariantList b{query, query, query, likePrefix(query.toLower())};
        b += scope;
        b << 50;
        q = Server::exec(db(),
                         kSelect
                             + QStringLiteral("FROM (SELECT id, max(score) AS score FROM ("
                                              "  SELECT st.id, word_similarity(studenthr.fold(?), st.search_names) AS score FROM studenthr.students st "
                                              "  WHERE studenthr.fold(?) <% st.search_names"
                                              "  UNION ALL SELECT st.id, CASE WHEN lower(gg.name) = lower(?) THEN 1.0::real ELSE 0.9::real END "
                                              "  FROM studenthr.groups gg JOIN studenthr.students st ON st.group_id = gg.id WHERE lower(gg.name) LIKE ?"
                                              ") u GROUP BY id) m ")
                             + kJoins + kScope + QStringLiteral(" ORDER BY m.score DESC, s.last_name, s.first_name, s.id LIMIT ?"),
                         b);
    }
    int n = 0;
    while (q.next()) {
        ++n;
    }
    q.finish();
    if (!digits.match(query).hasMatch()) {
        Server::exec(db(), QStringLiteral("COMMIT"));
    }
    return n;
}

void searchBench(Test::TestClient &client, int n)
{
    QRandomGenerator rng(5005);
    const QList<Query> queries = makeQueries(n, rng);
    // Warm-up (not counted): the first statements of a connection prepare and plan.
    for (int i = 0; i < 10; ++i) {
        client.call(QStringLiteral("studenthr.students.search"), {{QStringLiteral("query"), queries.at(i).text}});
    }
    QHash<QString, QList<double>> server, direct;
    QHash<QString, int> hits, results;
    QList<double> allServer, allDirect;
    QStringList kinds;
    for (const Query &x : queries) {
        if (!kinds.contains(x.kind)) {
            kinds << x.kind;
        }
        QElapsedTimer t;
        t.start();
        const QCborMap r = client.call(QStringLiteral("studenthr.students.search"), {{QStringLiteral("query"), x.text}});
        const double took = ms(t);
        if (!Test::TestClient::ok(r)) {
            std::fprintf(stderr, "search '%s' failed: %s\n", qPrintable(x.text), qPrintable(Test::TestClient::errorCode(r)));
            continue;
        }
        const QCborArray rows = r.value(QStringLiteral("result")).toArray();
        server[x.kind] << took;
        allServer << took;
        results[x.kind] += int(rows.size());
        hits[x.kind] += found(x, rows) ? 1 : 0;
    }
    // The baseline: the same SQL on the same database, no TLS, no server.
    for (int i = 0; i < 10; ++i) {
        directSearch(queries.at(i).text);
    }
    for (const Query &x : queries) {
        QElapsedTimer t;
        t.start();
        directSearch(x.text);
        const double took = ms(t);
        direct[x.kind] << took;
        allDirect << took;
    }
    line(QStringLiteral("\n### Search (%1 queries over TLS, one at a time; limit 50)\n").arg(queries.size()));
    line(QStringLiteral("| kind | n | p50 ms | p95 ms | p99 ms | same SQL direct p50 / p95 / p99 ms | found | mean rows |"));
    line(QStringLiteral("|---|---:|---:|---:|---:|---|---:|---:|"));
    auto row = [](const QString &kind, const QList<double> &s, const QList<double> &d, const QString &hit, double mean) {
        line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 / %7 / %8 | %9 | %10 |")
                 .arg(kind)
                 .arg(s.size())
                 .arg(percentile(s, 50), 0, 'f', 1)
                 .arg(percentile(s, 95), 0, 'f', 1)
                 .arg(percentile(s, 99), 0, 'f', 1)
                 .arg(percentile(d, 50), 0, 'f', 1)
                 .arg(percentile(d, 95), 0, 'f', 1)
                 .arg(percentile(d, 99), 0, 'f', 1)
                 .arg(hit)
                 .arg(mean, 0, 'f', 1));
    };
    int allHits = 0, allRows = 0;
    for (const QString &k : std::as_const(kinds)) {
        row(k, server.value(k), direct.value(k), QStringLiteral("%1/%2").arg(hits.value(k)).arg(server.value(k).size()),
            double(results.value(k)) / std::max<qsizetype>(1, server.value(k).size()));
        allHits += hits.value(k);
        allRows += results.value(k);
    }
    row(QStringLiteral("**all** (goal p95 ≤ 50 ms)"), allServer, allDirect, QStringLiteral("%1/%2").arg(allHits).arg(allServer.size()),
        double(allRows) / std::max<qsizetype>(1, allServer.size()));
    line(QStringLiteral("\nExamples: %1").arg([&] {
        QStringList e;
        for (int i = 0; i < 10; ++i) {
            e << QStringLiteral("`%1`").arg(queries.at(i).text);
        }
        return e.join(QStringLiteral(", "));
    }()));
}

// --- contingent report ------------------------------------------------------------------------

void reportBench(Test::TestClient &client)
{
    line(QStringLiteral("\n### Contingent report (studenthr.reports.contingent, median of 3 over TLS)\n"));
    line(QStringLiteral("| by | date | rows | total | ms (median) | ms (max) |"));
    line(QStringLiteral("|---|---|---:|---:|---:|---:|"));
    const QStringList dims{QStringLiteral("faculty"), QStringLiteral("specialty"), QStringLiteral("course"), QStringLiteral("studyForm"),
                           QStringLiteral("funding"), QStringLiteral("age"), QStringLiteral("nationality")};
    const QString past = QStringLiteral("%1-03-01").arg(QDate::currentDate().year() - (QDate::currentDate().month() >= 9 ? 0 : 1) + 0);
    double worst = 0;
    qint64 totalToday = 0;
    for (const QString &d : dims) {
        for (const QString &date : {QString(), past}) {
            if (!date.isEmpty() && d != QLatin1String("faculty") && d != QLatin1String("course")) {
                continue;
            }
            QList<double> times;
            QCborMap result;
            for (int i = 0; i < 3; ++i) {
                QCborMap args{{QStringLiteral("by"), d}};
                if (!date.isEmpty()) {
                    args.insert(QStringLiteral("date"), date);
                }
                QElapsedTimer t;
                t.start();
                const QCborMap r = client.call(QStringLiteral("studenthr.reports.contingent"), args, {}, LongCall);
                times << ms(t);
                if (!Test::TestClient::ok(r)) {
                    std::fprintf(stderr, "report %s failed: %s\n", qPrintable(d), qPrintable(Test::TestClient::errorCode(r)));
                }
                result = Test::TestClient::result(r);
            }
            const qint64 total = result.value(QStringLiteral("totals")).toMap().value(QStringLiteral("total")).toInteger();
            if (date.isEmpty()) {
                totalToday = total;
            }
            worst = std::max(worst, percentile(times, 50));
            line(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                     .arg(d, date.isEmpty() ? QStringLiteral("today") : date)
                     .arg(result.value(QStringLiteral("rows")).toArray().size())
                     .arg(total)
                     .arg(percentile(times, 50), 0, 'f', 1)
                     .arg(percentile(times, 100), 0, 'f', 1));
        }
    }
    // Baselines on the same database.
    auto timeSql = [](const QString &sql, const QVariantList &binds, qint64 *count) {
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            QSqlQuery q = Server::exec(db(), sql, binds);
            qint64 n = 0;
            while (q.next()) {
                n += q.value(1).toLongLong();
            }
            times << ms(t);
            *count = n;
        }
        return percentile(times, 50);
    };
    qint64 plainCount = 0, sameCount = 0;
    const double plain = timeSql(QStringLiteral("SELECT u.code, count(*), count(*) FILTER (WHERE s.funding = 'budget'), count(*) FILTER (WHERE s.gender = 'F') "
                                                "FROM studenthr.students s JOIN studenthr.groups g ON g.id = s.group_id "
                                                "JOIN studenthr.specialties sp ON sp.id = g.specialty_id JOIN org.units u ON u.id = sp.unit_id "
                                                "WHERE s.status IN ('active', 'leave') AND ?::int = 1 GROUP BY u.code ORDER BY u.code"),
                                 {1}, &plainCount);
    // The report's own SQL (contingentAtCte + the faculty grouping, scope "all"), run directly.
    const double same = timeSql(
        QStringLiteral("WITH at AS (SELECT DISTINCT ON (h.student_id) h.student_id, h.group_id, h.course, h.status, h.funding "
                       "FROM studenthr.history h LEFT JOIN studenthr.orders o ON o.id = h.order_id "
                       "WHERE h.valid_from <= ?::date AND (h.order_id IS NULL OR o.state = 'signed') "
                       "ORDER BY h.student_id, h.valid_from DESC, h.id DESC) "
                       "SELECT u.code, count(*), count(*) FILTER (WHERE at.funding = 'budget'), count(*) FILTER (WHERE s.gender = 'F') "
                       "FROM at JOIN studenthr.students s ON s.id = at.student_id JOIN studenthr.groups g ON g.id = at.group_id "
                       "JOIN studenthr.specialties sp ON sp.id = g.specialty_id JOIN org.units u ON u.id = sp.unit_id "
                       "WHERE at.status IN ('active', 'leave') GROUP BY u.code ORDER BY u.code"),
        {QDate::currentDate()}, &sameCount);
    line(QStringLiteral("\n| report case | ms | students counted |\n|---|---:|---:|"));
    line(QStringLiteral("| **slowest report, median (goal ≤ 2 000 ms)** | %1 | %2 |").arg(worst, 0, 'f', 1).arg(totalToday));
    line(QStringLiteral("| baseline: plain COUNT … GROUP BY faculty over the students' present status | %1 | %2 |").arg(plain, 0, 'f', 1).arg(plainCount));
    line(QStringLiteral("| baseline: the report's SQL (history at a date, by faculty) run directly | %1 | %2 |").arg(same, 0, 'f', 1).arg(sameCount));
}

// --- import ---------------------------------------------------------------------------------

/// Header words the workstation's import page recognises (client/modules/studenthr/importpage.cpp).
const QList<QPair<QString, QString>> kHeader{{QStringLiteral("lastName"), QStringLiteral("Фамилиясы")},
                                             {QStringLiteral("firstName"), QStringLiteral("Аты")},
                                             {QStringLiteral("patronymic"), QStringLiteral("Атасынын аты")},
                                             {QStringLiteral("pin"), QStringLiteral("ЖИН")},
                                             {QStringLiteral("birthDate"), QStringLiteral("Туулган күнү")},
                                             {QStringLiteral("gender"), QStringLiteral("Жынысы")},
                                             {QStringLiteral("groupName"), QStringLiteral("Группа")}};

/// The list of new first-year students: names recombined from the demo's, unique PINs.
Document admissionList(int rows, QRandomGenerator &rng)
{
    QHash<QString, QStringList> lasts, firsts, patronymics; // by gender
    QSet<QString> pins, keys;
    {
        QSqlQuery q = Server::exec(db(), QStringLiteral("SELECT gender, last_name, first_name, coalesce(patronymic, ''), coalesce(pin, ''), birth_date "
                                                        "FROM studenthr.students"),
                                   {});
        while (q.next()) {
            const QString g = q.value(0).toString();
            lasts[g] << q.value(1).toString();
            firsts[g] << q.value(2).toString();
            if (!q.value(3).toString().isEmpty()) {
                patronymics[g] << q.value(3).toString();
            }
            pins.insert(q.value(4).toString());
            keys.insert(q.value(1).toString().toLower() + QLatin1Char('|') + q.value(2).toString().toLower() + QLatin1Char('|')
                        + q.value(5).toDate().toString(Qt::ISODate));
        }
    }
    QStringList groups;
    {
        QSqlQuery q = Server::exec(db(), QStringLiteral("SELECT name FROM studenthr.groups WHERE course = 1 ORDER BY name"), {});
        while (q.next()) {
            groups << q.value(0).toString();
        }
    }
    Document d;
    d.kind = QStringLiteral("table");
    d.lang = QStringLiteral("ky");
    d.title = QStringLiteral("Кабыл алынган студенттер");
    Table t;
    t.name = QStringLiteral("rows");
    for (const auto &[key, title] : kHeader) {
        t.columns.append({key, title, key == QLatin1String("birthDate") ? ColumnType::Date : ColumnType::Text});
    }
    int serial = 90000;
    while (t.rows.size() < rows) {
        const bool female = rng.bounded(2) == 0;
        const QString g = female ? QStringLiteral("F") : QStringLiteral("M");
        const QString last = lasts[g].at(rng.bounded(int(lasts[g].size())));
        const QString first = firsts[g].at(rng.bounded(int(firsts[g].size())));
        const QString patr = rng.bounded(10) == 0 ? QString() : patronymics[g].at(rng.bounded(int(patronymics[g].size())));
        const QDate birth = QDate(2007, 1, 1).addDays(rng.bounded(730));
        const QString pin = Domain::makePin(female ? 'F' : 'M', birth, ++serial);
        const QString key = last.toLower() + QLatin1Char('|') + first.toLower() + QLatin1Char('|') + birth.toString(Qt::ISODate);
        if (pins.contains(pin) || keys.contains(key)) {
            continue;
        }
        pins.insert(pin);
        keys.insert(key);
        t.rows.append({last, first, patr, pin, birth, female ? QStringLiteral("Ж") : QStringLiteral("Э"), groups.at(rng.bounded(int(groups.size())))});
    }
    d.tables.append(t);
    return d;
}

/// As ImportPage::mappedRows: header words → fields; dates to ISO, Ж/Э → F/M.
QCborArray mapRows(const TableData &data)
{
    int headerRow = -1;
    QHash<QString, int> column;
    for (int r = 0; r < data.rows.size() && headerRow < 0; ++r) {
        for (const auto &[key, title] : kHeader) {
            const int c = int(data.rows.at(r).indexOf(title));
            if (c >= 0) {
                column.insert(key, c);
            }
        }
        if (column.size() == kHeader.size()) {
            headerRow = r;
        } else {
            column.clear();
        }
    }
    QCborArray out;
    for (int r = headerRow + 1; headerRow >= 0 && r < data.rows.size(); ++r) {
        const QStringList &row = data.rows.at(r);
        QCborMap m;
        for (auto it = column.constBegin(); it != column.constEnd(); ++it) {
            QString v = row.value(it.value()).trimmed();
            if (v.isEmpty()) {
                continue;
            }
            if (it.key() == QLatin1String("birthDate")) {
                const QDate d = QDate::fromString(v, Qt::ISODate).isValid() ? QDate::fromString(v, Qt::ISODate) : QDate::fromString(v, QStringLiteral("dd.MM.yyyy"));
                v = d.isValid() ? d.toString(Qt::ISODate) : v;
            } else if (it.key() == QLatin1String("gender")) {
                v = v == QStringLiteral("Ж") ? QStringLiteral("F") : v == QStringLiteral("Э") ? QStringLiteral("M") : v;
            }
            m.insert(it.key(), v);
        }
        out.append(m);
    }
    return out;
}

void importBench(Test::TestClient &client, int rows, const QString &out)
{
    QRandomGenerator rng(20260901);
    line(QStringLiteral("\n### Import of a %1-row XLSX list (chunks of %2 rows, as the workstation)\n").arg(rows).arg(ChunkRows));
    line(QStringLiteral("| step | seconds | notes |\n|---|---:|---|"));
    const Document list = admissionList(rows, rng);
    const QString path = out + QStringLiteral("/admission.xlsx");
    QElapsedTimer t;
    t.start();
    QString error;
    if (!Renderer(list).write(Format::Xlsx, path, &error)) {
        std::fprintf(stderr, "xlsx: %s\n", qPrintable(error));
        return;
    }
    line(QStringLiteral("| (preparation) write the list with the documents engine | %1 | %2 KiB; not part of the import |")
             .arg(ms(t) / 1000, 0, 'f', 2)
             .arg(QFileInfo(path).size() / 1024));
    QElapsedTimer whole;
    whole.start();
    t.restart();
    const TableData data = readTableFile(path);
    if (!data.ok()) {
        std::fprintf(stderr, "read: %s\n", qPrintable(data.error));
        return;
    }
    const double readS = ms(t) / 1000;
    t.restart();
    const QCborArray mapped = mapRows(data);
    line(QStringLiteral("| read the XLSX (readTableFile) + map the columns | %1 | %2 rows read, %3 mapped (map %4 s) |")
             .arg(readS + ms(t) / 1000, 0, 'f', 2)
             .arg(data.rows.size())
             .arg(mapped.size())
             .arg(ms(t) / 1000, 0, 'f', 2));
    double checkTotal = 0, commitTotal = 0;
    qint64 problems = 0, imported = 0, admitted = 0;
    QStringList orders;
    for (const bool commit : {false, true}) {
        for (int c = 0; c * ChunkRows < mapped.size(); ++c) {
            QCborArray chunk;
            for (int i = c * ChunkRows; i < std::min(int(mapped.size()), (c + 1) * ChunkRows); ++i) {
                chunk.append(mapped.at(i));
            }
            QCborMap args{{QStringLiteral("rows"), chunk}, {QStringLiteral("commit"), commit}};
            args.insert(QStringLiteral("orderNumber"), QStringLiteral("12-К"));
            args.insert(QStringLiteral("orderDate"), QDate::currentDate().toString(Qt::ISODate));
            t.restart();
            const QCborMap r = client.call(QStringLiteral("studenthr.import"), args, Test::TestClient::newKey(), LongCall);
            const double s = ms(t) / 1000;
            const QCborMap res = Test::TestClient::result(r);
            QString note;
            if (!Test::TestClient::ok(r)) {
                note = QStringLiteral("FAILED: %1").arg(Test::TestClient::errorCode(r));
            } else if (commit) {
                imported += res.value(QStringLiteral("imported")).toInteger();
                admitted += res.value(QStringLiteral("admitted")).toInteger();
                orders << QString::number(res.value(QStringLiteral("orderId")).toInteger());
                note = QStringLiteral("imported %1, admitted %2").arg(res.value(QStringLiteral("imported")).toInteger()).arg(res.value(QStringLiteral("admitted")).toInteger());
            } else {
                const qint64 p = res.value(QStringLiteral("errors")).toArray().size() + res.value(QStringLiteral("duplicates")).toArray().size();
                problems += p;
                note = QStringLiteral("%1 problems").arg(p);
            }
            (commit ? commitTotal : checkTotal) += s;
            line(QStringLiteral("| %1 rows %2–%3 | %4 | %5 |")
                     .arg(commit ? QStringLiteral("commit") : QStringLiteral("check"))
                     .arg(c * ChunkRows + 1)
                     .arg(c * ChunkRows + chunk.size())
                     .arg(s, 0, 'f', 2)
                     .arg(note));
        }
    }
    const double wholeS = ms(whole) / 1000;
    line(QStringLiteral("| check, all chunks | %1 | %2 problems |").arg(checkTotal, 0, 'f', 2).arg(problems));
    line(QStringLiteral("| commit, all chunks | %1 | %2 imported, %3 admitted by order(s) %4 |").arg(commitTotal, 0, 'f', 2).arg(imported).arg(admitted).arg(orders.join(QStringLiteral(", "))));
    line(QStringLiteral("| **whole path: read + map + check + commit (goal ≤ 10 s)** | %1 | |").arg(wholeS, 0, 'f', 2));

    // Baseline: the same rows in one set-based INSERT … SELECT FROM unnest (+ their history rows), rolled back.
    QStringList last, first, patr, pin, birth, gender, group;
    auto arr = [](const QStringList &l) {
        QStringList e;
        for (const QString &s : l) {
            QString x = s;
            x.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
            e << QLatin1Char('"') + x + QLatin1Char('"');
        }
        return QStringLiteral("{%1}").arg(e.join(QLatin1Char(',')));
    };
    for (const QCborValue &v : mapped) {
        const QCborMap m = v.toMap();
        last << m.value(QStringLiteral("lastName")).toString() + QStringLiteral("б");
        first << m.value(QStringLiteral("firstName")).toString();
        patr << m.value(QStringLiteral("patronymic")).toString();
        pin << QString();
        birth << m.value(QStringLiteral("birthDate")).toString();
        gender << m.value(QStringLiteral("gender")).toString();
        group << m.value(QStringLiteral("groupName")).toString();
    }
    Server::exec(db(), QStringLiteral("BEGIN"));
    t.restart();
    const qint64 n = Server::scalar(db(),
                                    QStringLiteral("WITH ins AS (INSERT INTO studenthr.students(last_name, first_name, patronymic, birth_date, gender, group_id, "
                                                   "funding, status) SELECT r.l, r.f, nullif(r.p, ''), r.b, r.g, gr.id, 'contract', 'active' "
                                                   "FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[]) AS r(l, f, p, b, g, grp) "
                                                   "JOIN studenthr.groups gr ON gr.name = r.grp RETURNING id, group_id, last_name, first_name, patronymic), "
                                                   "hist AS (INSERT INTO studenthr.history(student_id, valid_from, group_id, course, status, funding, last_name, "
                                                   "first_name, patronymic) SELECT id, current_date, group_id, 1, 'active', 'contract', last_name, first_name, "
                                                   "patronymic FROM ins RETURNING 1) SELECT count(*) FROM hist"),
                                    {arr(last), arr(first), arr(patr), arr(birth), arr(gender), arr(group)})
                        .toLongLong();
    const double baseS = ms(t) / 1000;
    Server::exec(db(), QStringLiteral("ROLLBACK"));
    line(QStringLiteral("| baseline: the same rows in one INSERT … SELECT FROM unnest (+ history rows), direct, rolled back | %1 | %2 rows |")
             .arg(baseS, 0, 'f', 2)
             .arg(n));
}

// --- roll-forward -----------------------------------------------------------------------------

void rollBench(Test::TestClient &client, Test::TestClient &vice)
{
    line(QStringLiteral("\n### Rolling the academic year forward\n"));
    line(QStringLiteral("| step | seconds | notes |\n|---|---:|---|"));
    QList<double> times;
    QCborMap plan;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const QCborMap r = client.call(QStringLiteral("studenthr.year.preview"), {}, {}, LongCall);
        times << ms(t) / 1000;
        plan = Test::TestClient::result(r);
    }
    qint64 promote = 0, graduate = 0;
    for (const QCborValue &v : plan.value(QStringLiteral("promote")).toArray()) {
        promote += v.toMap().value(QStringLiteral("students")).toInteger();
    }
    for (const QCborValue &v : plan.value(QStringLiteral("graduate")).toArray()) {
        graduate += v.toMap().value(QStringLiteral("students")).toInteger();
    }
    line(QStringLiteral("| studenthr.year.preview (median of 3) | %1 | %2 groups promoted (%3 students), %4 graduate (%5 students) |")
             .arg(percentile(times, 50), 0, 'f', 2)
             .arg(plan.value(QStringLiteral("promote")).toArray().size())
             .arg(promote)
             .arg(plan.value(QStringLiteral("graduate")).toArray().size())
             .arg(graduate));

    // Baseline: what the roll-forward amounts to, set-based, rolled back.
    Server::exec(db(), QStringLiteral("BEGIN"));
    QElapsedTimer t;
    t.start();
    const QString active = QStringLiteral("EXISTS (SELECT 1 FROM studenthr.students s WHERE s.group_id = g.id AND s.status = 'active')");
    const qint64 graduated = Server::scalar(db(),
                                            QStringLiteral("WITH u AS (UPDATE studenthr.students s SET status = 'graduated', row_version = s.row_version + 1 "
                                                           "FROM studenthr.groups g JOIN studenthr.specialties sp ON sp.id = g.specialty_id "
                                                           "WHERE s.group_id = g.id AND s.status = 'active' AND g.course >= sp.years AND ?::int = 1 RETURNING 1) "
                                                           "SELECT count(*) FROM u"),
                                            {1})
                                 .toLongLong();
    const qint64 raised = Server::scalar(db(),
                                         QStringLiteral("WITH u AS (UPDATE studenthr.groups g SET course = g.course + 1, row_version = g.row_version + 1 "
                                                        "FROM studenthr.specialties sp WHERE sp.id = g.specialty_id AND g.course < sp.years AND ")
                                             + active + QStringLiteral(" AND ?::int = 1 RETURNING 1) SELECT count(*) FROM u"),
                                         {1})
                              .toLongLong();
    const double baseS = ms(t) / 1000;
    Server::exec(db(), QStringLiteral("ROLLBACK"));
    line(QStringLiteral("| baseline: set-based UPDATE of statuses (graduates) and group courses, direct, rolled back | %1 | %2 students graduated, %3 groups raised |")
             .arg(baseS, 0, 'f', 2)
             .arg(graduated)
             .arg(raised));

    t.restart();
    const QCborMap r = client.call(QStringLiteral("studenthr.year.rollForward"),
                                   {{QStringLiteral("promotionNumber"), QStringLiteral("100-К")}, {QStringLiteral("graduationNumber"), QStringLiteral("101-К")},
                                    {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)}},
                                   Test::TestClient::newKey(), LongCall);
    const double rollS = ms(t) / 1000;
    const QCborMap res = Test::TestClient::result(r);
    line(QStringLiteral("| **studenthr.year.rollForward (goal ≤ 30 s)** | %1 | %2 |")
             .arg(rollS, 0, 'f', 2)
             .arg(Test::TestClient::ok(r) ? QStringLiteral("promoted %1, graduated %2 (preview: %3, %4); two signed orders with one item per student, history rows, audit")
                                                .arg(res.value(QStringLiteral("promoted")).toInteger())
                                                .arg(res.value(QStringLiteral("graduated")).toInteger())
                                                .arg(promote)
                                                .arg(graduate)
                                          : QStringLiteral("FAILED: %1").arg(Test::TestClient::errorCode(r))));
    if (!Test::TestClient::ok(r)) {
        return;
    }

    // Cancelling the promotion order: the vice-rector's approval reverses every student and
    // raised group. Baseline: the same reversal as one set-based UPDATE pair, rolled back.
    const qint64 promotion = Server::scalar(db(), QStringLiteral("SELECT id FROM studenthr.orders WHERE number = '100-К'")).toLongLong();
    Server::exec(db(), QStringLiteral("BEGIN"));
    t.restart();
    const qint64 reversed = Server::scalar(db(),
                                           QStringLiteral("WITH u AS (UPDATE studenthr.students s SET group_id = i.prev_group_id, status = i.prev_status, "
                                                          "row_version = s.row_version + 1 FROM studenthr.order_items i "
                                                          "WHERE i.order_id = ? AND i.student_id = s.id RETURNING 1) SELECT count(*) FROM u"),
                                           {promotion})
                                .toLongLong();
    Server::exec(db(), QStringLiteral("UPDATE studenthr.groups SET course = course - 1 WHERE id IN "
                                      "(SELECT raised_group_id FROM studenthr.order_items WHERE order_id = ?)"),
                 {promotion});
    const double cancelBase = ms(t) / 1000;
    Server::exec(db(), QStringLiteral("ROLLBACK"));
    line(QStringLiteral("| baseline: set-based reversal of the promotion order, direct, rolled back | %1 | %2 students |")
             .arg(cancelBase, 0, 'f', 2)
             .arg(reversed));
    const QCborMap pending = client.call(QStringLiteral("studenthr.orders.cancel"),
                                         {{QStringLiteral("id"), promotion}, {QStringLiteral("reason"), QStringLiteral("bench")}}, Test::TestClient::newKey());
    t.restart();
    const QCborMap approved = vice.call(QStringLiteral("approvals.approve"),
                                        {{QStringLiteral("id"), Test::TestClient::result(pending).value(QStringLiteral("requestId"))}},
                                        Test::TestClient::newKey(), LongCall);
    const double cancelS = ms(t) / 1000;
    line(QStringLiteral("| **cancelling the promotion order (approval applied)** | %1 | %2 |")
             .arg(cancelS, 0, 'f', 2)
             .arg(Test::TestClient::ok(approved) ? QStringLiteral("%1 students reversed").arg(reversed)
                                                 : QStringLiteral("FAILED: %1 / %2").arg(Test::TestClient::errorCode(pending),
                                                                                         Test::TestClient::errorCode(approved))));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("students"), QStringLiteral("students of the demo university"), QStringLiteral("n"), QStringLiteral("50000")});
    p.addOption({QStringLiteral("queries"), QStringLiteral("search requests"), QStringLiteral("n"), QStringLiteral("600")});
    p.addOption({QStringLiteral("rows"), QStringLiteral("rows of the imported list"), QStringLiteral("n"), QStringLiteral("10000")});
    p.addOption({QStringLiteral("only"), QStringLiteral("search,report,import,roll (default all)"), QStringLiteral("list"), QString()});
    p.addOption({QStringLiteral("hold"), QStringLiteral("after loading, print the connection string and wait this long (for psql)"),
                 QStringLiteral("seconds"), QStringLiteral("0")});
    p.addOption({QStringLiteral("out"), QStringLiteral("folder for the files"), QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/ebilim-hrbench")});
    p.process(app);
    const QString out = p.value(QStringLiteral("out"));
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    const QStringList only = p.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto wanted = [&only](const char *what) { return only.isEmpty() || only.contains(QLatin1String(what)); };

    Test::ServerFixture fx;
    if (!fx.start()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(fx.error()));
        return 1;
    }
    Server::DemoUniversity::Options o;
    o.students = p.value(QStringLiteral("students")).toInt();
    o.password = QStringLiteral("hrbench-password");
    QElapsedTimer t;
    t.start();
    const Server::DemoUniversity::Summary sum = Server::DemoUniversity::load(db(), o);
    Server::exec(db(), QStringLiteral("ANALYZE"));
    line(QStringLiteral("Demo university: %1 students, %2 groups, %3 units; loaded in %4 s.")
             .arg(sum.students)
             .arg(sum.groups)
             .arg(sum.units)
             .arg(ms(t) / 1000, 0, 'f', 1));
    if (const int hold = p.value(QStringLiteral("hold")).toInt(); hold > 0) {
        std::fprintf(stderr, "database: %s\n", qPrintable(fx.connectionString()));
        QThread::sleep(hold);
    }
    auto client = fx.clientFor(QStringLiteral("studenthr"), o.password);
    if (!client) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    if (wanted("search")) {
        searchBench(*client, p.value(QStringLiteral("queries")).toInt());
    }
    if (wanted("report")) {
        reportBench(*client);
    }
    if (wanted("import")) {
        importBench(*client, p.value(QStringLiteral("rows")).toInt(), out);
        Server::exec(db(), QStringLiteral("ANALYZE studenthr.students"));
    }
    if (wanted("roll")) {
        auto vice = fx.clientFor(QStringLiteral("vicerector"), o.password);
        if (!vice) {
            qCritical("cannot sign in as vicerector");
            return 1;
        }
        rollBench(*client, *vice);
    }
    client.reset();
    fx.stop();
    return 0;
}
