#pragma once

#include <QString>
#include <QStringList>

class QAbstractButton;
class QObject;

namespace pd::test {

// Drives widgets the way a screen reader does (Orca over AT-SPI ends in the same calls): through
// the widget's QAccessibleInterface and its QAccessibleActionInterface, never by calling the
// widget's own slots. Each function returns an empty string on success and otherwise one
// sentence saying what was missing, for QCOMPARE(..., QString()) to print.

// The action names assistive technology is offered for `object` (empty without an interface).
QStringList accessibleActionNames(QObject *object);

// Runs `action` (e.g. QAccessibleActionInterface::toggleAction()) if the interface offers it.
[[nodiscard]] QString doAccessibleAction(QObject *object, const QString &action);

// The Press action on a button, then waits until the button has been clicked: Qt's accessible
// button presses with animateClick(), whose click comes about 100 ms later.
[[nodiscard]] QString pressAccessiblyAndWait(QAbstractButton *button, int timeoutMs = 5000);

} // namespace pd::test
