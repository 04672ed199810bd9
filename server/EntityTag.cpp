#include "server/EntityTag.h"

#include <QList>

namespace pd {

namespace EntityTag {

namespace {

struct Tag {
    bool weak = false;
    QByteArray opaque; // with its quotes
};

// Splits on commas outside quotes; a malformed member yields an empty opaque tag that matches nothing.
QList<Tag> parseList(const QByteArray &header)
{
    QList<Tag> tags;
    qsizetype i = 0;
    const qsizetype n = header.size();
    while (i < n) {
        while (i < n && (header[i] == ' ' || header[i] == '\t' || header[i] == ','))
            ++i;
        if (i >= n)
            break;
        Tag tag;
        if (header.mid(i, 2) == "W/") {
            tag.weak = true;
            i += 2;
        }
        if (i < n && header[i] == '"') {
            const qsizetype close = header.indexOf('"', i + 1);
            if (close < 0)
                return tags;
            tag.opaque = header.mid(i, close - i + 1);
            i = close + 1;
        } else {
            while (i < n && header[i] != ',')
                ++i; // not an entity-tag: skip it
        }
        tags.append(tag);
    }
    return tags;
}

} // namespace

bool ifMatch(const QByteArray &header, const QByteArray &currentEtag)
{
    if (header.trimmed() == "*")
        return true;
    for (const Tag &tag : parseList(header)) {
        if (!tag.weak && !tag.opaque.isEmpty() && tag.opaque == currentEtag)
            return true;
    }
    return false;
}

bool ifNoneMatch(const QByteArray &header, const QByteArray &currentEtag)
{
    if (header.trimmed() == "*")
        return true;
    for (const Tag &tag : parseList(header)) {
        if (!tag.opaque.isEmpty() && tag.opaque == currentEtag)
            return true;
    }
    return false;
}

} // namespace EntityTag

} // namespace pd
