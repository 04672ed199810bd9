#pragma once

#include <QMessageBox>

#include <optional>

namespace pd {

// Message boxes behind one small wrapper (KeePassXC's MessageBox habit): tests queue the next
// answer with setNextAnswer() and the box is then not shown at all, so a test never blocks on
// a modal loop. Every box carries an accessible name (its title).
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // A warning with the one button that helps besides Close (e.g. Open for another file).
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButton action);

    // Test hook: the next box answers this without showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test hook: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace pd
