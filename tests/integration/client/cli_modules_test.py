#!/usr/bin/python3
"""The CLI's modules (issue 13): Qt Gui (report writers) and QtKeychain with D-Bus (the keychain)
are loaded from ../lib/privacy-dashboard/ only by what uses them; without them the CLI says which
file is missing. The sign-in (`login`: OAuthFlow, Qt Network) is a module too; libarchive is opened
by the import alone.

Usage: cli_modules_test.py CLI
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

CLI = os.path.abspath(sys.argv[1])
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(cli, *args, bus=None, trace=False, data=None):
    env = dict(os.environ, no_proxy="*", NO_PROXY="*")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("XDG_RUNTIME_DIR", None)
    if bus:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus  # a bus address: the keychain is tried
    if data:
        env["PRIVACY_DASHBOARD_DATA_DIR"] = data
    if trace:
        env["LD_DEBUG"] = "files"
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env, timeout=60)


def loaded(stderr, name):
    return any(name in line for line in stderr.splitlines() if "file=" in line)


with tempfile.TemporaryDirectory() as tmp:
    token = os.path.join(tmp, "token")
    with open(token, "w") as f:
        f.write("not-a-real-token\n")
    # Port 9 (discard) on loopback: nothing listens, the summary fails at once with exit 3.
    offline = ["--server", "https://127.0.0.1:9", "--token-file", token, "--timeout", "5", "--offline-ok", "summary"]
    nobus = "unix:path=" + os.path.join(tmp, "no-bus")

    # summary with a token file: neither the keychain nor Qt Gui is loaded.
    result = run(CLI, "--demo", "summary", trace=True)
    check(result.returncode == 0, f"--demo summary: exit {result.returncode}")
    for name in ("privacy-dashboard-keychain", "libqt6keychain", "libQt6DBus", "libQt6Gui", "privacy-dashboard-report",
                 "libarchive", "libQt6Network", "privacy-dashboard-signin"):
        check(not loaded(result.stderr, name), f"--demo summary loaded {name}")

    # An import opens libarchive (here a ZIP whose one file is no data-export file: read, not recognised).
    archive = os.path.join(tmp, "other.zip")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("notes.txt", "not a data export\n")
    result = run(CLI, "import", archive, "--region", "DE", "summary", trace=True, data=os.path.join(tmp, "data0"))
    check(result.returncode == 0 and "not recognised: notes.txt" in result.stdout + result.stderr,
          f"import of another ZIP: exit {result.returncode}")
    check(loaded(result.stderr, "libarchive.so"), "import did not load libarchive")

    # The encrypted cache asks the keychain: the module (and QtKeychain) come in then, and only then.
    result = run(CLI, *offline, bus=nobus, trace=True, data=os.path.join(tmp, "data1"))
    check(result.returncode == 3, f"--offline-ok with the module: exit {result.returncode}")
    check(loaded(result.stderr, "privacy-dashboard-keychain.so") and loaded(result.stderr, "libqt6keychain"),
          "--offline-ok did not load the keychain module")
    check(not loaded(result.stderr, "libQt6Gui"), "--offline-ok loaded Qt Gui")

    # A copy of the executable alone: the keychain is unusable, the member is told why, in one line.
    os.mkdir(os.path.join(tmp, "bin"))
    lone = os.path.join(tmp, "bin", "privacy-dashboard-cli")
    shutil.copy(CLI, lone)
    missing = os.path.join(tmp, "lib", "privacy-dashboard", "privacy-dashboard-keychain.so")
    result = run(lone, *offline, bus=nobus, data=os.path.join(tmp, "data2"))
    check(result.returncode == 3, f"--offline-ok without the module: exit {result.returncode}")
    lines = result.stderr.splitlines()
    expected = (f"privacy-dashboard-cli: The system keychain cannot be used (the keychain module {missing} is "
                "missing; reinstall privacy-dashboard), so your sign-in is kept for this session only and nothing "
                "of your data is kept on this computer.")
    check(expected in lines, f"without the module: stderr {result.stderr!r}")
    # login without its module: one line naming the file, before anything is opened.
    missing = os.path.join(tmp, "lib", "privacy-dashboard", "privacy-dashboard-signin.so")
    result = run(lone, "--server", "https://127.0.0.1:9", "login", "--no-browser", bus=nobus)
    check(result.returncode == 1, f"login without the module: exit {result.returncode}")
    check(result.stderr == f"privacy-dashboard-cli: the sign-in module {missing} is missing; reinstall "
                           "privacy-dashboard\n", f"login without the module: stderr {result.stderr!r}")
    # The summary itself needs no module.
    result = run(lone, "--demo", "--json", "summary")
    check(result.returncode == 0 and '"categories"' in result.stdout, f"lone --demo summary: exit {result.returncode}")

print("FAILED" if failures else "ok", len(failures), "failure(s)")
sys.exit(1 if failures else 0)
