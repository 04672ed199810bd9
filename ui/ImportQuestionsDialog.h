#pragma once

#include "archive/ArchiveImporter.h" // ImportOptions: what the questions answer
#include "core/Policy.h"

#include <QDate>
#include <QDialog>

#include <memory>
#include <optional>

namespace pd {

namespace Ui {
class ImportQuestionsDialog;
}

// What the member tells us before an archive import, because the export does not record it:
// asks for the member's country and the day they opted out (default: never) before a
// data-export import (issue 6: "a question in the GUI, with never as the default").
class ImportQuestionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The same two questions for the platform's API, which does not record them either.
    enum class Purpose {
        Export,
        PlatformApi,
    };
    ImportQuestionsDialog(const Policy &policy, const QDate &today, QWidget *parent = nullptr,
                          Purpose purpose = Purpose::Export);
    ~ImportQuestionsDialog() override;

    ImportOptions answers() const;

    // Shows the dialog; nullopt when the member cancels. A test sets the next answers with
    // setNextAnswers() and the dialog is then not shown at all (no modal loop in tests).
    static std::optional<ImportOptions> ask(QWidget *parent, const Policy &policy, const QDate &today,
                                            Purpose purpose = Purpose::Export);
    static void setNextAnswers(std::optional<ImportOptions> answers);

private:
    std::unique_ptr<Ui::ImportQuestionsDialog> m_ui;
};

} // namespace pd
