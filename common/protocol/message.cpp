#include "message.h"

namespace Ebilim::Protocol {

QCborMap makeRequest(qint64 id, const QString &op, const QCborMap &args, const QString &key)
{
    QCborMap m;
    m.insert(Key::Id, id);
    m.insert(Key::Op, op);
    m.insert(Key::Args, args);
    if (!key.isEmpty()) {
        m.insert(Key::IdemKey, key);
    }
    return m;
}

QCborMap makeResult(qint64 id, const QCborValue &result)
{
    QCborMap m;
    m.insert(Key::Id, id);
    m.insert(Key::Ok, true);
    m.insert(Key::Result, result);
    return m;
}

QCborMap makeError(qint64 id, const Error &error)
{
    QCborMap m;
    m.insert(Key::Id, id);
    m.insert(Key::Ok, false);
    m.insert(Key::ErrorField, error.toCbor());
    return m;
}

QCborMap makePush(const QString &event, const QCborMap &data)
{
    QCborMap m;
    m.insert(Key::Event, event);
    m.insert(Key::Data, data);
    return m;
}

} // namespace Ebilim::Protocol
