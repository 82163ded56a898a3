#include "errors.h"

#include <array>
#include <utility>

namespace Ebilim::Protocol {

namespace {
constexpr std::array<std::pair<ErrorCode, const char *>, 17> kNames{{
    {ErrorCode::BadFrame, "bad_frame"},
    {ErrorCode::ProtocolMismatch, "protocol_mismatch"},
    {ErrorCode::HelloRequired, "hello_required"},
    {ErrorCode::UnknownOp, "unknown_op"},
    {ErrorCode::ValidationFailed, "validation_failed"},
    {ErrorCode::NotAuthenticated, "not_authenticated"},
    {ErrorCode::NotAuthorized, "not_authorized"},
    {ErrorCode::SessionExpired, "session_expired"},
    {ErrorCode::InvalidCredentials, "invalid_credentials"},
    {ErrorCode::Throttled, "throttled"},
    {ErrorCode::AccountDisabled, "account_disabled"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::Conflict, "conflict"},
    {ErrorCode::AlreadyExists, "already_exists"},
    {ErrorCode::InvalidState, "invalid_state"},
    {ErrorCode::Busy, "busy"},
    {ErrorCode::Internal, "internal"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, n] : kNames) {
        if (c == code) {
            return QString::fromLatin1(n);
        }
    }
    return QStringLiteral("internal");
}

bool errorCodeFromName(const QString &name, ErrorCode *code)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n)) {
            *code = c;
            return true;
        }
    }
    return false;
}

QCborMap Error::toCbor() const
{
    QCborMap m;
    m.insert(QStringLiteral("code"), errorCodeName(code));
    if (!details.isEmpty()) {
        m.insert(QStringLiteral("details"), details);
    }
    if (!message.isEmpty()) {
        m.insert(QStringLiteral("message"), message);
    }
    return m;
}

Error Error::fromCbor(const QCborMap &map)
{
    Error e;
    if (!errorCodeFromName(map.value(QStringLiteral("code")).toString(), &e.code)) {
        e.code = ErrorCode::Internal;
    }
    e.details = map.value(QStringLiteral("details")).toMap();
    e.message = map.value(QStringLiteral("message")).toString();
    return e;
}

} // namespace Ebilim::Protocol
