#!/usr/bin/python3
"""Randomized opt-out toggles through the real CLI against the real server in fault mode.

Usage: fault_suite.py SERVER CLI [--seed N] [--steps N] [--budget SECONDS]

The server runs with `--faults SEED` (about 30% of requests: the connection dropped before or after
a write is applied, 503/429 with Retry-After, stalls, answers cut in half). The driver runs opt-out
on/off, status, summary and cancel, kills the CLI with SIGKILL mid-request and kills and restarts the
server (SIGKILL) while a change is in flight. It asserts, reading the server's own database:
  - no double application: every history row the API wrote belongs to exactly one Idempotency-Key
    record, and there are no more of them than changes asked for;
  - no lost intent: a change the CLI said is waiting lands with the next command that sends waiting
    changes (turning training off), or stays visibly waiting (turning it on), until the member gives
    a new word or cancels it;
  - no false confirmation: whenever the CLI says Confirmed, or shows the state, the server holds it.
The seed is printed; `--seed N` replays a run (the same seed gives the same actions and server faults;
timing can still differ).
"""

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

parser = argparse.ArgumentParser()
parser.add_argument("server")
parser.add_argument("cli")
parser.add_argument("--seed", type=int, default=None)
parser.add_argument("--steps", type=int, default=1000)
parser.add_argument("--budget", type=float, default=110.0, help="stop taking new steps after this many seconds")
args = parser.parse_args()
seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 2**31)
print(f"fault suite: seed {seed} (replay with --seed {seed})", flush=True)
rng = random.Random(seed)

work = tempfile.TemporaryDirectory(prefix="pd-fault-suite-")
data_dir = os.path.join(work.name, "data")
app_dir = os.path.join(work.name, "app-data")
database = os.path.join(data_dir, "privacy-api.sqlite3")
server = None
port = 0


def start_server(faults=True):
    global server, port
    command = [args.server, "--data-dir", data_dir, "--listen", f"127.0.0.1:{port}", "--demo", "--rate-limit", "0"]
    if faults:
        command += ["--faults", str(seed)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    deadline = time.time() + 15
    while time.time() < deadline:
        line = server.stdout.readline()
        match = re.search(r"listening on https://127\.0\.0\.1:(\d+)", line)
        if match:
            port = int(match.group(1))
            return
        if not line and server.poll() is not None:
            break
    sys.exit(f"FAIL: the server did not start (seed {seed})")


def kill_server():
    server.send_signal(signal.SIGKILL)
    server.wait()


def cli_command(*command, timeout=5):
    return [args.cli, "--server", f"https://127.0.0.1:{port}", "--ca-file", os.path.join(data_dir, "tls", "ca.pem"),
            "--token-file", os.path.join(data_dir, "demo-token"), "--timeout", str(timeout), *command]


def cli_env():
    env = dict(os.environ, PRIVACY_DASHBOARD_DATA_DIR=app_dir, no_proxy="*", NO_PROXY="*")
    env.pop("QT_QPA_PLATFORM", None)
    return env


def run_cli(*command):
    result = subprocess.run(cli_command(*command), capture_output=True, text=True, env=cli_env(), timeout=60)
    return result.returncode, result.stdout, result.stderr


def server_state():
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as db:
        return bool(db.execute("SELECT opted_out FROM settings WHERE setting = 'ai-training'").fetchone()[0])


counts = {"steps": 0, "toggles": 0, "confirmed": 0, "waiting": 0, "not-kept": 0, "cli-kills": 0,
          "server-restarts": 0, "landed-later": 0, "superseded": 0, "cancelled": 0}
failures = []
outstanding = None  # the target of a change the CLI said is waiting, until it lands, is superseded or cancelled


def fail(message):
    failures.append(message)
    print(f"FAIL (seed {seed}, step {counts['steps']}): {message}", flush=True)


def shown_state(stdout, json_output):
    if json_output:
        return json.loads(stdout)["optedOut"]
    if "training on your data: OFF" in stdout:
        return True
    if "training on your data: ON" in stdout:
        return False
    return None


def toggle(target, kill_cli=False, restart_server=False):
    """opt-out on (target True) or off (False), maybe with the CLI or the server killed mid-request."""
    global outstanding
    counts["toggles"] += 1
    json_output = rng.random() < 0.5
    command = (["--json"] if json_output else []) + ["opt-out", "on" if target else "off"]
    before = server_state()
    # A short deadline now and then ends a command mid-retry: its change is left waiting.
    timeout = 1 if rng.random() < 0.3 else 5
    process = subprocess.Popen(cli_command(*command, timeout=timeout), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=cli_env())
    if kill_cli or restart_server:
        time.sleep(rng.uniform(0.02, 0.6))
        if restart_server:
            counts["server-restarts"] += 1
            kill_server()
            start_server()
        if kill_cli and process.poll() is None:
            counts["cli-kills"] += 1
            process.send_signal(signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=60)
    code = process.returncode
    if code == -signal.SIGKILL:
        # Killed: the intent may or may not be in the outbox; the next commands reconcile it.
        if outstanding is not None:
            counts["superseded"] += 1
        outstanding = None
        return
    if outstanding is not None:
        counts["superseded"] += 1  # the member's new word replaces a waiting change
        outstanding = None
    if code == 0:
        counts["confirmed"] += 1
        if not json_output and "Confirmed by the server." not in stdout:
            fail(f"exit 0 without 'Confirmed': {stdout!r}")
        state = server_state()
        shown = shown_state(stdout, json_output)
        if state != target or shown != target:
            fail(f"said Confirmed ({shown}) for {target}; the server holds {state}")
    elif "Not changed yet" in stderr:
        counts["waiting"] += 1
        outstanding = target
    else:
        counts["not-kept"] += 1
        print(f"  not kept (exit {code}): {stderr.strip()[:160]}", flush=True)
        if stderr.count("\n") != 1:
            fail(f"exit {code} without one clear line: {stderr!r}")
        kept = [n for n in os.listdir(os.path.join(app_dir, "outbox")) if n.startswith("optout-")] \
            if os.path.isdir(os.path.join(app_dir, "outbox")) else []
        if "nothing was kept" in stderr and kept:
            fail(f"said nothing was kept while the outbox holds {kept}: {stderr.strip()!r}")
        if "Not changed" in stderr and not restart_server and before != target and server_state() == target:
            fail(f"said 'Not changed' while the server applied it: {stderr.strip()!r}")


def status():
    global outstanding
    code, stdout, stderr = run_cli("--json", "opt-out", "status")
    if code != 0:
        return
    shown = json.loads(stdout)
    state = server_state()
    if shown["optedOut"] != state:
        fail(f"status showed {shown['optedOut']}; the server holds {state}")
    pending = shown.get("pendingChange")
    if outstanding is not None:
        if state == outstanding and pending is None:
            counts["landed-later"] += 1
            outstanding = None
        elif pending is None or pending["optedOut"] != outstanding:
            fail(f"a waiting change to {outstanding} is gone: status {stdout!r}, server {state}")


def summary():
    """A command that sends a waiting change to turn training off (and only that kind)."""
    global outstanding
    code, stdout, stderr = run_cli("summary")
    if code != 0 or outstanding is None:
        return
    state = server_state()
    if outstanding is True:
        if state is not True:
            fail(f"summary exited 0 but the waiting opt-out never reached the server (server {state})")
        else:
            counts["landed-later"] += 1
        outstanding = None
    elif state is True and "reached the server" in stderr:
        fail("a waiting change to turn training on was sent without `opt-out off`")


def cancel():
    global outstanding
    code, stdout, stderr = run_cli("opt-out", "cancel")
    if code == 0 and outstanding is not None and "Dropped" in stdout:
        counts["cancelled"] += 1
        outstanding = None


start_server()
started = time.time()
actions = [(lambda: toggle(True), 26), (lambda: toggle(False), 26), (status, 14), (summary, 10), (cancel, 3),
           (lambda: toggle(rng.random() < 0.5, kill_cli=True), 11),
           (lambda: toggle(rng.random() < 0.5, restart_server=True), 5)]
functions, weights = zip(*actions)
while counts["steps"] < args.steps and time.time() - started < args.budget:
    counts["steps"] += 1
    rng.choices(functions, weights)[0]()

# The end: the server without faults; a waiting opt-out is sent by the next command, a waiting
# opt-in still waits (or the server already holds it).
kill_server()
start_server(faults=False)
if outstanding is True:
    summary()
code, stdout, stderr = run_cli("--json", "opt-out", "status")
if code != 0:
    fail(f"final status failed: {stderr!r}")
else:
    shown = json.loads(stdout)
    if shown["optedOut"] != server_state():
        fail(f"final status {shown['optedOut']} differs from the server {server_state()}")
    if outstanding is False and server_state() is not False and shown.get("pendingChange", {}).get("optedOut") is not False:
        fail("a waiting change to turn training on was lost by the end")

# Double applications, from the server's own records.
with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
    rows = db.execute("SELECT confirmation_id FROM history WHERE channel = 'api'").fetchall()
    records = db.execute("SELECT key, body FROM idempotency_keys WHERE state = 'done' AND status = 200").fetchall()
by_confirmation = {}
for key, body in records:
    confirmation = json.loads(body).get("confirmationId")
    by_confirmation.setdefault(confirmation, []).append(key)
double = 0
for (confirmation,) in rows:
    if len(by_confirmation.get(confirmation, [])) != 1:
        double += 1
        fail(f"history row {confirmation} is not the application of exactly one Idempotency-Key")
if len(rows) > counts["toggles"]:
    double += 1
    fail(f"{len(rows)} applied changes for {counts['toggles']} asked for")
kill_server()

elapsed = time.time() - started
false_confirmed = sum(1 for f in failures if "said Confirmed" in f or "showed" in f or "final status" in f
                      or "said 'Not changed'" in f)
lost = sum(1 for f in failures if "never reached" in f or "is gone" in f or "was lost" in f or "without `opt-out off`" in f)
print(f"fault suite: seed {seed}, {elapsed:.0f} s, {counts['steps']} steps, {counts['toggles']} toggles "
      f"({counts['confirmed']} confirmed, {counts['waiting']} waiting, {counts['not-kept']} not kept), "
      f"{counts['cli-kills']} CLI kills, {counts['server-restarts']} server restarts, {len(rows)} applied; "
      f"waiting changes: {counts['landed-later']} landed later, {counts['superseded']} superseded, "
      f"{counts['cancelled']} cancelled; double applications {double}, lost intents {lost}, "
      f"false confirmations {false_confirmed}", flush=True)
if counts["toggles"] < 60:
    fail(f"only {counts['toggles']} toggles ran: too few to mean anything")
sys.exit(1 if failures else 0)
