#include "frame.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace Ebilim::Protocol {

QByteArray encodeFrame(const QCborMap &message)
{
    const QByteArray body = QCborValue(message).toCbor();
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(body.size()), out.data());
    out.append(body);
    return out;
}

QList<QCborMap> FrameDecoder::feed(const QByteArray &data)
{
    QList<QCborMap> out;
    if (m_error != Error::None) {
        return out;
    }
    m_buffer.append(data);
    while (m_buffer.size() >= 4) {
        const quint32 len = qFromBigEndian<quint32>(m_buffer.constData());
        if (len > quint32(MaxFrameSize)) {
            m_error = Error::Oversized;
            m_detail = QStringLiteral("frame of %1 bytes exceeds %2").arg(len).arg(MaxFrameSize);
            m_buffer.clear();
            return out;
        }
        if (m_buffer.size() < qsizetype(4 + len)) {
            break;
        }
        const QByteArray body = m_buffer.mid(4, len);
        m_buffer.remove(0, 4 + len);
        QCborParserError perr;
        const QCborValue value = QCborValue::fromCbor(body, &perr);
        if (perr.error != QCborError::NoError) {
            m_error = Error::Malformed;
            m_detail = perr.errorString();
            m_buffer.clear();
            return out;
        }
        if (perr.offset != body.size()) {
            m_error = Error::Malformed;
            m_detail = QStringLiteral("trailing bytes after CBOR item");
            m_buffer.clear();
            return out;
        }
        if (!value.isMap()) {
            m_error = Error::NotAMap;
            m_detail = QStringLiteral("frame is not a CBOR map");
            m_buffer.clear();
            return out;
        }
        out.append(value.toMap());
    }
    return out;
}

QString FrameDecoder::errorString() const
{
    return m_detail;
}

} // namespace Ebilim::Protocol
