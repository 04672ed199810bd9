#!/usr/bin/python3
"""The reference a typical export analyser is: Python's zipfile + csv + datetime, reading every
CSV of a LinkedIn export and counting rows per file and month by the date column the policy
names. The benchmark compares privacy-dashboard-cli's import with this (same rows counted).

    reference_reader.py ARCHIVE.zip [POLICY.json]
"""

import collections
import csv
import datetime
import io
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = os.path.join(HERE, "..", "..", "..", "resources", "policy", "linkedin.json")

FORMATS = {
    "iso-datetime": ["%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M UTC"],
    "slash-datetime-utc": ["%Y/%m/%d %H:%M:%S UTC"],
    "day-month-year": ["%d %b %Y"],
    "us-datetime": ["%m/%d/%y, %I:%M %p", "%m/%d/%y %I:%M %p UTC"],
    "unix-date": ["%a %b %d %H:%M:%S UTC %Y"],
    "month-year": ["%b %Y", "%Y"],
    "month-day-year": ["%b %d, %Y"],
}


def norm(name):
    return name.replace(" ", "").replace("_", "").lower()


def parse(value, fmt):
    if fmt == "event-range":
        value = value.split(" - ")[0]
        fmt = "month-day-year"
        value = value.rsplit(" ", 2)[0]
    for pattern in FORMATS.get(fmt, []):
        try:
            return datetime.datetime.strptime(value, pattern)
        except ValueError:
            pass
    return None


def main(path, policy=POLICY):
    with open(policy, encoding="utf-8") as f:
        rules = sorted(json.load(f)["archiveFiles"], key=lambda r: len(norm(r["match"])), reverse=True)
    counts = collections.defaultdict(collections.Counter)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            rule = next((r for r in rules if norm(name).startswith(norm(r["match"]))), None)
            if rule is None or not name.lower().endswith(".csv"):
                continue
            with archive.open(name) as raw:
                head = raw.peek(2)[:2] if hasattr(raw, "peek") else b""
                encoding = "utf-16" if head in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
                text = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
                reader = csv.reader(text, delimiter="\t" if encoding == "utf-16" else ",")
                column = rule["dateColumn"]
                index = None
                for row in reader:
                    if index is None:
                        if column is None:
                            index = -1
                        elif column in row:
                            index = row.index(column)
                        continue
                    if index < 0 or index >= len(row):
                        counts[name]["undated"] += 1
                        continue
                    when = parse(row[index], rule["dateFormat"])
                    counts[name][when.strftime("%Y-%m") if when else "undated"] += 1
    total = sum(sum(c.values()) for c in counts.values())
    print(f"{len(counts)} files, {total} rows")
    for name in sorted(counts):
        print(f"  {name}: {sum(counts[name].values())} rows, {len(counts[name])} months")


if __name__ == "__main__":
    main(*sys.argv[1:])
