#pragma once

#include "core/Policy.h"
#include "core/UsageSummary.h"
#include "ui/Page.h"

#include <memory>

namespace pd {

namespace Ui {
class PolicyContent;
}

// The Policy page: the regimes that apply to the member's region as a timeline, then each
// with its dates, legal basis, description and source buttons; the regimes that do not apply;
// and the policy document's own note. Reads the bundled policy; owns its form.
class PolicyPage final : public Page
{
    Q_OBJECT

public:
    explicit PolicyPage(const Policy &policy, QWidget *parent = nullptr);
    ~PolicyPage() override;

    void setSummary(const UsageSummary &summary);

private:
    const Policy &m_policy;
    std::unique_ptr<Ui::PolicyContent> m_ui;
    QList<QWidget *> m_regimeBoxes;
};

} // namespace pd
