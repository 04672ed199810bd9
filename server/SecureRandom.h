#pragma once

#include <QByteArray>
#include <QString>

namespace pd {

// Random bytes from OpenSSL's CSPRNG for everything an attacker must not guess: bearer tokens,
// confirmation ids, certificate serials. Never QRandomGenerator::global() or rand().
namespace SecureRandom {

QByteArray bytes(int count); // aborts the process if the CSPRNG fails: no weak fallback
QString hex(int byteCount);  // lower-case hex, 2 * byteCount characters
QString bearerToken();       // "pdt_" + 43 base64url characters (256 bits)
QString confirmationId();    // "c-" + 16 hex characters (64 bits)

} // namespace SecureRandom

// SHA-256 of the bytes as lower-case hex (64 characters).
QString sha256Hex(const QByteArray &data);

} // namespace pd
