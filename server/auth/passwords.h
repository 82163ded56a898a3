#pragma once

#include <QByteArray>
#include <QString>

namespace Ebilim::Server {

/// Argon2id password hashing through libsodium (crypto_pwhash_str, INTERACTIVE limits).
/// At most one hash per core runs at a time, so a login flood cannot exhaust memory.
class Passwords
{
public:
    /// Initialises libsodium; call once before threads start. False if it cannot.
    static bool init();
    static QString hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    /// Spends the time of a verification without a user, so unknown names take as long as wrong passwords.
    static void dummyVerify(const QString &password);
    /// Cryptographically random bytes.
    static QByteArray randomBytes(int n);
    /// A readable random password (for `ebilim-admin init` and resets).
    static QString generate(int length = 16);
};

} // namespace Ebilim::Server
