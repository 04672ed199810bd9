#pragma once

#include "core/Policy.h"

namespace pd::test {

// The start of every GUI test: QStandardPaths in test mode, so the member's own settings and
// data are never read or written, and the bundled policy loaded into `policy`. False when the
// policy cannot be loaded (the build lost its resources).
[[nodiscard]] bool startGuiTest(Policy *policy);

} // namespace pd::test
