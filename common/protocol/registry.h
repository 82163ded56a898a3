#pragma once

#include "errors.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ebilim::Protocol {

/// Protocol version spoken by this build. Only a major mismatch is refused.
inline constexpr int ProtocolMajor = 1;
inline constexpr int ProtocolMinor = 1;

enum class ArgType { String, Int, Bool, Map, Array, Uuid };

/// One argument of an op. Unknown arguments are refused.
struct ArgSpec
{
    QString name;
    ArgType type = ArgType::String;
    bool required = false;
    qint64 min = 0;       ///< Int: smallest value; String: shortest length
    qint64 max = 0;       ///< Int: largest value; String: longest length (0 = no limit)
    QStringList oneOf;    ///< String: allowed values (empty = any)
    QString doc;
};

/// One op of the protocol, named once. Handlers, permission checks, the CLI's help and
/// common/protocol/PROTOCOL.md all read from this.
struct OpSpec
{
    QString name;
    QString module;
    QString permission;   ///< empty: allowed without a session (hello, auth.login, auth.resume)
    bool mutates = false; ///< writes data: needs an idempotency key, is audited
    bool offline = false; ///< may be queued in the client's outbox while offline
    bool approval = false;///< applies only after the vice-rector approves (regulation §3)
    QString scopeArg;     ///< argument naming an org unit that scoped roles must contain
    QList<ArgSpec> args;
    QString doc;
};

/// A role from the regulation. Scoped roles hold it for one org unit (and its subtree).
struct RoleSpec
{
    QString name;
    QString scopeKind;        ///< "faculty", "department", "college" or empty (unscoped)
    QStringList permissions;
    QStringList modules;      ///< navigator modules the role sees in the client
    QString doc;
};

class Registry
{
public:
    static const QList<OpSpec> &ops();
    static const OpSpec *find(const QString &name);
    static const QList<RoleSpec> &roles();
    static const RoleSpec *role(const QString &name);
    static QStringList roleNames();
    /// Every permission named by some op, sorted.
    static QStringList permissions();
    /// True when @p role grants @p permission.
    static bool roleHas(const QString &role, const QString &permission);

    /// Checks @p args against the op's schema. Returns the first problem found.
    static std::optional<Error> validate(const OpSpec &op, const QCborMap &args);

    /// The protocol reference in Markdown (common/protocol/PROTOCOL.md is this text).
    static QString markdown();
};

QString argTypeName(ArgType t);

} // namespace Ebilim::Protocol
