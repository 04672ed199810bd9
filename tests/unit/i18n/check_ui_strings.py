#!/usr/bin/env python3
"""Fails on text in ui/*.cpp that a member could read but that is not marked for translation: a
string literal outside tr() with two or more words (QStringLiteral, QLatin1String, u"...").
Date and time patterns ("d MMM yyyy") are not text. A literal that is not for people (an object
name, a key) can carry `// notr` on its line.
usage: check_ui_strings.py SOURCE_DIR"""
import pathlib
import re
import sys

LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String(?:View)?)\("([^"\\]*(?:\\.[^"\\]*)*)"\)|\bu"([^"\\]*)"')
WORDS = re.compile(r"[A-Za-z]{2,}[,.;:!?]?\s+[A-Za-z]{2,}")
DATE_PATTERN = re.compile(r"^[dMyHhmsAapt ,.:/'\-]+$")


def main() -> int:
    problems = []
    for path in sorted(pathlib.Path(sys.argv[1], "ui").glob("*.cpp")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "// notr" in line or line.lstrip().startswith("//"):
                continue
            for match in LITERAL.finditer(line):
                text = match.group(1) or match.group(2) or ""
                markup = re.sub(r"<[^>]*>", "", text)
                if WORDS.search(markup) and not DATE_PATTERN.match(text) and "://" not in text:
                    problems.append(f"{path.name}:{number}: \"{text}\" is not marked for translation (tr())")
    print("\n".join(problems) if problems else "ui/: every string with words goes through tr()")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
