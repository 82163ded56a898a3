#pragma once

#include <QMap>
#include <QString>

namespace Ebilim::Client {

/**
 * Trust-on-first-use store: which certificate fingerprint each server presented when the
 * user first trusted it. One line per server, `host port fingerprint`; `#` starts a comment.
 * Host names are compared case-insensitively. Saving is atomic (QSaveFile).
 */
class KnownHosts
{
public:
    /// Result of comparing a presented certificate with the store.
    enum class Check { Unknown, Match, Mismatch };

    /// @p filePath empty: defaultPath().
    explicit KnownHosts(const QString &filePath = {});

    /// `known_hosts` under QStandardPaths::AppConfigLocation.
    static QString defaultPath();
    QString filePath() const { return m_path; }

    /// Reads the file; a missing file is an empty store. False (with @p error) on unreadable or malformed files.
    bool load(QString *error = nullptr);
    /// Writes the file atomically, creating its folder.
    bool save(QString *error = nullptr) const;

    /// The stored fingerprint (canonical lowercase hex) or empty.
    QString fingerprint(const QString &host, quint16 port) const;
    Check check(const QString &host, quint16 port, const QString &fingerprint) const;
    /// Stores @p fingerprint (any form normalizeFingerprint() accepts). False if malformed.
    bool setFingerprint(const QString &host, quint16 port, const QString &fingerprint);
    bool remove(const QString &host, quint16 port);
    int count() const { return int(m_entries.size()); }

private:
    static QString entryKey(const QString &host, quint16 port);

    QString m_path;
    QMap<QString, QString> m_entries; ///< "host port" → fingerprint
};

} // namespace Ebilim::Client
