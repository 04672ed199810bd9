#include "support/GuiTestStart.h"

#include "core/PolicyLoader.h"

#include <QStandardPaths>

namespace pd::test {

bool startGuiTest(Policy *policy)
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Policy> bundled = PolicyLoader::bundled();
    if (!bundled)
        return false;
    *policy = std::move(bundled).value();
    return true;
}

} // namespace pd::test
