// Writes the seed corpus for the frame fuzzer (valid requests, responses, pushes).
#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborArray>
#include <QDir>
#include <QFile>

int main(int argc, char *argv[])
{
    using namespace Ebilim::Protocol;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("corpus");
    QDir().mkpath(dir);
    const QList<QCborMap> msgs{
        makeRequest(1, QStringLiteral("hello"), {{QStringLiteral("major"), 1}, {QStringLiteral("minor"), 0}}),
        makeRequest(2, QStringLiteral("auth.login"), {{QStringLiteral("user"), QStringLiteral("admin")}, {QStringLiteral("password"), QStringLiteral("x")}}),
        makeRequest(3, QStringLiteral("org.units.save"),
                    {{QStringLiteral("kind"), QStringLiteral("faculty")}, {QStringLiteral("code"), QStringLiteral("F")}, {QStringLiteral("parentId"), 1},
                     {QStringLiteral("nameKy"), QStringLiteral("Ф")}, {QStringLiteral("nameRu"), QStringLiteral("Ф")}},
                    QStringLiteral("6f1c1f4e-2c3a-4d7e-9b8f-1a2b3c4d5e6f")),
        makeResult(4, QCborArray{1, 2, QStringLiteral("үч")}),
        makePush(QStringLiteral("changed"), {{QStringLiteral("entity"), QStringLiteral("unit")}, {QStringLiteral("id"), 5}}),
    };
    int n = 0;
    for (const QCborMap &m : msgs) {
        QFile f(QStringLiteral("%1/seed%2").arg(dir).arg(++n));
        f.open(QIODevice::WriteOnly);
        f.write(encodeFrame(m) + encodeFrame(m));
    }
    return 0;
}
