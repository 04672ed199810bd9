#pragma once

#include <QWidget>

#include <memory>

namespace pd {

namespace Ui {
class StatePanel;
}

// What a page shows instead of its content: loading (with cancel), empty, or an error with the
// one button that helps (Retry, or Connect… when the source itself must be chosen again). Owned
// by its Page.
class StatePanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Loading,
        Empty,
        Error,
    };

    explicit StatePanel(QWidget *parent = nullptr);
    ~StatePanel() override;

    enum class Action {
        Retry,
        Connect,
    };

    void show(Mode mode, const QString &title, const QString &message, Action action = Action::Retry);
    Mode mode() const { return m_mode; }
    QString title() const;
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void connectRequested();
    void cancelRequested();

private:
    std::unique_ptr<Ui::StatePanel> m_ui;
    Mode m_mode = Mode::Loading;
};

} // namespace pd
