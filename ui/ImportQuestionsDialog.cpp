#include "ui/ImportQuestionsDialog.h"

#include "ui_ImportQuestionsDialog.h"

#include <QCollator>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace pd {

namespace {

// The test hook: answers waiting to be given instead of showing the dialog.
std::optional<std::optional<ImportOptions>> &nextAnswers()
{
    static std::optional<std::optional<ImportOptions>> answers;
    return answers;
}

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

ImportQuestionsDialog::ImportQuestionsDialog(const Policy &policy, const QDate &today, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportQuestionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Read the export"));
    if (purpose == Purpose::PlatformApi) {
        setWindowTitle(tr("Before reading your data from LinkedIn"));
        setAccessibleName(windowTitle());
        m_ui->introLabel->setText(tr("LinkedIn's API does not show your AI-training setting, so its state is unknown "
                                     "here. Tell us what you know: the dashboard shows it as your answer, and you "
                                     "can check it on the platform's page: %1")
                                      .arg(policy.setting.url.toDisplayString()));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Countries sorted by their names, as people look for them.
    QList<std::pair<QString, QString>> countries;
    for (const QString &code : policy.countries)
        countries.append({countryName(code), code});
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_ui->regionCombo->addItem(tr("Read it from my profile in the export"), QString());
    for (const auto &[name, code] : std::as_const(countries))
        m_ui->regionCombo->addItem(tr("%1 (%2)").arg(name, code), code);

    m_ui->sinceDate->setMaximumDate(today);
    m_ui->sinceDate->setDate(today);
    // The setting appeared in September 2024; no one could opt out before it existed.
    m_ui->sinceDate->setMinimumDate(QDate(2024, 9, 1));
    connect(m_ui->sinceRadio, &QRadioButton::toggled, m_ui->sinceDate, &QWidget::setEnabled);
    // The date edit's inner line edit is what a screen reader lands on: give it the same name.
    if (auto *edit = m_ui->sinceDate->findChild<QLineEdit *>())
        edit->setAccessibleName(m_ui->sinceDate->accessibleName());
}

ImportQuestionsDialog::~ImportQuestionsDialog() = default;

ImportOptions ImportQuestionsDialog::answers() const
{
    ImportOptions answers;
    answers.region = m_ui->regionCombo->currentData().toString();
    if (m_ui->sinceRadio->isChecked())
        answers.optedOutSince = m_ui->sinceDate->date();
    return answers;
}

std::optional<ImportOptions> ImportQuestionsDialog::ask(QWidget *parent, const Policy &policy, const QDate &today,
                                                        Purpose purpose)
{
    if (nextAnswers()) {
        const std::optional<ImportOptions> answers = *nextAnswers();
        nextAnswers().reset();
        return answers;
    }
    ImportQuestionsDialog dialog(policy, today, parent, purpose);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answers();
}

void ImportQuestionsDialog::setNextAnswers(std::optional<ImportOptions> answers)
{
    nextAnswers().emplace(std::move(answers));
}

} // namespace pd
