#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Ebilim::Server {

/// The server's TLS identity.
struct TlsIdentity
{
    QList<QSslCertificate> chain;
    QSslKey key;
    bool isValid() const { return !chain.isEmpty() && !key.isNull(); }
};

class Certificates
{
public:
    /// Creates a self-signed ECDSA P-256 certificate (10 years) in @p dir unless cert.pem
    /// and key.pem exist there. Returns false (with @p error) if `openssl` fails.
    static bool ensureSelfSigned(const QString &dir, const QString &commonName, QString *error);
    static TlsIdentity load(const QString &certFile, const QString &keyFile, QString *error);
};

} // namespace Ebilim::Server
