#include "core/TerminalText.h"

namespace pd {

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}
} // namespace

QString terminalSafe(const QString &text, TerminalLines lines)
{
    qsizetype firstUnsafe = 0;
    const auto unsafe = [lines](char16_t c) {
        if (c == u'\n')
            return lines == TerminalLines::One;
        return isControl(c) || isBidiControl(c);
    };
    while (firstUnsafe < text.size() && !unsafe(text.at(firstUnsafe).unicode()))
        ++firstUnsafe;
    if (firstUnsafe == text.size())
        return text;

    QString safe = text.left(firstUnsafe);
    safe.reserve(text.size() + 16);
    for (qsizetype i = firstUnsafe; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!unsafe(c))
            safe += QChar(c);
        else if (isControl(c))
            safe += QStringLiteral("\\x") + QString::number(c, 16).toUpper().rightJustified(2, u'0');
        else
            safe += QStringLiteral("\\u") + QString::number(c, 16).toUpper();
    }
    return safe;
}

QString terminalSafeJson(const QString &json)
{
    QString safe;
    safe.reserve(json.size());
    for (const QChar ch : json) {
        const char16_t c = ch.unicode();
        // '\n' only occurs between tokens (QJsonDocument escapes it inside strings).
        if ((isControl(c) && c != u'\n') || isBidiControl(c))
            safe += QStringLiteral("\\u") + QString::number(c, 16).toUpper().rightJustified(4, u'0');
        else
            safe += ch;
    }
    return safe;
}

} // namespace pd
