#pragma once

#include "core/BuildInfo.h"
#include "core/Result.h"

#include <QFunctionPointer>
#include <QString>

#include <cstring>

namespace pd {

// The project's modules: shared objects that keep a library and what it pulls in (Qt Gui for the
// report writers, QtKeychain and D-Bus for the keychain) out of a process until it needs them.
// They live in PD_MODULE_DIR ("lib/privacy-dashboard") beside the executable's directory:
// /usr/bin -> /usr/lib/privacy-dashboard when installed, build/bin and build/tests ->
// build/lib/privacy-dashboard in the build tree. A module is built from the same tree as its
// caller and passes Qt and project types across, so each entry point carries PD_VERSION for the
// caller to check.

// "<directory of the running executable>/../lib/privacy-dashboard/<fileName>".
QString projectModulePath(const QString &fileName);

// Loads the module (once; it is never unloaded) and resolves `entry`. Callable before the
// QCoreApplication exists. Errors (ErrorKind::Internal) name the module and the file: "the
// <what> module <path> is missing; reinstall privacy-dashboard", or could not be loaded (why).
Result<QFunctionPointer> resolveProjectModule(const QString &what, const QString &fileName, const char *entry);

// The error for a module whose entry point reports another version than this program's.
Error projectModuleVersionError(const QString &what, const QString &fileName, const char *moduleVersion);

// Loads the module, calls its entry point (`const Api *entry()`) and checks the table it returns
// carries this program's version (Api::version). The table lives in the module, which stays loaded.
template <typename Api>
Result<const Api *> loadProjectModule(const QString &what, const QString &fileName, const char *entry)
{
    const Result<QFunctionPointer> resolved = resolveProjectModule(what, fileName, entry);
    if (!resolved)
        return resolved.error();
    using EntryFunction = const Api *(*)();
    const Api *api = reinterpret_cast<EntryFunction>(*resolved)();
    if (!api || !api->version || std::strcmp(api->version, PD_VERSION) != 0)
        return projectModuleVersionError(what, fileName, api ? api->version : nullptr);
    return api;
}

} // namespace pd
