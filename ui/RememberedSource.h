#pragma once

#include "sources/SourceSpec.h"

namespace pd {
class OfflineCache;
}

namespace pd::RememberedSource {

// The source the member chose in the Connect dialog, or the data export they imported last with
// their answers to its questions (country, opt-out day or never), kept for the next start (a
// source given on the command line is not remembered). Kind::None when nothing was chosen yet or
// what was kept is no longer valid.
//
// The export's path, the server and the answers are personal: they are kept in the encrypted
// cache (record "remembered-source"), only "demo" in the settings. Without a cache (no keychain)
// nothing but the demo is remembered. Values an earlier version kept in the settings in clear
// are moved into the cache on the first load and deleted from the settings.
SourceSpec load(OfflineCache *cache);
void save(OfflineCache *cache, const SourceSpec &spec);
// Sign-out: nothing remembered, neither in the cache nor in the settings.
void forget(OfflineCache *cache);

} // namespace pd::RememberedSource
