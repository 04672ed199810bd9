#pragma once

#include <QWidget>

#include <memory>

namespace pd {

namespace Ui {
class StatePanel;
}

// What a page shows instead of its content: loading (with cancel), empty, or an error with a
// retry. Owned by its Page.
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

    void show(Mode mode, const QString &title, const QString &message);
    Mode mode() const { return m_mode; }
    QString title() const;
    QString message() const;

Q_SIGNALS:
    void retryRequested();
    void cancelRequested();

private:
    std::unique_ptr<Ui::StatePanel> m_ui;
    Mode m_mode = Mode::Loading;
};

} // namespace pd
