#include "tls.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace Ebilim::Protocol {

QString certificateFingerprint(const QSslCertificate &cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
}

QString normalizeFingerprint(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.remove(QLatin1Char(':'));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch() ? s : QString();
}

QList<QSslCipher> strongCiphers()
{
    QList<QSslCipher> keep;
    const QList<QSslCipher> all = QSslConfiguration::supportedCiphers();
    for (const QSslCipher &c : all) {
        const bool aead = c.name().contains(QLatin1String("GCM")) || c.name().contains(QLatin1String("CHACHA20"));
        if (c.protocol() == QSsl::TlsV1_3 || (c.keyExchangeMethod() == QLatin1String("ECDH") && aead)) {
            keep << c;
        }
    }
    return keep;
}

} // namespace Ebilim::Protocol
