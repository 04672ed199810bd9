#pragma once

#include "core/Result.h"

#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;

namespace pd {

class StatePanel;

// Base of every page of the main window: the page's content (from its .ui form) or, until
// there is content, a StatePanel (loading, empty, error with retry). Once content is shown, a
// refresh shows a banner above it instead ("Refreshing…", or the error with a retry), so the
// member keeps what they were reading. The page owns its content and its state panel.
class Page : public QWidget
{
    Q_OBJECT

public:
    enum class State {
        Loading,
        Empty,
        Error,
        Content,
    };

    explicit Page(QWidget *parent = nullptr);

    State state() const { return m_state; }
    bool hasContent() const { return m_hasContent; }
    StatePanel *statePanel() const { return m_statePanel; }

    void showLoading(const QString &what);
    void showEmpty(const QString &title, const QString &message);
    void showError(const Error &error);
    void showContent();
    // Forgets the content (a new source was chosen): the next load shows the full panel.
    void clearContent();

Q_SIGNALS:
    void retryRequested();
    void connectRequested();
    void cancelRequested();

protected:
    void setContentWidget(QWidget *content);
    // For long pages: wraps a fresh content widget in a frameless, resizable scroll area (named
    // for tests and screen readers), makes it the content, and returns the widget to fill.
    QWidget *setScrollableContent(const QString &objectName, const QString &accessibleName);

private:
    void showBanner(bool error, const QString &text, bool connect = false);

    QStackedLayout *m_stack = nullptr;
    StatePanel *m_statePanel = nullptr;
    QWidget *m_content = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QProgressBar *m_bannerProgress = nullptr;
    QPushButton *m_bannerRetry = nullptr;
    QPushButton *m_bannerConnect = nullptr;
    State m_state = State::Loading;
    bool m_hasContent = false;
};

// The one-line heading every error state starts with, by kind.
QString errorTitle(const Error &error);
// What the member reads under it: what happened, in their words (never a command-line option or
// a file format), and that nothing was changed.
QString errorText(const Error &error);
// The error's own words, or for a refused or missing access token (whose text names command-line
// options) a sentence in the member's words. No full stop at the end.
QString errorReason(const Error &error);
// An error the member fixes by choosing the source again (Connect…), not by trying again.
bool errorNeedsConnect(const Error &error);

} // namespace pd
