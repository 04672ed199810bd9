#pragma once

#include <QAbstractButton>

namespace pd {

class AccessibleToggleSwitch;

// An on/off switch (the platform's own control is one), painted by hand. It is a view of a
// state someone else confirmed: the owner sets it with setConfirmedState() once the server has
// confirmed it, and every way a member acts on the switch — mouse, touch, Space or Enter, its
// shortcut, an assistive technology's Toggle or Press action — only emits changeRequested()
// and leaves the shown state alone. A toggle() or setChecked() from anyone but the owner (Qt's
// own accessible button calls toggle()) is reverted before it is painted or signalled and
// becomes a changeRequested() as well. While a request is on its way the owner sets it
// pending: the knob sits in the middle with "…", and assistive technology hears "busy" and
// the pending sentence; the checked state stays the confirmed one throughout. The words
// "On"/"Off" are drawn on the track, so the state does not depend on colour.
class ToggleSwitch final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ToggleSwitch(QWidget *parent = nullptr);
    ~ToggleSwitch() override;

    // The owner's side. `description` is the sentence that says what was confirmed (the page's
    // line under the switch); it becomes the accessible description.
    void setConfirmedState(bool on, const QString &description);
    void setPending(bool pending, const QString &description = QString());
    bool isPending() const { return m_pending; }
    bool confirmedState() const { return m_confirmed; }

    // The checked state is the confirmed one only: these would bypass that, so they are not
    // available on a ToggleSwitch (through a QAbstractButton pointer they are reverted).
    void setChecked(bool) = delete;
    void toggle() = delete;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

Q_SIGNALS:
    // The member asks for the opposite of the confirmed state.
    void changeRequested();
    void pendingChanged(bool pending);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void nextCheckState() override;
    void checkStateSet() override;

private:
    friend class AccessibleToggleSwitch;
    void requestChange();
    void setCheckedAsOwner(bool on);
    void releaseSwallowedToggle();
    void updateAccessibleDescription();

    bool m_confirmed = false;
    bool m_pending = false;
    bool m_ownerChange = false;
    bool m_swallowingToggle = false;
    QString m_confirmedDescription;
    QString m_pendingDescription;
};

} // namespace pd
