#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QString>

namespace Ebilim::Protocol {

/// Largest frame body accepted or sent, in bytes (files travel in chunks).
inline constexpr qsizetype MaxFrameSize = 1024 * 1024;

/// Encodes one frame: a big-endian quint32 length followed by the CBOR map.
QByteArray encodeFrame(const QCborMap &message);

/**
 * Incremental decoder for length-prefixed CBOR frames.
 *
 * Feed it whatever bytes arrived; it returns the complete messages. The length prefix
 * is checked before any allocation, so an oversized frame never grows the buffer. After
 * an error the decoder stays failed: the connection must be closed.
 */
class FrameDecoder
{
public:
    enum class Error { None, Oversized, Malformed, NotAMap };

    /// Appends data and returns every complete message it finished.
    QList<QCborMap> feed(const QByteArray &data);

    Error error() const { return m_error; }
    QString errorString() const;
    /// Bytes buffered for an incomplete frame.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    /// True while a frame has started but not finished.
    bool inFrame() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
    Error m_error = Error::None;
    QString m_detail;
};

} // namespace Ebilim::Protocol
