#include "ui/ToggleSwitch.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QScopedValueRollback>

namespace pd {

// What assistive technology sees: a check box (as Qt presents any checkable button) whose
// checked state is the confirmed one, "busy" while a request is pending, and Toggle and Press
// actions that ask for a change instead of flipping the state (Qt's own QAccessibleButton
// calls toggle() for Toggle and does not offer Press on a checkable button).
class AccessibleToggleSwitch final : public QAccessibleWidget
{
public:
    explicit AccessibleToggleSwitch(ToggleSwitch *toggle)
        : QAccessibleWidget(toggle, QAccessible::CheckBox)
    {}

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = toggle()->isChecked();
        state.pressed = toggle()->isDown();
        state.busy = toggle()->isPending();
        return state;
    }

    QStringList actionNames() const override
    {
        QStringList names;
        if (toggle()->isEnabled() && !toggle()->isPending())
            names << toggleAction() << pressAction();
        return names + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &actionName) override
    {
        if (actionName == toggleAction() || actionName == pressAction())
            toggle()->click(); // the same way as a mouse click: clicked(), then changeRequested()
        else
            QAccessibleWidget::doAction(actionName);
    }

    QStringList keyBindingsForAction(const QString &actionName) const override
    {
        if (actionName != toggleAction() && actionName != pressAction())
            return QAccessibleWidget::keyBindingsForAction(actionName);
        QStringList keys{QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText)};
        if (!toggle()->shortcut().isEmpty())
            keys << toggle()->shortcut().toString(QKeySequence::NativeText);
        return keys;
    }

private:
    ToggleSwitch *toggle() const { return qobject_cast<ToggleSwitch *>(widget()); }
};

namespace {

QAccessibleInterface *accessibleToggleSwitchFactory(const QString &className, QObject *object)
{
    if (className == QLatin1StringView(ToggleSwitch::staticMetaObject.className())) {
        if (auto *toggle = qobject_cast<ToggleSwitch *>(object))
            return new AccessibleToggleSwitch(toggle);
    }
    return nullptr;
}

} // namespace

ToggleSwitch::ToggleSwitch(QWidget *parent)
    : QAbstractButton(parent)
{
    // Before anything can ask for this widget's interface (interfaces are cached per object).
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleToggleSwitchFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Mouse, touch (synthesised mouse events), Space, the shortcut and the accessible actions
    // all end in QAbstractButton's click, which emits clicked() without changing the state.
    connect(this, &QAbstractButton::clicked, this, &ToggleSwitch::requestChange);
}

ToggleSwitch::~ToggleSwitch()
{
    releaseSwallowedToggle();
}

void ToggleSwitch::setConfirmedState(bool on, const QString &description)
{
    releaseSwallowedToggle();
    m_confirmed = on;
    m_confirmedDescription = description;
    // The description first, so that it already agrees when toggled() and the state event go out.
    updateAccessibleDescription();
    setCheckedAsOwner(on);
    update();
}

void ToggleSwitch::setPending(bool pending, const QString &description)
{
    releaseSwallowedToggle();
    const bool changed = pending != m_pending;
    m_pending = pending;
    m_pendingDescription = pending ? description : QString();
    updateAccessibleDescription();
    if (changed) {
        QAccessible::State busy;
        busy.busy = true;
        QAccessibleStateChangeEvent event(this, busy);
        QAccessible::updateAccessibility(&event);
        update();
        Q_EMIT pendingChanged(pending);
    }
}

void ToggleSwitch::requestChange()
{
    // Nothing to ask while the last request is on its way.
    if (isEnabled() && !m_pending)
        Q_EMIT changeRequested();
}

void ToggleSwitch::setCheckedAsOwner(bool on)
{
    const QScopedValueRollback ownerChange(m_ownerChange, true);
    QAbstractButton::setChecked(on);
}

void ToggleSwitch::nextCheckState()
{
    // Deliberately empty: a click asks (clicked() → changeRequested()); the owner sets the state.
}

void ToggleSwitch::checkStateSet()
{
    if (m_ownerChange || isChecked() == m_confirmed)
        return;
    // Someone other than the owner flipped the state. Put the confirmed one back before it is
    // painted. QAbstractButton::setChecked() emits toggled() with the value it was given after
    // this returns, so signals stay blocked until the caller is done (the next owner call or
    // the event loop, whichever comes first): no listener hears a state the switch does not show.
    releaseSwallowedToggle(); // an earlier stray setChecked() has returned by now
    {
        const QSignalBlocker blocker(this);
        setCheckedAsOwner(m_confirmed);
    }
    requestChange();
    m_swallowingToggle = true;
    blockSignals(true);
    QMetaObject::invokeMethod(this, &ToggleSwitch::releaseSwallowedToggle, Qt::QueuedConnection);
}

void ToggleSwitch::releaseSwallowedToggle()
{
    if (!m_swallowingToggle)
        return;
    m_swallowingToggle = false;
    blockSignals(false);
}

void ToggleSwitch::updateAccessibleDescription()
{
    setAccessibleDescription(m_pending && !m_pendingDescription.isEmpty()
                                 ? m_pendingDescription + u' ' + m_confirmedDescription
                                 : m_confirmedDescription);
}

void ToggleSwitch::keyPressEvent(QKeyEvent *event)
{
    // Enter asks as Space does (QAbstractButton only knows Space).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

QSize ToggleSwitch::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int textWidth = std::max(metrics.horizontalAdvance(tr("On")), metrics.horizontalAdvance(tr("Off")));
    const int height = std::max(28, metrics.height() + 10);
    return {textWidth + height + 22, height};
}

void ToggleSwitch::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF track = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal radius = track.height() / 2;
    const bool on = isChecked();

    // Fixed dark tracks so the white words on them keep >= 4.5:1 in light and dark palettes;
    // the outline in the text colour keeps the track itself visible on any window colour.
    QColor trackColour = on ? QColor(0xc2, 0x41, 0x0c) : QColor(0x4b, 0x55, 0x63);
    QColor knobColour = QColor(Qt::white);
    if (m_pending) {
        // Neither colour while the server has not answered, and not greyed out either: the
        // switch is disabled then, but "asking" must stay as visible as On and Off.
        trackColour = QColor(0x4b, 0x55, 0x63);
    } else if (!isEnabled()) {
        trackColour = pal.color(QPalette::Disabled, QPalette::Button);
        knobColour = pal.color(QPalette::Disabled, QPalette::Window);
    }
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
    painter.setBrush(trackColour);
    painter.drawRoundedRect(track, radius, radius);

    const qreal knobSize = track.height() - 6;
    qreal knobX = on ? track.right() - 3 - knobSize : track.left() + 3;
    if (m_pending)
        knobX = track.center().x() - knobSize / 2;
    const QRectF knob(knobX, track.top() + 3, knobSize, knobSize);
    painter.setBrush(knobColour);
    painter.drawEllipse(knob);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    if (m_pending) {
        painter.setPen(trackColour); // on the white knob: >= 4.5:1
        painter.drawText(knob, Qt::AlignCenter, QStringLiteral("…"));
    } else {
        // The state in words on the free side of the track; white on these tracks is >= 4.5:1.
        QRectF textRect = track;
        if (on)
            textRect.setRight(knob.left());
        else
            textRect.setLeft(knob.right());
        painter.setPen(isEnabled() ? QColor(Qt::white) : pal.color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(textRect, Qt::AlignCenter, on ? tr("On") : tr("Off"));
    }

    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), radius + 1, radius + 1);
    }
}

} // namespace pd
