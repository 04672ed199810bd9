#pragma once

#include <QString>

namespace pd {

// Text from outside (a server's member name or problem detail, an archive's entry names, names read
// from an export) made safe to print on a terminal: C0 controls, DEL and C1 controls become visible
// escapes ("\x1B"), and the bidirectional overrides and isolates (U+202A–202E, U+2066–2069) become
// "\u202E", so a hostile value can neither move the cursor, clear the screen, retitle the window nor
// reorder what the member reads. With Lines::Many, '\n' is kept (a multi-line block); with
// Lines::One it is escaped too. Everything else, including other non-ASCII text, is kept as it is.
// Idempotent (a backslash is not escaped), so a text escaped once may pass through again.
enum class TerminalLines {
    One,
    Many,
};
QString terminalSafe(const QString &text, TerminalLines lines = TerminalLines::One);

// The same for a JSON document (QJsonDocument's output, which already escapes C0): DEL, C1 and
// the bidi controls become JSON escapes ("\u202E"), so a parser reads the very same strings.
QString terminalSafeJson(const QString &json);

} // namespace pd
