#include "cborjson.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>

namespace Ebilim::Protocol {

QByteArray toJson(const QCborValue &value, bool indented)
{
    const QJsonDocument::JsonFormat fmt = indented ? QJsonDocument::Indented : QJsonDocument::Compact;
    const QJsonValue j = value.toJsonValue();
    if (j.isObject()) {
        return QJsonDocument(j.toObject()).toJson(fmt);
    }
    if (j.isArray()) {
        return QJsonDocument(j.toArray()).toJson(fmt);
    }
    // Scalars: wrap in an array and strip the brackets.
    QByteArray a = QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QCborValue fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        if (error) {
            *error = perr.errorString();
        }
        return QCborValue(QCborValue::Undefined);
    }
    if (doc.isObject()) {
        return QCborValue::fromJsonValue(doc.object());
    }
    return QCborValue::fromJsonValue(doc.array());
}

} // namespace Ebilim::Protocol
