#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace pd {

class Policy;

namespace Ui {
class AboutDialog;
}

// Help › About: the version (from BuildInfo.h, i.e. the project VERSION), the licence, the
// policy document in use (platform, version, retrieval date) and buttons that open the website,
// the sources and the licence text through DesktopServices. Every label is plain text. Owns its form.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Policy &policy, QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QUrl homepageUrl();
    static QUrl sourceUrl();
    static QUrl licenceUrl();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace pd
