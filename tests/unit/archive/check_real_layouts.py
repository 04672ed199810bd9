#!/usr/bin/env python3
"""Imports the real-layout archives with privacy-dashboard-cli and counts them again with Python.

tests/fixtures/make_real_layout_archives.py writes archives laid out like real exports of 2018 to
2026 (it computes no expectations). This script counts every archive on its own, from the ZIP's
bytes, with Python's zipfile and csv modules and datetime.strptime: which files the policy's
archiveFiles map to which category (longest prefix, ignoring case, spaces and underscores), the
CSV records of each file (decoding UTF-16 and UTF-8, tab or comma, the header found by the date
column's name, continuation lines of unquoted multi-line comments merged, blank records dropped),
and which of them carry a readable date. It then runs `privacy-dashboard-cli import ZIP --json
summary` and fails on any difference, per category and per file, and on any record of a fixture
that is in neither the items counted nor the links of a pointer file.

Usage: check_real_layouts.py --cli PATH [--keep DIR]   Exit 0 when every figure agrees.
"""

import argparse
import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
GENERATOR = os.path.join(ROOT, "tests", "fixtures", "make_real_layout_archives.py")
POLICY = os.path.join(ROOT, "resources", "policy", "linkedin.json")

MISSING = {"", "N/A", "n/a", "NA", "-", "null"}
# Every date form seen in real exports (C locale), tried in this order.
FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M:%S UTC", "%Y-%m-%d %H:%M UTC", "%Y-%m-%d",
           "%Y/%m/%d %H:%M:%S UTC", "%Y/%m/%d", "%m/%d/%y, %I:%M %p", "%m/%d/%Y %H:%M", "%d %b %Y",
           "%a %b %d %H:%M:%S UTC %Y", "%b %d, %Y %I:%M %p", "%b %d, %Y", "%b %Y", "%Y"]
TIMESTAMP_START = re.compile(r'^\s*"?\d{1,4}[-/]\d')
PROSE = re.compile(r"\bon ([A-Z][a-z]+ \d{1,2}, \d{4})\b")


def norm(name):
    return name.replace(" ", "").replace("_", "").lower()


def parse_date(value, fmt):
    value = value.strip().strip('"').strip()
    if value in MISSING:
        return None
    if fmt == "prose-date":
        m = PROSE.search(value)
        return dt.datetime.strptime(m.group(1), "%B %d, %Y").date() if m else None
    if fmt == "event-range":
        value = value.split(" - ")[0].strip()
    for f in FORMATS:
        try:
            return dt.datetime.strptime(value, f).date()
        except ValueError:
            pass
    return None


class Rules:
    def __init__(self, policy):
        self.rules = sorted(policy["archiveFiles"], key=lambda r: -len(norm(r["match"])))

    def classify(self, path):
        n = norm(path)
        for rule in self.rules:
            if n.startswith(norm(rule["match"])):
                return rule
        return None


def decode(data):
    if data[:2] == b"\xff\xfe":
        return data[2:].decode("utf-16-le")
    if data[:2] == b"\xfe\xff":
        return data[2:].decode("utf-16-be")
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:].decode("utf-8", errors="replace")
    return data.decode("utf-8", errors="replace")


def records(text):
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    escapechar = "\\" if '\\"' in text else None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, escapechar=escapechar)
    return [row for row in reader if any(field.strip() for field in row)]


def count_csv(rule, data):
    """(items, undated, links) of one CSV file, counted from its records."""
    rows = records(decode(data))
    date_key = norm(rule["dateColumn"]) if rule["dateColumn"] else None
    pointer = [norm(c) for c in rule.get("pointerHeader", [])]
    for i, row in enumerate(rows):
        names = [norm(f.strip()) for f in row]
        if pointer and [n for n in names if n] == pointer:
            return 0, 0, len(rows) - i - 1
        if date_key is None or date_key in names:
            header, body = row, rows[i + 1:]
            break
    else:
        # The header has no date column: the first record of two fields or more is the header.
        if len(rows) <= 1:
            return 0, 0, 0
        start = next((i for i, row in enumerate(rows) if len(row) >= 2), 0)
        n = len(rows) - start - 1
        return n, n, 0
    if date_key is None:
        return len(body), len(body), 0
    index = [norm(f.strip()) for f in header].index(date_key)
    if index == 0 and rule["dateFormat"] in ("iso-datetime", "slash-datetime-utc", "us-datetime", "day-month-year"):
        # Unquoted multi-line comments: a record that does not start with a timestamp continues one.
        body = [row for row in body if TIMESTAMP_START.match(row[0])]
    undated = sum(1 for row in body if len(row) <= index or parse_date(row[index], rule["dateFormat"]) is None)
    return len(body), undated, 0


def item_texts(rule, data):
    """The start of each item's text, as the item list must begin it (issue 15): the rule's text
    columns joined by ' — ', literal \\n and white space collapsed, quotes and backslashes left out."""
    columns = [norm(c) for c in rule.get("items", {}).get("text", [])]
    if not columns or not rule["dateColumn"]:
        return []
    rows = records(decode(data))
    date_key = norm(rule["dateColumn"])
    for i, row in enumerate(rows):
        names = [norm(f.strip()) for f in row]
        if date_key in names:
            index = [names.index(c) for c in columns if c in names]
            texts = []
            for record in rows[i + 1:]:
                if names.index(date_key) == 0 and not TIMESTAMP_START.match(record[0]):
                    continue
                value = " — ".join(record[j].strip() for j in index if j < len(record) and record[j].strip())
                texts.append(simple(value)[:20])
            return texts
    return []


def simple(text):
    return " ".join(text.replace("\\n", " ").replace("\\", "").replace('"', "").split())


def run_items(cli, zip_path):
    proc = subprocess.run([cli, "import", zip_path, "--json", "items"], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"{zip_path}: items exited {proc.returncode}: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def count_archive(path, rules):
    with zipfile.ZipFile(path) as z:
        names = [i.filename for i in z.infolist() if not i.is_dir()]
        data = {n: z.read(n) for n in names}
    own = [n for n in names if not n.startswith("__MACOSX/") and not n.rsplit("/", 1)[-1].startswith("._")
           and n.rsplit("/", 1)[-1] != ".DS_Store"]
    tops = {n.split("/", 1)[0] for n in own}
    wrapped = len(tops) == 1 and all("/" in n for n in own) and not rules.classify(own[0])
    result = {"categories": {}, "files": {}, "notRecognised": [], "records": 0, "links": 0, "texts": {}}
    for name in own:
        inner = name.split("/", 1)[1] if wrapped else name
        rule = rules.classify(inner)
        is_csv = inner.lower().endswith(".csv")
        if rule is None or (not is_csv and not inner.lower().endswith((".html", ".htm"))):
            result["notRecognised"].append(name)
            continue
        items, undated, links = count_csv(rule, data[name]) if is_csv else (1, 1, 0)
        if is_csv and "items" in rule:
            result["texts"].setdefault(rule["category"], []).extend(item_texts(rule, data[name]))
        result["files"][name] = {"rows": items, "undated": undated, "links": links}
        cat = result["categories"].setdefault(rule["category"], {"items": 0, "undated": 0})
        cat["items"] += items
        cat["undated"] += undated
        result["records"] += items + links
        result["links"] += links
    return result


def run_cli(cli, zip_path):
    proc = subprocess.run([cli, "import", zip_path, "--json", "summary"], capture_output=True, text=True,
                          timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"{zip_path}: privacy-dashboard-cli exited {proc.returncode}: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--keep", help="write the archives here and keep them")
    args = parser.parse_args()
    with open(POLICY, encoding="utf-8") as f:
        rules = Rules(json.load(f))
    failures = []
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.keep or tmp
        made = subprocess.run([sys.executable, GENERATOR, outdir], capture_output=True, text=True, check=True)
        zips = made.stdout.split()
        if len(zips) < 6:
            failures.append(f"the generator wrote {len(zips)} archives, expected 6 or more")
        per_fixture = {}
        for zip_path in zips:
            label = os.path.basename(zip_path)[:-4]
            mine = count_archive(zip_path, rules)
            summary = run_cli(args.cli, zip_path)
            report = summary.get("importReport")
            if not isinstance(report, dict):
                failures.append(f"{label}: no importReport in the --json summary")
                continue
            theirs = {c["id"]: c["itemCount"] for c in summary["categories"]}
            for cid, want in sorted(mine["categories"].items()):
                if theirs.get(cid) != want["items"]:
                    failures.append(f"{label}: category {cid}: cli {theirs.get(cid)}, python {want['items']}")
            for cid, got in theirs.items():
                if got and cid not in mine["categories"]:
                    failures.append(f"{label}: category {cid}: cli {got}, python 0")
            files = {f["name"]: f for f in report["filesRead"]}
            for name, want in mine["files"].items():
                got = files.get(name)
                if got is None:
                    failures.append(f"{label}: {name} not read by the cli")
                    continue
                for key in ("rows", "undated", "links"):
                    if got[key] != want[key]:
                        failures.append(f"{label}: {name} {key}: cli {got[key]}, python {want[key]}")
            if sorted(report["filesNotRecognised"]) != sorted(mine["notRecognised"]):
                failures.append(f"{label}: not recognised: cli {report['filesNotRecognised']}, "
                                f"python {mine['notRecognised']}")
            counted = report["rowsRead"] + sum(f["links"] for f in report["filesRead"])
            if counted != mine["records"] or report["rowsSkipped"] != 0:
                failures.append(f"{label}: {mine['records']} records in the archive, the cli accounted for "
                                f"{counted} and skipped {report['rowsSkipped']}")
            undated = report["undatedRead"]
            if undated != sum(c["undated"] for c in mine["categories"].values()):
                failures.append(f"{label}: undated: cli {undated}, python "
                                f"{sum(c['undated'] for c in mine['categories'].values())}")
            # Issue 15: the item list holds every item counted, with the summary's statuses, and
            # each item's text as the export wrote it.
            listed = {r["category"] for r in rules.rules if "items" in r}
            items = run_items(args.cli, zip_path)
            figures = {c["id"]: c for c in summary["categories"]}
            for cid in sorted(listed):
                own = [i for i in items if i["category"] == cid]
                want = mine["categories"].get(cid, {"items": 0})["items"]
                if len(own) != want:
                    failures.append(f"{label}: items of {cid}: cli {len(own)}, python {want}")
                for status, key in (("may-have-been-used", "mayHaveBeenUsed"), ("not-used", "notUsed"),
                                    ("unknown", "exposedIfUsed")):
                    got = sum(1 for i in own if i["status"] == status)
                    if got != figures.get(cid, {}).get(key, 0):
                        failures.append(f"{label}: {cid} {status}: list {got}, summary {figures[cid][key]}")
                snippets = [simple(i["text"]) for i in own]
                for text in mine["texts"].get(cid, []):
                    if text and not any(s.startswith(text) for s in snippets):
                        failures.append(f"{label}: {cid}: no item begins with {text!r}")
            if any(i["category"] not in listed for i in items):
                failures.append(f"{label}: the list holds items of categories that are counts only")
            per_fixture[label] = theirs
            table.append((label, mine["records"], report["rowsRead"], undated, report["rowsWithUnreadableDate"],
                          len(report["filesNotRecognised"])))
        plain, rezipped = per_fixture.get("2023-basic"), per_fixture.get("2023-basic-rezipped-macos")
        if plain is None or plain != rezipped:
            failures.append("the re-zipped macOS folder does not give the same counts as the export itself")

    print(f"{'fixture':28} {'records':>8} {'items':>6} {'undated':>8} {'unreadable':>10} {'not recognised':>15}")
    for row in table:
        print(f"{row[0]:28} {row[1]:8} {row[2]:6} {row[3]:8} {row[4]:10} {row[5]:15}")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
