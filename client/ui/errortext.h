#pragma once

#include "net/job.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace Ebilim::Client::Ui {

/**
 * The one place where error codes (from the server, or client-side ones such as
 * `client_timeout`) become sentences for the user, in the current language.
 * Never matches message text: only codes and structured details.
 */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Ebilim::Client::Ui::ErrorText)

public:
    /// A full sentence for @p code with @p details (validation field/reason/limit, retryAfter …).
    static QString describe(const QString &code, const QCborMap &details = {});
    /// describe() for a finished call.
    static QString describe(const CallResult &outcome);
    /// The text shown under a form field for a `validation_failed` reason (`missing`, `too_long` …).
    static QString fieldProblem(const QString &reason, qint64 limit = -1);
    /// The translated label of a protocol argument name (`phone` → "Phone"); unknown names unchanged.
    static QString fieldLabel(const QString &field);
    /// The field a `validation_failed` / `already_exists` error points at (empty if none).
    static QString fieldOf(const CallResult &outcome);
    /// Every code describe() knows (used by tests to check nothing falls through).
    static QStringList knownCodes();
};

} // namespace Ebilim::Client::Ui
