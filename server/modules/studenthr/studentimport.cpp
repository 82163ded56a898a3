// Student HR office: importing lists of students. Checking reports every row's problems
// (bad PIN, unknown group, malformed fields) and duplicates (by PIN, by name and birth date,
// within the file); committing imports the clean rows in one transaction, those with a
// group through one signed admission order.
#include "dispatch/opcontext.h"
#include "storage/database.h"
#include "studenthr.h"
#include "studyrecords.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Ebilim::Server::StudentHr {

namespace {

/// Same folding as studenthr.fold() in SQL: lower case, ң ө ү ё → н о у е.
QString foldName(const QString &s)
{
    QString f = s.simplified().toLower();
    f.replace(QChar(0x04A3), QChar(0x043D)).replace(QChar(0x04E9), QChar(0x043E)).replace(QChar(0x04AF), QChar(0x0443)).replace(QChar(0x0451), QChar(0x0435));
    return f;
}

/// Latin and Cyrillic letters mixed in one word: usually a look-alike typed on the wrong keyboard.
bool mixedScript(const QString &s)
{
    bool latin = false, cyrillic = false;
    for (QChar c : s) {
        if (!c.isLetter()) {
            continue;
        }
        if (c.script() == QChar::Script_Latin) {
            latin = true;
        } else if (c.script() == QChar::Script_Cyrillic) {
            cyrillic = true;
        }
    }
    return latin && cyrillic;
}

QDate parseLooseDate(const QString &text)
{
    const QDate iso = parseIsoDate(text);
    if (iso.isValid()) {
        return iso;
    }
    static const QRegularExpression dotted(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4}$"));
    return dotted.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("dd.MM.yyyy")) : QDate();
}

/// F/M, also the Cyrillic Ж (female) and М, Э (male) found in lists typed by hand.
QString normGender(const QString &g)
{
    const QString u = g.trimmed().toUpper();
    if (u == QLatin1String("F") || u == QStringLiteral("Ж")) {
        return QStringLiteral("F");
    }
    if (u == QLatin1String("M") || u == QStringLiteral("М") || u == QStringLiteral("Э")) {
        return QStringLiteral("M");
    }
    return {};
}

/// A PostgreSQL array literal; an empty string is NULL.
QString pgArray(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        if (values.at(i).isEmpty()) {
            out += QLatin1String("NULL");
            continue;
        }
        out += QLatin1Char('"');
        for (QChar c : values.at(i)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
                out += QLatin1Char('\\');
            }
            out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

struct Row
{
    int index = 0;
    QString lastName, firstName, patronymic, pin, gender, groupName, funding, nationality, phone, soate;
    QDate birth;
    qint64 groupId = 0;
    bool bad = false;
};

QCborValue importRows(OpContext &ctx)
{
    const QCborArray input = ctx.args.value(QStringLiteral("rows")).toArray();
    const bool commit = ctx.args.value(QStringLiteral("commit")).toBool();
    QCborArray errors, duplicates;
    auto error = [&errors](Row &r, const QString &field, const QString &reason) {
        QCborMap e;
        e.insert(QStringLiteral("row"), r.index);
        e.insert(QStringLiteral("field"), field);
        e.insert(QStringLiteral("reason"), reason);
        errors.append(e);
        r.bad = true;
    };
    static const QSet<QString> known{QStringLiteral("lastName"), QStringLiteral("firstName"), QStringLiteral("patronymic"), QStringLiteral("pin"),
                                     QStringLiteral("birthDate"), QStringLiteral("gender"), QStringLiteral("groupName"), QStringLiteral("funding"),
                                     QStringLiteral("nationality"), QStringLiteral("phone"), QStringLiteral("soateCode")};

    // Reference data in bulk: groups by name, SOATE codes.
    QHash<QString, qint64> groups;
    QHash<qint64, qint64> groupUnit;
    {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT g.id, lower(g.name), sp.unit_id FROM studenthr.groups g "
                                                  "JOIN studenthr.specialties sp ON sp.id = g.specialty_id"));
        while (q.next()) {
            groups.insert(q.value(1).toString(), q.value(0).toLongLong());
            groupUnit.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
        }
    }
    QSet<QString> soates;
    {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT code FROM ref.soate"));
        while (q.next()) {
            soates.insert(q.value(0).toString());
        }
    }
    const RecordScope scope = RecordScope::of(ctx, ctx.spec.permission);

    QList<Row> rows;
    for (qsizetype i = 0; i < input.size(); ++i) {
        Row r;
        r.index = int(i);
        if (!input.at(i).isMap()) {
            error(r, QStringLiteral("row"), QStringLiteral("type"));
            rows << r;
            continue;
        }
        const QCborMap m = input.at(i).toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            if (!known.contains(it.key().toString())) {
                error(r, it.key().toString(), QStringLiteral("unknown"));
            } else if (!it.value().isString() && !it.value().isNull()) {
                error(r, it.key().toString(), QStringLiteral("type"));
            }
        }
        auto text = [&m](const char *f) { return m.value(QString::fromLatin1(f)).toString().simplified(); };
        r.lastName = text("lastName");
        r.firstName = text("firstName");
        r.patronymic = text("patronymic");
        for (const auto &[field, value] : {std::pair{QStringLiteral("lastName"), r.lastName}, std::pair{QStringLiteral("firstName"), r.firstName},
                                           std::pair{QStringLiteral("patronymic"), r.patronymic}}) {
            if (value.isEmpty()) {
                if (field != QLatin1String("patronymic")) {
                    error(r, field, QStringLiteral("missing"));
                }
            } else if (value.size() > 100) {
                error(r, field, QStringLiteral("too_long"));
            } else if (mixedScript(value)) {
                error(r, field, QStringLiteral("mixed_script"));
            } else if (!plausibleName(value)) {
                error(r, field, QStringLiteral("characters"));
            }
        }
        const QString birthText = text("birthDate");
        r.birth = parseLooseDate(birthText);
        if (birthText.isEmpty()) {
            error(r, QStringLiteral("birthDate"), QStringLiteral("missing"));
        } else if (!r.birth.isValid()) {
            error(r, QStringLiteral("birthDate"), QStringLiteral("format"));
        } else if (r.birth.year() < 1920 || r.birth > today(ctx)) {
            error(r, QStringLiteral("birthDate"), QStringLiteral("range"));
        }
        r.gender = normGender(text("gender"));
        if (r.gender.isEmpty()) {
            error(r, QStringLiteral("gender"), text("gender").isEmpty() ? QStringLiteral("missing") : QStringLiteral("not_allowed"));
        }
        r.pin = text("pin").remove(QLatin1Char(' '));
        if (!r.pin.isEmpty() && !r.gender.isEmpty()) {
            const QString problem = pinProblem(r.pin, r.gender, r.birth);
            if (!problem.isEmpty()) {
                error(r, QStringLiteral("pin"), problem);
            }
        }
        r.groupName = text("groupName");
        if (!r.groupName.isEmpty()) {
            r.groupId = groups.value(r.groupName.toLower());
            if (r.groupId == 0) {
                error(r, QStringLiteral("groupName"), QStringLiteral("not_found"));
            } else if (!scope.all && !scope.allows(ctx.db, groupUnit.value(r.groupId), r.groupId)) {
                error(r, QStringLiteral("groupName"), QStringLiteral("not_authorized"));
            }
        }
        r.funding = text("funding").toLower();
        if (r.funding.isEmpty()) {
            r.funding = QStringLiteral("contract");
        } else if (r.funding != QLatin1String("budget") && r.funding != QLatin1String("contract")) {
            error(r, QStringLiteral("funding"), QStringLiteral("not_allowed"));
        }
        r.nationality = text("nationality");
        if (r.nationality.size() > 60) {
            error(r, QStringLiteral("nationality"), QStringLiteral("too_long"));
        }
        r.phone = text("phone");
        if (r.phone.size() > 32) {
            error(r, QStringLiteral("phone"), QStringLiteral("too_long"));
        }
        r.soate = text("soateCode");
        if (!r.soate.isEmpty() && !soates.contains(r.soate)) {
            error(r, QStringLiteral("soateCode"), QStringLiteral("not_found"));
        }
        rows << r;
    }

    // Duplicates against the database (by PIN, by folded name + birth date) and within the file.
    QStringList pins, births;
    for (const Row &r : std::as_const(rows)) {
        if (!r.bad && !r.pin.isEmpty()) {
            pins << r.pin;
        }
        if (r.birth.isValid()) {
            births << r.birth.toString(Qt::ISODate);
        }
    }
    QHash<QString, qint64> pinIds;
    {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT pin, id FROM studenthr.students WHERE pin = ANY(?::text[])"),
                           {QStringLiteral("{%1}").arg(pins.join(QLatin1Char(',')))});
        while (q.next()) {
            pinIds.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    QHash<QString, qint64> nameIds;
    auto nameKey = [](const QString &last, const QString &first, const QDate &birth) {
        return foldName(last) + QLatin1Char('|') + foldName(first) + QLatin1Char('|') + birth.toString(Qt::ISODate);
    };
    {
        births.removeDuplicates();
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT id, last_name, first_name, birth_date FROM studenthr.students WHERE birth_date = ANY(?::date[])"),
                           {QStringLiteral("{%1}").arg(births.join(QLatin1Char(',')))});
        while (q.next()) {
            nameIds.insert(nameKey(q.value(1).toString(), q.value(2).toString(), q.value(3).toDate()), q.value(0).toLongLong());
        }
    }
    QHash<QString, int> filePins, fileNames;
    for (Row &r : rows) {
        if (r.bad) {
            continue;
        }
        auto duplicate = [&duplicates, &r](qint64 id, const QString &reason, int sameAs) {
            QCborMap d;
            d.insert(QStringLiteral("row"), r.index);
            d.insert(QStringLiteral("id"), id);
            d.insert(QStringLiteral("reason"), reason);
            if (sameAs >= 0) {
                d.insert(QStringLiteral("sameAsRow"), sameAs);
            }
            duplicates.append(d);
            r.bad = true;
        };
        const QString key = nameKey(r.lastName, r.firstName, r.birth);
        if (!r.pin.isEmpty() && pinIds.contains(r.pin)) {
            duplicate(pinIds.value(r.pin), QStringLiteral("pin"), -1);
        } else if (nameIds.contains(key)) {
            duplicate(nameIds.value(key), QStringLiteral("name_birth"), -1);
        } else if (!r.pin.isEmpty() && filePins.contains(r.pin)) {
            duplicate(0, QStringLiteral("in_file"), filePins.value(r.pin));
        } else if (fileNames.contains(key)) {
            duplicate(0, QStringLiteral("in_file"), fileNames.value(key));
        } else {
            if (!r.pin.isEmpty()) {
                filePins.insert(r.pin, r.index);
            }
            fileNames.insert(key, r.index);
        }
    }

    QCborMap result;
    result.insert(QStringLiteral("ok"), errors.isEmpty() && duplicates.isEmpty());
    result.insert(QStringLiteral("rows"), qint64(rows.size()));
    result.insert(QStringLiteral("errors"), errors);
    result.insert(QStringLiteral("duplicates"), duplicates);
    if (!commit) {
        return result;
    }

    bool anyGroup = false;
    for (const Row &r : std::as_const(rows)) {
        anyGroup = anyGroup || (!r.bad && r.groupId > 0);
    }
    const QString orderNumber = ctx.str(QStringLiteral("orderNumber")).trimmed();
    QDate orderDate = dateArg(ctx, QStringLiteral("orderDate"));
    if (!orderDate.isValid()) {
        orderDate = today(ctx);
    }
    if (anyGroup && orderNumber.isEmpty()) {
        invalid(QStringLiteral("orderNumber"), QStringLiteral("missing"), QStringLiteral("rows with a group are admitted by an order: give its number"));
    }
    // The clean rows in one INSERT (ids drawn first, so that each row knows its student), then
    // their admission order's items in one more; signing applies them set-based (signOrder).
    QList<const Row *> clean;
    for (const Row &r : std::as_const(rows)) {
        if (!r.bad) {
            clean << &r;
        }
    }
    const qint64 imported = clean.size();
    QList<qint64> ids;
    if (!clean.isEmpty()) {
        QSqlQuery q = exec(ctx.db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('studenthr.students', 'id')) FROM generate_series(1, ?)"),
                           {imported});
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
        QStringList id, pin, last, first, patr, birth, gender, nat, phone, soate, funding;
        for (qsizetype i = 0; i < clean.size(); ++i) {
            const Row &r = *clean.at(i);
            id << QString::number(ids.at(i));
            pin << r.pin;
            last << r.lastName;
            first << r.firstName;
            patr << r.patronymic;
            birth << r.birth.toString(Qt::ISODate);
            gender << r.gender;
            nat << r.nationality;
            phone << r.phone;
            soate << r.soate;
            funding << r.funding;
        }
        exec(ctx.db,
             QStringLiteral("INSERT INTO studenthr.students(id, pin, last_name, first_name, patronymic, birth_date, gender, nationality, phone, "
                            "soate_code, funding, status) SELECT * , 'candidate' FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], "
                            "?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"),
             {pgArray(id), pgArray(pin), pgArray(last), pgArray(first), pgArray(patr), pgArray(birth), pgArray(gender), pgArray(nat),
              pgArray(phone), pgArray(soate), pgArray(funding)});
    }
    QStringList itemStudents, itemGroups, itemFunding;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (clean.at(i)->groupId > 0) {
            itemStudents << QString::number(ids.at(i));
            itemGroups << QString::number(clean.at(i)->groupId);
            itemFunding << clean.at(i)->funding;
        }
    }
    qint64 orderId = 0;
    if (!itemStudents.isEmpty()) {
        // A long list comes in several requests (the workstation sends 2 000 rows at a time), all
        // with the same order number: the later ones add their students to the order the first made.
        int from = 0;
        orderId = scalar(ctx.db,
                         QStringLiteral("SELECT id FROM studenthr.orders WHERE number = ? AND date = ? AND kind = 'admission' AND state = 'signed' "
                                        "AND created_by = ? FOR UPDATE"),
                         {orderNumber, orderDate, ctx.userId()})
                      .toLongLong();
        if (orderId > 0) {
            from = scalar(ctx.db, QStringLiteral("SELECT coalesce(max(position), -1) + 1 FROM studenthr.order_items WHERE order_id = ?"), {orderId}).toInt();
        }
        const bool adding = orderId > 0;
        if (!adding) {
            orderId = createOrder(ctx, QStringLiteral("admission"), orderNumber, orderDate, QString(), QString(), QString(), QString());
        }
        exec(ctx.db,
             QStringLiteral("INSERT INTO studenthr.order_items(order_id, position, student_id, to_group_id, funding) "
                            "SELECT ?, ? + n - 1, s, g, f FROM unnest(?::bigint[], ?::bigint[], ?::text[]) WITH ORDINALITY AS u(s, g, f, n)"),
             {orderId, from, pgArray(itemStudents), pgArray(itemGroups), pgArray(itemFunding)});
        if (!adding) {
            signOrder(ctx, orderId);
        } else if (applyItemsInBulk(ctx, orderId, from) < 0) {
            invalidState(QStringLiteral("not_applicable"), QStringLiteral("the rows cannot be added to the admission order"));
        }
        ctx.notifyChange(QStringLiteral("student_order"), orderId, QStringLiteral("signed"));
    }
    const qint64 admitted = itemStudents.size();
    result.insert(QStringLiteral("imported"), imported);
    result.insert(QStringLiteral("admitted"), admitted);
    if (orderId > 0) {
        result.insert(QStringLiteral("orderId"), orderId);
    }
    QCborMap after;
    after.insert(QStringLiteral("rows"), qint64(rows.size()));
    after.insert(QStringLiteral("imported"), imported);
    after.insert(QStringLiteral("admitted"), admitted);
    after.insert(QStringLiteral("orderId"), orderId);
    ctx.audit(QStringLiteral("student"), QString(), {}, after);
    ctx.notifyChange(QStringLiteral("student"), 0, QStringLiteral("imported"));
    return result;
}

} // namespace

void registerImport()
{
    Handlers::add(QStringLiteral("studenthr.import"), importRows);
}

} // namespace Ebilim::Server::StudentHr
