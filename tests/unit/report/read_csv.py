#!/usr/bin/python3
"""Read CSV files with Python's csv module (RFC 4180 dialect) and print their rows as JSON.

Usage: read_csv.py FILE [FILE...]  ->  [[row, ...] per file]
Fails when a file is not UTF-8, has a byte-order mark, uses bare LF line ends or rows of
different lengths.
"""

import csv
import json
import sys


def read(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SystemExit(f"{path}: byte-order mark")
    text = raw.decode("utf-8")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, dialect="excel", strict=True))
    if not text.endswith("\r\n"):
        raise SystemExit(f"{path}: last record does not end with CRLF")
    widths = {len(row) for row in rows}
    if len(widths) != 1:
        raise SystemExit(f"{path}: rows of different lengths {sorted(widths)}")
    return rows


print(json.dumps([read(path) for path in sys.argv[1:]], ensure_ascii=False))
