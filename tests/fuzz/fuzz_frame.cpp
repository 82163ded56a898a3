// Fuzz target for the frame decoder and request envelope checks: whatever bytes arrive,
// the decoder must never crash, never buffer past its limit, and every decoded map must
// survive validation against the registry without crashing.
#include "protocol/frame.h"
#include "protocol/message.h"
#include "protocol/registry.h"

#include <QCborMap>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Ebilim::Protocol;
    FrameDecoder decoder;
    // Feed in two pieces so split frames are exercised too.
    const size_t cut = size > 0 ? data[0] % (size + 1) : 0;
    QList<QCborMap> frames = decoder.feed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(cut)));
    frames += decoder.feed(QByteArray(reinterpret_cast<const char *>(data + cut), qsizetype(size - cut)));
    if (decoder.pendingBytes() > MaxFrameSize + 4) {
        __builtin_trap();
    }
    for (const QCborMap &m : frames) {
        const OpSpec *spec = Registry::find(m.value(Key::Op).toString());
        if (spec) {
            (void)Registry::validate(*spec, m.value(Key::Args).toMap());
        }
        // Re-encoding what was decoded must decode to the same map.
        FrameDecoder again;
        const QList<QCborMap> back = again.feed(encodeFrame(m));
        if (back.size() != 1) {
            __builtin_trap();
        }
    }
    return 0;
}
