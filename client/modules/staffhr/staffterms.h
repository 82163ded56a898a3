#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ebilim::Client::Modules {

/// Translated names of the codes the staff HR office's ops use.
class StaffTerms
{
    Q_DECLARE_TR_FUNCTIONS(StaffTerms)

public:
    static QString orderKind(const QString &code);
    static QString orderState(const QString &code);
    static QString leaveKind(const QString &code);
    static QString degree(const QString &code);
    static QString title(const QString &code);
    static QString status(const QString &code);
    static QString gender(const QString &code);
    /// Report rows: age bands, "none", "unknown" and degree/title codes.
    static QString reportKey(const QString &by, const QString &key);
    static QString reportBy(const QString &by);
    /// What a validation reason of the staff HR ops means (empty for the common ones ErrorText knows).
    static QString problem(const QString &reason);
};

} // namespace Ebilim::Client::Modules
