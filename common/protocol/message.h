#pragma once

#include "errors.h"

#include <QCborMap>
#include <QString>

namespace Ebilim::Protocol {

/// Field names of the envelope, spelled once.
namespace Key {
inline const QString Id = QStringLiteral("id");
inline const QString Op = QStringLiteral("op");
inline const QString Args = QStringLiteral("args");
inline const QString IdemKey = QStringLiteral("key");
inline const QString Ok = QStringLiteral("ok");
inline const QString Result = QStringLiteral("result");
inline const QString ErrorField = QStringLiteral("error");
inline const QString Event = QStringLiteral("event");
inline const QString Data = QStringLiteral("data");
} // namespace Key

QCborMap makeRequest(qint64 id, const QString &op, const QCborMap &args, const QString &key = {});
QCborMap makeResult(qint64 id, const QCborValue &result);
QCborMap makeError(qint64 id, const Error &error);
QCborMap makePush(const QString &event, const QCborMap &data);

} // namespace Ebilim::Protocol
