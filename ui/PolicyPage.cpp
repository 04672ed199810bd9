#include "ui/PolicyPage.h"

#include "ui/DesktopServices.h"
#include "ui/Icons.h"
#include "ui/RegimeTimeline.h"
#include "ui/UiText.h"
#include "ui_PolicyPage.h"

#include <QGroupBox>
#include <QPushButton>

namespace pd {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PolicyPage::PolicyPage(const Policy &policy, QWidget *parent)
    : Page(parent)
    , m_policy(policy)
    , m_ui(std::make_unique<Ui::PolicyContent>())
{
    m_ui->setupUi(setScrollableContent(QStringLiteral("policyScroll"), tr("Policy")));

    QFont titleFont = m_ui->policyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_ui->policyTitle->setFont(titleFont);
    m_ui->policyTitle->setText(tr("%1 policy, version %2 (sources retrieved %3)")
                                   .arg(policy.platform, policy.version, UiText::date(policy.retrieved)));
    // In the member's words: the document's own note is written for its maintainers (file names,
    // field names, region codes) and stays in the file.
    m_ui->noteLabel->setText(
        tr("This page follows the platform's published privacy policy, help pages and announcements as we read them "
           "on %1 (version %2 of our summary of them). Which kinds of your data the platform says it uses comes "
           "from its help pages; where they neither list a kind of data as used nor exclude it, we say \u201cnot "
           "said either way\u201d and count it apart. Where the sources disagree, we follow the platform's own "
           "announcements. Training before the first regime above took effect is not counted. Opting out does not "
           "undo training that has already taken place. Each regime above links to its sources, so you can check "
           "the wording yourself.")
            .arg(UiText::date(policy.retrieved), policy.version));
}

PolicyPage::~PolicyPage() = default;

void PolicyPage::setSummary(const UsageSummary &summary)
{
    qDeleteAll(m_regimeBoxes);
    m_regimeBoxes.clear();

    const QString region = summary.member.region;
    const QList<const Regime *> covering = m_policy.regimesCovering(region);
    m_ui->regionLabel->setText(
        covering.isEmpty()
            ? tr("No regime of this policy applies to %1: the platform does not train on your data under it.")
                  .arg(UiText::regionName(region))
            : tr("The regimes that let the platform train generative-AI models on data of members in %1:")
                  .arg(UiText::regionName(region)));

    QList<RegimeTimeline::Span> spans;
    for (const Regime *regime : covering)
        spans.append({regime->label, regime->from, regime->to});
    std::optional<QDate> optedOutOn;
    if (summary.optOut.optedOut && summary.optOut.changedAt.isValid())
        optedOutOn = summary.optOut.changedAt.toUTC().date();
    m_ui->timeline->setData(spans, summary.asOf.toUTC().date(), optedOutOn);

    for (const Regime *regime : covering) {
        auto *box = new QGroupBox(regime->label, m_ui->regimesContainer);
        box->setObjectName(QStringLiteral("regime-%1").arg(regime->id));
        auto *layout = new QVBoxLayout(box);
        const QString dates = regime->to
                                  ? tr("From %1 until %2").arg(UiText::date(regime->from), UiText::date(*regime->to))
                                  : tr("From %1, still in force").arg(UiText::date(regime->from));
        layout->addWidget(plainLabel(dates, box));
        layout->addWidget(plainLabel(tr("Legal basis: %1").arg(regime->legalBasis), box));
        if (!regime->description.isEmpty())
            layout->addWidget(plainLabel(regime->description, box));
        int number = 1;
        for (const QUrl &source : regime->sources) {
            auto *row = new QHBoxLayout;
            auto *button = new QPushButton(Icons::icon(QStringLiteral("link-external"), palette()),
                                           tr("Source %1").arg(number), box);
            button->setObjectName(QStringLiteral("source-%1-%2").arg(regime->id).arg(number));
            button->setAccessibleName(tr("Open source %1 of %2").arg(number).arg(regime->label));
            button->setAccessibleDescription(source.toDisplayString());
            connect(button, &QPushButton::clicked, this, [source] { DesktopServices::openUrl(source); });
            row->addWidget(button);
            QLabel *address = plainLabel(UiText::wrappableUrl(source), box);
            address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            row->addWidget(address, 1);
            layout->addLayout(row);
            ++number;
        }
        m_ui->regimesContainer->layout()->addWidget(box);
        m_regimeBoxes.append(box);
    }

    QStringList others;
    for (const Regime &regime : m_policy.regimes) {
        if (!covering.contains(&regime))
            others.append(tr("%1 (from %2): %3").arg(regime.label, UiText::date(regime.from), regime.legalBasis));
    }
    m_ui->notApplyingGroup->setVisible(!others.isEmpty());
    m_ui->notApplyingLabel->setText(others.join(u'\n'));
    showContent();
}

} // namespace pd
