#include "staffterms.h"

#include <QHash>

namespace Ebilim::Client::Modules {

QString StaffTerms::orderKind(const QString &code)
{
    if (code == QLatin1String("hiring")) {
        return tr("Hiring");
    }
    if (code == QLatin1String("transfer")) {
        return tr("Transfer");
    }
    if (code == QLatin1String("leave")) {
        return tr("Leave");
    }
    if (code == QLatin1String("award")) {
        return tr("Award");
    }
    if (code == QLatin1String("dismissal")) {
        return tr("Dismissal");
    }
    return code;
}

QString StaffTerms::orderState(const QString &code)
{
    if (code == QLatin1String("draft")) {
        return tr("Draft");
    }
    if (code == QLatin1String("signed")) {
        return tr("Signed");
    }
    if (code == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    return code;
}

QString StaffTerms::leaveKind(const QString &code)
{
    if (code == QLatin1String("annual")) {
        return tr("Annual leave");
    }
    if (code == QLatin1String("study")) {
        return tr("Study leave");
    }
    if (code == QLatin1String("maternity")) {
        return tr("Maternity leave");
    }
    if (code == QLatin1String("unpaid")) {
        return tr("Unpaid leave");
    }
    if (code == QLatin1String("sick")) {
        return tr("Sick leave");
    }
    return code;
}

QString StaffTerms::degree(const QString &code)
{
    if (code == QLatin1String("candidate")) {
        return tr("Candidate of sciences");
    }
    if (code == QLatin1String("doctor")) {
        return tr("Doctor of sciences");
    }
    if (code == QLatin1String("phd")) {
        return tr("PhD");
    }
    if (code.isEmpty() || code == QLatin1String("none")) {
        return tr("No degree");
    }
    return code;
}

QString StaffTerms::title(const QString &code)
{
    if (code == QLatin1String("docent")) {
        return tr("Docent");
    }
    if (code == QLatin1String("professor")) {
        return tr("Professor");
    }
    if (code.isEmpty() || code == QLatin1String("none")) {
        return tr("No title");
    }
    return code;
}

QString StaffTerms::status(const QString &code)
{
    if (code == QLatin1String("active")) {
        return tr("Working");
    }
    if (code == QLatin1String("dismissed")) {
        return tr("Dismissed");
    }
    return code;
}

QString StaffTerms::gender(const QString &code)
{
    return code == QLatin1String("F") ? tr("Female") : code == QLatin1String("M") ? tr("Male") : code;
}

QString StaffTerms::reportKey(const QString &by, const QString &key)
{
    if (by == QLatin1String("degree")) {
        return degree(key);
    }
    if (by == QLatin1String("title")) {
        return title(key);
    }
    if (by == QLatin1String("age")) {
        if (key == QLatin1String("<30")) {
            return tr("under 30");
        }
        if (key == QLatin1String("65+")) {
            return tr("65 and over");
        }
        if (key == QLatin1String("unknown")) {
            return tr("not known");
        }
        return key;
    }
    return key;
}

QString StaffTerms::reportBy(const QString &by)
{
    if (by == QLatin1String("unit")) {
        return tr("Staff by unit");
    }
    if (by == QLatin1String("degree")) {
        return tr("Staff by academic degree");
    }
    if (by == QLatin1String("title")) {
        return tr("Staff by academic title");
    }
    if (by == QLatin1String("age")) {
        return tr("Age structure of the staff");
    }
    if (by == QLatin1String("onLeave")) {
        return tr("Employees on leave");
    }
    return by;
}

QString StaffTerms::problem(const QString &reason)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("wrong_length"), QT_TR_NOOP("A PIN has exactly 14 digits.")},
        {QStringLiteral("not_digits"), QT_TR_NOOP("A PIN has only digits.")},
        {QStringLiteral("bad_gender_digit"), QT_TR_NOOP("A PIN starts with 1 (female) or 2 (male).")},
        {QStringLiteral("bad_date"), QT_TR_NOOP("Digits 2 to 9 of the PIN are not a date (ddMMyyyy).")},
        {QStringLiteral("gender_mismatch"), QT_TR_NOOP("The first digit of the PIN does not match the gender.")},
        {QStringLiteral("pin_mismatch"), QT_TR_NOOP("The date of birth does not match the PIN.")},
        {QStringLiteral("overlaps"), QT_TR_NOOP("The employee is already on leave at that time.")},
        {QStringLiteral("dismissed"), QT_TR_NOOP("The employee is dismissed.")},
        {QStringLiteral("already_holds"), QT_TR_NOOP("The employee already holds this position.")},
        {QStringLiteral("not_open"), QT_TR_NOOP("The employee no longer holds that position.")},
        {QStringLiteral("duplicate"), QT_TR_NOOP("The employee is already in this order.")},
    };
    const auto it = texts.constFind(reason);
    return it == texts.constEnd() ? QString() : tr(it.value());
}

} // namespace Ebilim::Client::Modules
