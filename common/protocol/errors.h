#pragma once

#include <QCborMap>
#include <QString>

namespace Ebilim::Protocol {

/// Typed error codes. Clients translate the code (and details), never match message text.
enum class ErrorCode {
    BadFrame,           ///< frame could not be decoded or lacks required fields
    ProtocolMismatch,   ///< `hello` with another major version; details: server major/minor
    HelloRequired,      ///< first request must be `hello`
    UnknownOp,          ///< op not in the registry; details: op
    ValidationFailed,   ///< details: field, reason (missing|type|too_long|too_short|range|format|unknown), limit
    NotAuthenticated,   ///< op needs a session
    NotAuthorized,      ///< role lacks the permission or the scope; details: permission
    SessionExpired,     ///< idle or absolute limit reached; details: reason (idle|absolute)
    InvalidCredentials, ///< wrong user or password (never says which)
    Throttled,          ///< too many failed logins; details: retryAfter (seconds)
    AccountDisabled,
    NotFound,           ///< details: entity, id
    Conflict,           ///< stale row_version; details: entity, id, current (the server's row)
    AlreadyExists,      ///< unique value taken; details: field
    InvalidState,       ///< e.g. approving a request that was already decided; details: state
    Busy,               ///< too many requests in flight
    Internal,           ///< server-side failure; details: ref (log reference)
};

QString errorCodeName(ErrorCode code);
/// Returns false for an unknown name.
bool errorCodeFromName(const QString &name, ErrorCode *code);

/// An error as it travels: code + structured details + an English message for logs.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QCborMap details;
    QString message;

    QCborMap toCbor() const;
    static Error fromCbor(const QCborMap &map);
};

} // namespace Ebilim::Protocol
