#pragma once

#include "sources/SourceSpec.h"

namespace pd::RememberedSource {

// The source the member chose in the Connect dialog, or the data export they imported last with
// their answers to its questions (country, opt-out day or never), kept in the app's settings for the next
// start (a source given on the command line is not remembered). Kind::None when nothing was
// chosen yet or what was kept is no longer valid.
SourceSpec load();
void save(const SourceSpec &spec);

} // namespace pd::RememberedSource
