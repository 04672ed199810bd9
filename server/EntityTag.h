#pragma once

#include <QByteArray>

namespace pd {

// If-Match / If-None-Match evaluation (RFC 9110 §13.1.1, §13.1.2) against one current ETag.
// The header is a comma-separated list of entity-tags ("v3", W/"v3") or "*".
namespace EntityTag {

// If-Match: strong comparison; "*" matches any current representation; weak tags never match.
bool ifMatch(const QByteArray &header, const QByteArray &currentEtag);
// If-None-Match: weak comparison (W/ is ignored); true means "the client has it" (304).
bool ifNoneMatch(const QByteArray &header, const QByteArray &currentEtag);

} // namespace EntityTag

} // namespace pd
