#pragma once

#include <QAbstractButton>

namespace pd {

// An on/off switch (the platform's own control is one), painted by hand. It never flips
// itself: a click only emits clicked(), and the owner sets the state once the server has
// confirmed it, so the switch never shows a state nobody confirmed. The words "On"/"Off" are
// drawn on the track, so the state does not depend on colour. Checkable, hence announced as
// a checkable button with its state by assistive technology.
class ToggleSwitch final : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ToggleSwitch(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void nextCheckState() override;
};

} // namespace pd
