#!/usr/bin/python3
"""Check an HTML report for external references and unescaped data.

Usage: check_html.py REPORT.html  (hostile values, one JSON list, on stdin)

Fails (exit 1, one line per problem) when the page holds a script, an element or attribute that
loads something (src, srcset, <link>, <iframe>, <object>, <embed>, url() in CSS, @import), an
event-handler attribute, a link that is not https, lacks the Content-Security-Policy, or when a
hostile value does not come back as literal text from a real HTML parser (Python's html.parser).
"""

import json
import re
import sys
from html.parser import HTMLParser

LOADING_TAGS = {"script", "img", "iframe", "object", "embed", "link", "frame", "audio", "video", "source",
                "base", "form", "input", "image", "use", "foreignobject"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.text = []
        self.csp = None
        self.style = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        if tag in LOADING_TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name in ("src", "srcset", "xlink:href", "action", "formaction", "background", "poster", "data"):
                self.problems.append(f"{name}= on <{tag}>")
            if name == "href" and not value.startswith("https://"):
                self.problems.append(f"href={value!r} is not https")
            if name == "style" and re.search(r"url\s*\(|@import|expression", value, re.I):
                self.problems.append(f"style with a reference on <{tag}>")
        if tag == "meta":
            attributes = dict(attrs)
            if (attributes.get("http-equiv") or "").lower() == "content-security-policy":
                self.csp = attributes.get("content")
        if tag == "style":
            self._in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        (self.style if self._in_style else self.text).append(data)


def main():
    hostile = json.load(sys.stdin)
    with open(sys.argv[1], encoding="utf-8") as f:
        page = f.read()
    checker = Checker()
    checker.feed(page)
    checker.close()
    problems = checker.problems
    if checker.csp is None:
        problems.append("no Content-Security-Policy")
    elif not re.match(r"^default-src 'none'; style-src 'unsafe-inline'(; img-src data:)?$", checker.csp):
        problems.append(f"unexpected Content-Security-Policy {checker.csp!r}")
    css = "".join(checker.style)
    if re.search(r"url\s*\(|@import", css, re.I):
        problems.append("style sheet references something")
    text = " ".join(" ".join(checker.text).split())
    for value in hostile:
        literal = " ".join(value.split())
        if literal not in text:
            problems.append(f"hostile value {value!r} is not shown as literal text")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
