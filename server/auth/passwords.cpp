#include "passwords.h"

#include <QSemaphore>
#include <QThread>

#include <sodium.h>

namespace Ebilim::Server {

namespace {
QSemaphore &hashSlots()
{
    static QSemaphore s(qMax(1, QThread::idealThreadCount()));
    return s;
}
struct SlotGuard
{
    SlotGuard() { hashSlots().acquire(); }
    ~SlotGuard() { hashSlots().release(); }
};
} // namespace

bool Passwords::init()
{
    return sodium_init() >= 0;
}

QString Passwords::hash(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    SlotGuard guard;
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString &storedHash, const QString &password)
{
    const QByteArray h = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (h.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    SlotGuard guard;
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), quint64(pw.size())) == 0;
}

void Passwords::dummyVerify(const QString &password)
{
    static const QString dummy = hash(QStringLiteral("no such user, no such password"));
    verify(dummy, password);
}

QByteArray Passwords::randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

QString Passwords::generate(int length)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        out += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    }
    return out;
}

} // namespace Ebilim::Server
