#pragma once

#include "opcontext.h"

#include <QCborMap>
#include <optional>

namespace Ebilim::Server {

/// Outcome of one request: the response frame and any change to the connection's session.
struct DispatchResult
{
    QCborMap response;
    std::optional<SessionInfo> newSession;
    bool endSession = false;
    QString op;
    bool ok = false;
};

/**
 * Runs one request on the calling (worker) thread: registry lookup → argument schema →
 * session → permission → scope → handler. Mutating ops run in one transaction together
 * with their audit record and idempotency key, retried on serialization failure/deadlock.
 */
class Dispatcher
{
public:
    explicit Dispatcher(const ServerEnv &env);
    DispatchResult execute(const QCborMap &request, const std::optional<SessionInfo> &session, const QString &peer) const;

private:
    QCborValue run(const Protocol::OpSpec &spec, const QCborMap &args, const QString &key, const std::optional<SessionInfo> &session,
                   const QString &peer, DispatchResult &out) const;
    const ServerEnv &m_env;
};

} // namespace Ebilim::Server
