// Frame codec: round trips, split delivery, and every way a frame can be wrong.
#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborArray>
#include <QtEndian>
#include <QTest>

using namespace Ebilim::Protocol;

class TestFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QCborMap>("message");
        QTest::newRow("request") << makeRequest(7, QStringLiteral("org.units.list"), QCborMap{{QStringLiteral("a"), 1}}, QString());
        QTest::newRow("request with key") << makeRequest(8, QStringLiteral("profile.save"), {}, QStringLiteral("6f1c1f4e-2c3a-4d7e-9b8f-1a2b3c4d5e6f"));
        QTest::newRow("result") << makeResult(9, QCborArray{1, QStringLiteral("Ңөү"), true});
        Error e;
        e.code = ErrorCode::ValidationFailed;
        e.details.insert(QStringLiteral("field"), QStringLiteral("code"));
        QTest::newRow("error") << makeError(10, e);
        QTest::newRow("push") << makePush(QStringLiteral("changed"), QCborMap{{QStringLiteral("id"), 3}});
        QTest::newRow("empty map") << QCborMap();
    }
    void roundTrip()
    {
        QFETCH(QCborMap, message);
        FrameDecoder d;
        const QList<QCborMap> out = d.feed(encodeFrame(message));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first(), message);
        QCOMPARE(d.error(), FrameDecoder::Error::None);
        QVERIFY(!d.inFrame());
    }

    void byteByByte()
    {
        const QByteArray a = encodeFrame(makeResult(1, QStringLiteral("first")));
        const QByteArray b = encodeFrame(makeResult(2, QStringLiteral("second")));
        const QByteArray all = a + b;
        FrameDecoder d;
        QList<QCborMap> got;
        for (char c : all) {
            got += d.feed(QByteArray(1, c));
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(1).value(Key::Id).toInteger(), 2);
    }

    void truncatedWaits()
    {
        const QByteArray f = encodeFrame(makeResult(1, QStringLiteral("x")));
        FrameDecoder d;
        QVERIFY(d.feed(f.left(f.size() - 1)).isEmpty());
        QCOMPARE(d.error(), FrameDecoder::Error::None);
        QVERIFY(d.inFrame());
    }

    void oversizedRejectedBeforeAllocation()
    {
        QByteArray header(4, 0);
        qToBigEndian<quint32>(quint32(MaxFrameSize + 1), header.data());
        FrameDecoder d;
        QVERIFY(d.feed(header).isEmpty());
        QCOMPARE(d.error(), FrameDecoder::Error::Oversized);
        QCOMPARE(d.pendingBytes(), 0);
        // Once failed, it stays failed.
        QVERIFY(d.feed(encodeFrame(QCborMap())).isEmpty());
    }

    void maxSizeAccepted()
    {
        QCborMap m;
        m.insert(QStringLiteral("blob"), QByteArray(MaxFrameSize - 64, 'x'));
        const QByteArray f = encodeFrame(m);
        QVERIFY(f.size() - 4 <= MaxFrameSize);
        FrameDecoder d;
        QCOMPARE(d.feed(f).size(), 1);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::newRow("not cbor") << QByteArray("\xff\xff\xff", 3) << int(FrameDecoder::Error::Malformed);
        QTest::newRow("array not map") << QCborValue(QCborArray{1, 2}).toCbor() << int(FrameDecoder::Error::NotAMap);
        QTest::newRow("integer") << QCborValue(5).toCbor() << int(FrameDecoder::Error::NotAMap);
        QTest::newRow("truncated map") << QByteArray("\xa2\x61x", 3) << int(FrameDecoder::Error::Malformed);
        QTest::newRow("trailing garbage") << QCborValue(QCborMap()).toCbor() + QByteArray("\x01", 1) << int(FrameDecoder::Error::Malformed);
        QTest::newRow("empty body") << QByteArray() << int(FrameDecoder::Error::Malformed);
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QByteArray frame(4, 0);
        qToBigEndian<quint32>(quint32(body.size()), frame.data());
        frame += body;
        FrameDecoder d;
        QVERIFY(d.feed(frame).isEmpty());
        QCOMPARE(int(d.error()), expected);
        QVERIFY(!d.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFrame)
#include "tst_frame.moc"
