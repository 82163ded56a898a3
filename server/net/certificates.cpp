#include "certificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace Ebilim::Server {

bool Certificates::ensureSelfSigned(const QString &dir, const QString &commonName, QString *error)
{
    QDir().mkpath(dir);
    const QString cert = dir + QStringLiteral("/cert.pem");
    const QString key = dir + QStringLiteral("/key.pem");
    if (QFileInfo::exists(cert) && QFileInfo::exists(key)) {
        return true;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("3650"),
             QStringLiteral("-subj"), QStringLiteral("/CN=%1/O=eBilim").arg(commonName), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), cert});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("openssl could not create a certificate: %1").arg(QString::fromLocal8Bit(p.readAll()));
        }
        return false;
    }
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

TlsIdentity Certificates::load(const QString &certFile, const QString &keyFile, QString *error)
{
    TlsIdentity id;
    id.chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    QFile kf(keyFile);
    if (kf.open(QIODevice::ReadOnly)) {
        const QByteArray pem = kf.readAll();
        id.key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (id.key.isNull()) {
            id.key = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
        }
    }
    if (!id.isValid() && error) {
        *error = QStringLiteral("cannot load certificate %1 / key %2").arg(certFile, keyFile);
    }
    return id;
}

} // namespace Ebilim::Server
