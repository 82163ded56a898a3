#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ebilim::Client::Modules {

/// The translated names of the student-records codes the server sends.
class StudyTerms
{
    Q_DECLARE_TR_FUNCTIONS(Ebilim::Client::Modules::StudyTerms)

public:
    static QString status(const QString &code);      ///< candidate, active, leave, expelled, graduated
    static QString funding(const QString &code);     ///< budget, contract
    static QString studyForm(const QString &code);   ///< fulltime, extramural, distance, evening
    static QString orderKind(const QString &code);   ///< admission, promotion, …
    static QString orderState(const QString &code);  ///< draft, signed, cancelled
    static QStringList orderKinds();
    /// dd.MM.yyyy from an ISO date text; empty if none.
    static QString date(const QString &iso);
};

} // namespace Ebilim::Client::Modules
