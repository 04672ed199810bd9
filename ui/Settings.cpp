#include "ui/Settings.h"

#include <QSettings>

namespace pd {

namespace {

struct KeyInfo {
    const char16_t *name;
    QVariant defaultValue;
};

KeyInfo info(Settings::Key key)
{
    switch (key) {
    case Settings::Key::SourceKind:
        return {u"source/kind", QString()};
    case Settings::Key::ServerUrl:
        return {u"source/serverUrl", QString()};
    case Settings::Key::ServerCaFile:
        return {u"source/caFile", QString()};
    case Settings::Key::ServerTokenFile:
        return {u"source/tokenFile", QString()};
    case Settings::Key::ArchivePath:
        return {u"source/archivePath", QString()};
    case Settings::Key::ArchiveRegion:
        return {u"source/archiveRegion", QString()};
    case Settings::Key::ArchiveOptedOutSince:
        return {u"source/archiveOptedOutSince", QString()};
    case Settings::Key::WindowGeometry:
        return {u"window/geometry", QByteArray()};
    case Settings::Key::WindowState:
        return {u"window/state", QByteArray()};
    case Settings::Key::Language:
        return {u"ui/language", QString()};
    case Settings::Key::LastPage:
        break;
    }
    return {u"window/lastPage", 0};
}

} // namespace

QString Settings::keyName(Key key)
{
    return QString::fromUtf16(info(key).name);
}

QVariant Settings::value(Key key)
{
    const KeyInfo entry = info(key);
    return QSettings().value(QString::fromUtf16(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(keyName(key), value);
}

void Settings::remove(Key key)
{
    QSettings().remove(keyName(key));
}

} // namespace pd
