#pragma once

#include <QString>

class QWidget;

namespace pd {

// File dialogs behind one small wrapper (KeePassXC's FileDialog habit): tests queue the next
// file name with setNextFileName() and no dialog is shown. An empty answer means "cancelled".
class FileDialog final
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);

    // Test hook: the next call returns this (an empty string acts as a cancelled dialog).
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace pd
