#include "support/AccessibleActions.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace pd::test {

namespace {

QString describe(QObject *object)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1StringView(object->metaObject()->className()), object->objectName());
}

} // namespace

QStringList accessibleActionNames(QObject *object)
{
    QAccessibleInterface *accessible = object ? QAccessible::queryAccessibleInterface(object) : nullptr;
    QAccessibleActionInterface *actions = accessible ? accessible->actionInterface() : nullptr;
    return actions ? actions->actionNames() : QStringList();
}

QString doAccessibleAction(QObject *object, const QString &action)
{
    if (!object)
        return QStringLiteral("no object to run \"%1\" on").arg(action);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(object);
    if (!accessible || !accessible->isValid())
        return QStringLiteral("%1 has no accessible interface").arg(describe(object));
    QAccessibleActionInterface *actions = accessible->actionInterface();
    if (!actions)
        return QStringLiteral("%1 (accessible \"%2\") has no action interface")
            .arg(describe(object), accessible->text(QAccessible::Name));
    const QStringList offered = actions->actionNames();
    if (!offered.contains(action))
        return QStringLiteral("%1 (accessible \"%2\") does not offer the action \"%3\"; it offers: %4")
            .arg(describe(object), accessible->text(QAccessible::Name), action, offered.join(u", "));
    actions->doAction(action);
    return QString();
}

QString pressAccessiblyAndWait(QAbstractButton *button, int timeoutMs)
{
    if (!button)
        return QStringLiteral("no button to press");
    const QString name = describe(button);
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    const QString error = doAccessibleAction(button, QAccessibleActionInterface::pressAction());
    if (!error.isEmpty())
        return error;
    if (!QTest::qWaitFor([&clicked] { return !clicked.isEmpty(); }, timeoutMs))
        return QStringLiteral("%1 was not clicked within %2 ms of its Press action").arg(name).arg(timeoutMs);
    return QString();
}

} // namespace pd::test
