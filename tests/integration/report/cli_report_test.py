#!/usr/bin/python3
"""privacy-dashboard-cli report, end to end, as a user runs it.

Usage: cli_report_test.py CLI SCHEMA
"""

import hashlib
import json
import os
import stat
import subprocess
import sys
import tempfile

CLI, SCHEMA = sys.argv[1], sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def cli(*args, locale=None):
    env = dict(os.environ)
    if locale:
        env["LC_ALL"] = locale
    env.pop("QT_QPA_PLATFORM", None)  # the CLI must pick a headless platform itself
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=60)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


with tempfile.TemporaryDirectory() as tmp:
    outputs = {"pdf": "r.pdf", "html": "r.html", "csv": "r.csv", "json": "r.json", "letter": "letter.txt",
               "letter-pdf": "letter.pdf"}
    for fmt, name in outputs.items():
        path = os.path.join(tmp, name)
        result = cli("--demo", "report", "--format", fmt, "--output", path)
        check(result.returncode == 0, f"{fmt}: exit {result.returncode}: {result.stderr.strip()}")
        check(os.path.isfile(path), f"{fmt}: no file")
        if os.path.isfile(path):
            check(mode(path) == 0o600, f"{fmt}: mode {oct(mode(path))}, want 0600")
        check(f"wrote {path}" in result.stdout, f"{fmt}: stdout {result.stdout!r}")

    check(os.path.isfile(os.path.join(tmp, "r-history.csv")), "csv: no history file")

    # No overwrite without --force; the old content stays.
    json_path = os.path.join(tmp, "r.json")
    before = open(json_path, "rb").read()
    result = cli("--demo", "report", "--format", "json", "--output", json_path)
    check(result.returncode == 2, f"overwrite without --force: exit {result.returncode}")
    check("--force" in result.stderr and result.stderr.count("\n") == 1, f"stderr {result.stderr!r}")
    check(open(json_path, "rb").read() == before, "file changed without --force")
    result = cli("--demo", "report", "--format", "json", "--output", json_path, "--force")
    check(result.returncode == 0, f"--force: exit {result.returncode}")

    # --force replaces the file: a new inode, 0600, whatever the old file's mode was.
    os.chmod(json_path, 0o644)
    old_inode = os.stat(json_path).st_ino
    result = cli("--demo", "report", "--format", "json", "--output", json_path, "--force")
    check(result.returncode == 0, f"--force over 0644: exit {result.returncode}: {result.stderr}")
    check(mode(json_path) == 0o600, f"--force kept mode {oct(mode(json_path))}, want 0600")
    check(os.stat(json_path).st_ino != old_inode, "--force wrote into the old inode")

    # A symlink at the output path is refused, with or without --force, and never followed.
    victim = os.path.join(tmp, "victim.txt")
    with open(victim, "w") as f:
        f.write("keep")
    os.chmod(victim, 0o644)
    for fmt, link_name in [("json", "link.json"), ("csv", "link.csv"), ("letter", "link.txt")]:
        link = os.path.join(tmp, link_name)
        os.symlink(victim, link)
        for extra in ([], ["--force"]):
            result = cli("--demo", "report", "--format", fmt, "--output", link, *extra)
            check(result.returncode == 2, f"symlink {fmt} {extra}: exit {result.returncode}")
            check("symbolic link" in result.stderr and result.stderr.count("\n") == 1,
                  f"symlink {fmt} {extra}: stderr {result.stderr!r}")
            check(os.path.islink(link), f"symlink {fmt} {extra}: the link was replaced")
            check(open(victim).read() == "keep" and mode(victim) == 0o644,
                  f"symlink {fmt} {extra}: the link's target was written")
    # CSV's second file as a symlink: refused before the first one is written.
    csv_path = os.path.join(tmp, "pair.csv")
    os.symlink(victim, os.path.join(tmp, "pair-history.csv"))
    result = cli("--demo", "report", "--format", "csv", "--output", csv_path, "--force")
    check(result.returncode == 2, f"csv history symlink: exit {result.returncode}")
    check(not os.path.exists(csv_path), "csv history symlink: the categories file was written")
    check(open(victim).read() == "keep", "csv history symlink: the target was written")

    # A validator the project did not write.
    result = subprocess.run(["/usr/bin/python3", "-m", "jsonschema", "-i", json_path, SCHEMA],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"jsonschema: {result.stdout}{result.stderr}")
    document = json.load(open(json_path, encoding="utf-8"))
    claimed = document.pop("integrity")["sha256"]
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    check(hashlib.sha256(canonical).hexdigest() == claimed, "sha256 does not match the canonical content")
    check(document["member"]["name"] == "Alex Morgan", "member name")

    # The PDF has pages and metadata.
    info = subprocess.run(["pdfinfo", os.path.join(tmp, "r.pdf")], capture_output=True, text=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    check(pages >= 4, f"pdf pages {pages}")
    check("Author:          Alex Morgan" in info, f"pdf author: {info}")

    # Paper: the system locale's by default (LC_ALL=C here: A4), --paper chooses.
    for paper, size in [("letter", "(letter)"), ("a4", "(A4)")]:
        path = os.path.join(tmp, f"paper-{paper}.pdf")
        result = cli("--demo", "report", "--format", "letter-pdf", "--paper", paper, "--output", path)
        check(result.returncode == 0, f"--paper {paper}: exit {result.returncode}: {result.stderr.strip()}")
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        check(size in info, f"--paper {paper}: {info}")
        os.remove(path)
    for locale, size in [("en_US.UTF-8", "(letter)"), ("de_DE.UTF-8", "(A4)")]:
        path = os.path.join(tmp, "paper-locale.pdf")
        result = cli("--demo", "report", "--format", "letter-pdf", "--output", path, locale=locale)
        check(result.returncode == 0, f"{locale}: exit {result.returncode}: {result.stderr.strip()}")
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        check(size in info, f"paper for {locale}: {info}")
        os.remove(path)

    # Usage errors and a failed write.
    for args, code in [(["report", "--format", "json"], 2),
                       (["report", "--output", os.path.join(tmp, "x")], 2),
                       (["report", "--format", "docx", "--output", os.path.join(tmp, "x")], 2),
                       (["--json", "report", "--format", "json", "--output", os.path.join(tmp, "x")], 2),
                       (["summary", "--format", "json"], 2),
                       (["report", "--format", "pdf", "--paper", "legal", "--output", os.path.join(tmp, "x")], 2),
                       (["report", "--format", "html", "--paper", "a4", "--output", os.path.join(tmp, "x")], 2),
                       (["report", "--format", "json", "--output", os.path.join(tmp, "no-dir", "r.json")], 6)]:
        result = cli("--demo", *args)
        check(result.returncode == code, f"{args}: exit {result.returncode}, want {code}: {result.stderr.strip()}")
    check(not os.path.exists(os.path.join(tmp, "no-dir")), "failed write left a directory")
    check(sorted(os.listdir(tmp)) == sorted(list(outputs.values()) + ["r-history.csv", "victim.txt", "link.json", "link.csv",
                                                                  "link.txt", "pair-history.csv"]),
          f"unexpected files {sorted(os.listdir(tmp))}")

    # The summary keeps its DESIGN §5 fields and gains the monthly series.
    summary = json.loads(cli("--demo", "--json", "summary").stdout)
    for key in ("member", "region", "asOf", "source", "policy", "optOut", "categories", "monthly"):
        check(key in summary, f"summary lacks {key}")

# Qt Gui stays out of every command but report (issue 13): the executable does not link it, the
# privacy-dashboard-report module beside it (../lib/privacy-dashboard/) does, and only report loads it.
def needed(path):
    return subprocess.run(["readelf", "-d", path], capture_output=True, text=True).stdout


def loaded_libraries(*args, cli_path=CLI):
    env = dict(os.environ, LD_DEBUG="files")
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([cli_path, *args], capture_output=True, text=True, env=env, timeout=60)
    return result, result.stderr


MODULE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(CLI))), "lib", "privacy-dashboard",
                      "privacy-dashboard-report.so")
check("libQt6Gui" not in needed(CLI), "the CLI links Qt Gui")
check(os.path.isfile(MODULE), f"no report module at {MODULE}")
check("libQt6Gui" in needed(MODULE), "the report module does not link Qt Gui")
result, trace = loaded_libraries("--demo", "summary")
check(result.returncode == 0 and "libQt6Gui" not in trace and "privacy-dashboard-report" not in trace,
      f"summary loaded Qt Gui or the report module (exit {result.returncode})")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "r.pdf")
    result, trace = loaded_libraries("--demo", "report", "--format", "pdf", "--output", path)
    check(result.returncode == 0 and os.path.isfile(path), f"pdf with the module: exit {result.returncode}")
    check("privacy-dashboard-report.so" in trace and "libQt6Gui" in trace, "report did not load the module")

# Without the module (a copy of the executable alone): report fails with one line naming the file
# and writes nothing; the other commands still run.
with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "bin"))
    lone = os.path.join(tmp, "bin", "privacy-dashboard-cli")
    subprocess.run(["cp", CLI, lone], check=True)
    missing = os.path.join(tmp, "lib", "privacy-dashboard", "privacy-dashboard-report.so")
    for fmt in ("pdf", "letter-pdf", "html"):
        path = os.path.join(tmp, "r." + fmt)
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        result = subprocess.run([lone, "--demo", "report", "--format", fmt, "--output", path], capture_output=True,
                                text=True, env=env, timeout=60)
        check(result.returncode == 1, f"no module, {fmt}: exit {result.returncode}, want 1")
        check(result.stderr == f"privacy-dashboard-cli: the report module {missing} is missing; "
                               "reinstall privacy-dashboard\n", f"no module, {fmt}: stderr {result.stderr!r}")
        check(not os.path.exists(path), f"no module, {fmt}: a file was written")
    result = subprocess.run([lone, "--demo", "--json", "summary"], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0 and '"categories"' in result.stdout, f"no module, summary: exit {result.returncode}")

print("FAILED" if failures else "ok", len(failures), "failure(s)")
sys.exit(1 if failures else 0)
