#include "studyterms.h"

#include <QDate>

namespace Ebilim::Client::Modules {

QString StudyTerms::status(const QString &code)
{
    if (code == QLatin1String("candidate")) {
        return tr("not yet admitted");
    }
    if (code == QLatin1String("active")) {
        return tr("studying");
    }
    if (code == QLatin1String("leave")) {
        return tr("on academic leave");
    }
    if (code == QLatin1String("expelled")) {
        return tr("expelled");
    }
    if (code == QLatin1String("graduated")) {
        return tr("graduated");
    }
    return code;
}

QString StudyTerms::funding(const QString &code)
{
    if (code == QLatin1String("budget")) {
        return tr("state-funded");
    }
    if (code == QLatin1String("contract")) {
        return tr("contract");
    }
    return code;
}

QString StudyTerms::studyForm(const QString &code)
{
    if (code == QLatin1String("fulltime")) {
        return tr("full-time");
    }
    if (code == QLatin1String("extramural")) {
        return tr("extramural");
    }
    if (code == QLatin1String("distance")) {
        return tr("distance");
    }
    if (code == QLatin1String("evening")) {
        return tr("evening");
    }
    return code;
}

QStringList StudyTerms::orderKinds()
{
    return {QStringLiteral("admission"),  QStringLiteral("promotion"),     QStringLiteral("transfer"),
            QStringLiteral("academic_leave"), QStringLiteral("return_from_leave"), QStringLiteral("expulsion"),
            QStringLiteral("reinstatement"), QStringLiteral("graduation"),  QStringLiteral("name_change")};
}

QString StudyTerms::orderKind(const QString &code)
{
    if (code == QLatin1String("admission")) {
        return tr("Admission");
    }
    if (code == QLatin1String("promotion")) {
        return tr("Promotion to the next year");
    }
    if (code == QLatin1String("transfer")) {
        return tr("Transfer");
    }
    if (code == QLatin1String("academic_leave")) {
        return tr("Academic leave");
    }
    if (code == QLatin1String("return_from_leave")) {
        return tr("Return from academic leave");
    }
    if (code == QLatin1String("expulsion")) {
        return tr("Expulsion");
    }
    if (code == QLatin1String("reinstatement")) {
        return tr("Reinstatement");
    }
    if (code == QLatin1String("graduation")) {
        return tr("Graduation");
    }
    if (code == QLatin1String("name_change")) {
        return tr("Change of name");
    }
    return code;
}

QString StudyTerms::orderState(const QString &code)
{
    if (code == QLatin1String("draft")) {
        return tr("draft");
    }
    if (code == QLatin1String("signed")) {
        return tr("signed");
    }
    if (code == QLatin1String("cancelled")) {
        return tr("cancelled");
    }
    return code;
}

QString StudyTerms::date(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace Ebilim::Client::Modules
