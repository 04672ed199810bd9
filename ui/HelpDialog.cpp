#include "ui/HelpDialog.h"

#include "core/MemberText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd {

HelpDialog::HelpDialog(Topic topic, const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_topic(topic)
{
    const bool shortcuts = topic == Topic::Shortcuts;
    setObjectName(shortcuts ? QStringLiteral("shortcutsDialog") : QStringLiteral("numbersDialog"));
    setWindowTitle(shortcuts ? tr("Keyboard shortcuts") : tr("What these numbers mean"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpText"));
    m_browser->setAccessibleName(windowTitle());
    m_browser->setOpenLinks(false);
    m_browser->setHtml(shortcuts ? shortcutsHtml(actions) : numbersHtml());
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("helpCloseButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, shortcuts ? 560 : 620);
    m_browser->setFocus();
}

QString HelpDialog::text() const
{
    return m_browser->toPlainText();
}

QString HelpDialog::shortcutsHtml(const QList<QAction *> &actions)
{
    auto row = [](const QString &keys, const QString &what) {
        return QStringLiteral("<tr><td style=\"padding-right:16px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(tr("Keyboard shortcuts").toHtmlEscaped());
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (keys.isEmpty())
            continue;
        html += row(keys.join(tr(" or ")), action->text().remove(u'&').remove(QStringLiteral("…")));
    }
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Everywhere").toHtmlEscaped());
    html += row(tr("Tab, Shift+Tab"), tr("Move to the next or previous control: the toolbar, the list of pages, "
                                         "then the page's buttons and tables"));
    html += row(tr("Space or Enter"), tr("Use the button or switch that has the focus ring"));
    html += row(tr("Up, Down"), tr("Move through the list of pages or the rows of a table"));
    html += row(tr("Alt + underlined letter"), tr("Use the button or menu with that letter underlined"));
    html += row(tr("Alt+U"), tr("On the Opt-out page: the training switch (it asks first)"));
    html += row(tr("Escape"), tr("Close a question or dialog without changing anything"));
    html += row(tr("F10 or Alt"), tr("Open the menus"));
    html += QStringLiteral("</table>");
    return html;
}

QString HelpDialog::numbersHtml()
{
    auto para = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    auto heading = [](const QString &text) { return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped()); };
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("What these numbers mean").toHtmlEscaped());
    html += para(tr("The dashboard answers one question: which of your items may already have been used to train "
                    "generative-AI models, and which are safe. It works it out from the platform's published policy "
                    "and the dates of your own items."));
    html += heading(tr("When training was allowed"));
    html += para(tr("Training was allowed on your data while a policy covered your country and you were opted in. "
                    "The setting is on by default, so until you first opted out you were opted in. Opting out ends "
                    "this time; it does not undo training that has already taken place."));
    html += heading(MemberText::figureName(MemberText::Figure::MayHaveBeenUsed));
    html += para(tr("Items of the kinds the platform says it uses (posts, comments, your profile and others) that "
                    "already existed while training was allowed. We cannot know whether a model actually used "
                    "them: this is the most the published policy allows, which is why we say \u201cmay\u201d."));
    html += heading(tr("In categories the platform has not said either way"));
    html += para(tr("Items of kinds the platform neither lists as used nor excludes, such as reactions, searches "
                    "or connections, that existed while training was allowed. They would have been exposed if the "
                    "platform uses that kind of data. As it has not said so, they are counted apart and never "
                    "added to \u201cmay have been used\u201d."));
    html += heading(MemberText::figureName(MemberText::Figure::NotUsed));
    html += para(tr("Everything else: items you created while opted out or before any policy applied to you, and "
                    "items of kinds the platform says it does not use, such as private messages or payments. "
                    "Every item is counted in exactly one of these three figures."));
    html += heading(tr("Future use"));
    html += para(tr("\u201cYes\u201d while you are opted in and a policy covers your country today: your new items "
                    "can still be used. \u201cNo\u201d once you opt out, or where no policy covers your country."));
    html += heading(tr("Dates"));
    html += para(tr("An item dated on the day you opted out counts as \u201cmay have been used\u201d, because we "
                    "cannot tell whether it came before or after your click. Items without a date, such as skills, "
                    "count as existing all along. Deleted items are not counted: sources list only what exists "
                    "now."));
    return html;
}

} // namespace pd
