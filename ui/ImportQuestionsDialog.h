#pragma once

#include "core/Policy.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace pd {

namespace Ui {
class ImportQuestionsDialog;
}

// What the member tells us before an archive import, because the export does not record it.
struct ImportAnswers {
    QString region;                     // ISO 3166-1 alpha-2; empty: read it from the export
    std::optional<QDate> optedOutSince; // nullopt: never opted out (the platform's default)
};

// Asks for the member's country and the day they opted out (default: never) before a
// data-export import (issue 6: "a question in the GUI, with never as the default").
class ImportQuestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportQuestionsDialog(const Policy &policy, const QDate &today, QWidget *parent = nullptr);
    ~ImportQuestionsDialog() override;

    ImportAnswers answers() const;

    // Shows the dialog; nullopt when the member cancels. A test sets the next answers with
    // setNextAnswers() and the dialog is then not shown at all (no modal loop in tests).
    static std::optional<ImportAnswers> ask(QWidget *parent, const Policy &policy, const QDate &today);
    static void setNextAnswers(std::optional<ImportAnswers> answers);

private:
    std::unique_ptr<Ui::ImportQuestionsDialog> m_ui;
};

} // namespace pd
