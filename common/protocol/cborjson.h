#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QString>

namespace Ebilim::Protocol {

/// Compact JSON text of a CBOR value (byte strings become base64url, as QCborValue does).
QByteArray toJson(const QCborValue &value, bool indented = false);
/// Parses JSON into CBOR; integers stay integers. On error returns undefined and sets @p error.
QCborValue fromJson(const QByteArray &json, QString *error = nullptr);

} // namespace Ebilim::Protocol
