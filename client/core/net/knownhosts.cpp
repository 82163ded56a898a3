#include "knownhosts.h"

#include "protocol/tls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ebilim::Client {

KnownHosts::KnownHosts(const QString &filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
}

QString KnownHosts::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/known_hosts");
}

QString KnownHosts::entryKey(const QString &host, quint16 port)
{
    return host.trimmed().toLower() + QLatin1Char(' ') + QString::number(port);
}

bool KnownHosts::load(QString *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error) {
            *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool portOk = false;
        const uint port = parts.size() == 3 ? parts.at(1).toUInt(&portOk) : 0;
        const QString fp = parts.size() == 3 ? Protocol::normalizeFingerprint(parts.at(2)) : QString();
        if (!portOk || port == 0 || port > 65535 || fp.isEmpty()) {
            if (error) {
                *error = QStringLiteral("%1:%2: expected 'host port sha256-fingerprint'").arg(m_path).arg(lineNo);
            }
            m_entries.clear();
            return false;
        }
        m_entries.insert(entryKey(parts.at(0), quint16(port)), fp);
    }
    return true;
}

bool KnownHosts::save(QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        }
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    QByteArray text = "# eBilim known servers: host port sha256-fingerprint\n";
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        text += it.key().toUtf8() + ' ' + it.value().toLatin1() + '\n';
    }
    file.write(text);
    if (!file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    return true;
}

QString KnownHosts::fingerprint(const QString &host, quint16 port) const
{
    return m_entries.value(entryKey(host, port));
}

KnownHosts::Check KnownHosts::check(const QString &host, quint16 port, const QString &fingerprint) const
{
    const QString stored = this->fingerprint(host, port);
    if (stored.isEmpty()) {
        return Check::Unknown;
    }
    return stored == Protocol::normalizeFingerprint(fingerprint) ? Check::Match : Check::Mismatch;
}

bool KnownHosts::setFingerprint(const QString &host, quint16 port, const QString &fingerprint)
{
    const QString fp = Protocol::normalizeFingerprint(fingerprint);
    if (fp.isEmpty() || host.trimmed().isEmpty() || host.contains(QLatin1Char(' '))) {
        return false;
    }
    m_entries.insert(entryKey(host, port), fp);
    return true;
}

bool KnownHosts::remove(const QString &host, quint16 port)
{
    return m_entries.remove(entryKey(host, port)) > 0;
}

} // namespace Ebilim::Client
