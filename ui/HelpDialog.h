#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace pd {

// Help › Keyboard shortcuts and Help › What these numbers mean: our own text (never data from
// outside) in a read-only browser that takes focus, so it scrolls with the keyboard, and a
// Close button. The shortcuts are read from the window's actions, so the page never disagrees
// with the menus.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Topic {
        Shortcuts,
        Numbers,
    };

    HelpDialog(Topic topic, const QList<QAction *> &actions, QWidget *parent = nullptr);

    Topic topic() const { return m_topic; }
    QString text() const;

    static QString shortcutsHtml(const QList<QAction *> &actions);
    static QString numbersHtml();

private:
    Topic m_topic;
    QTextBrowser *m_browser = nullptr;
};

} // namespace pd
