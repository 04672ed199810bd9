// Help › About: the version from the build, the policy document in use, the licence, and the
// buttons that open the website, the sources and the licence text (seen through the test hook).

#include "core/BuildInfo.h"
#include "support/GuiTestStart.h"
#include "ui/AboutDialog.h"
#include "ui/DesktopServices.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace pd;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(test::startGuiTest(&m_policy)); }
    void cleanup() { DesktopServices::setUrlHandler({}); }

    void showsVersionPolicyAndLicence()
    {
        AboutDialog dialog(m_policy);
        const auto text = [&dialog](const char *name) {
            auto *label = dialog.findChild<QLabel *>(QLatin1StringView(name));
            return label ? label->text() : QString();
        };
        QVERIFY(text("nameLabel").contains(QStringLiteral(PD_VERSION)));
        QVERIFY(text("policyLabel").contains(m_policy.version));
        QVERIFY(text("policyLabel").contains(m_policy.platform));
        QVERIFY(text("licenceLabel").contains(QStringLiteral(PD_LICENSE)));
        for (const char *name : {"nameLabel", "policyLabel", "licenceLabel", "qtLabel"})
            QCOMPARE(dialog.findChild<QLabel *>(QLatin1StringView(name))->textFormat(), Qt::PlainText);
    }

    void buttonsOpenTheLinks()
    {
        QList<QUrl> opened;
        DesktopServices::setUrlHandler([&opened](const QUrl &url) { opened.append(url); });
        AboutDialog dialog(m_policy);
        for (const char *name : {"homepageButton", "sourceButton", "licenceButton"}) {
            auto *button = dialog.findChild<QPushButton *>(QLatin1StringView(name));
            QVERIFY2(button, name);
            QVERIFY(!button->accessibleName().isEmpty());
            button->click();
        }
        QCOMPARE(opened,
                 (QList<QUrl>{AboutDialog::homepageUrl(), AboutDialog::sourceUrl(), AboutDialog::licenceUrl()}));
        QCOMPARE(opened.at(1).scheme(), QStringLiteral("https"));
    }

private:
    Policy m_policy;
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
