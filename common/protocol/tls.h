#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslCipher>
#include <QString>

namespace Ebilim::Protocol {

/// Certificate fingerprint as printed by the server and given to `--pin`:
/// lowercase hex SHA-256 of the DER certificate, 64 characters, no separators.
QString certificateFingerprint(const QSslCertificate &cert);
/// Accepts "AB:CD:…" or "abcd…" and returns the canonical form (empty if malformed).
QString normalizeFingerprint(const QString &text);

/// TLS 1.3 suites plus TLS 1.2 ECDHE with AEAD (AES-GCM, ChaCha20-Poly1305). No CBC, no SHA-1, no static RSA.
QList<QSslCipher> strongCiphers();

} // namespace Ebilim::Protocol
