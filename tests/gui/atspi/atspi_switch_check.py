#!/usr/bin/python3
"""Turns AI training off the way a screen reader does, through AT-SPI only.

Finds the running privacy-dashboard (by process id) on the accessibility bus; goes to the
Opt-out page with the overview's "Change the training setting" button (its Press action);
finds the training switch by its accessible name and runs its action ("Toggle"); finds the
confirmation dialog and runs "Press" on "Turn training off". At each step it checks what the
server holds (through `--status-command`, privacy-dashboard-cli printing JSON) and what the
switch says (checked, busy, description). Exit 0 when the server ends with training off and the
switch agrees; 1 on any failure, with one line saying which step failed.

usage: atspi_switch_check.py --pid PID --name NAME --status-command CMD... [--deadline SECONDS]
"""
import argparse
import json
import subprocess
import sys
import time
import warnings

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

warnings.filterwarnings("ignore", message=".*get_action_name is deprecated", category=DeprecationWarning)

ROLES_NOT_SEARCHED = {Atspi.Role.TABLE, Atspi.Role.TREE_TABLE, Atspi.Role.TABLE_CELL}


class Failure(Exception):
    pass


def log(message):
    print(f"atspi: {message}", flush=True)


def states(accessible):
    state_set = accessible.get_state_set()
    return {state for state in Atspi.StateType.__enum_values__.values() if state_set.contains(state)}


def find_all(root, predicate, limit=4000):
    """Breadth-first over showing objects, skipping table contents (big and not needed)."""
    found, queue, seen = [], [root], 0
    while queue and seen < limit:
        node = queue.pop(0)
        seen += 1
        try:
            if predicate(node):
                found.append(node)
            if node.get_role() in ROLES_NOT_SEARCHED:
                continue
            for index in range(node.get_child_count()):
                child = node.get_child_at_index(index)
                if child is not None:
                    queue.append(child)
        except gi.repository.GLib.Error:
            continue  # an object that went away meanwhile
    return found


def wait_for(what, probe, deadline, interval=0.1, detail=None):
    started, probes = time.monotonic(), 0
    while time.monotonic() < deadline:
        value = probe()
        probes += 1
        if value:
            return value
        time.sleep(interval)
    seen = f"; last seen: {detail()}" if detail else ""
    raise Failure(f"timed out waiting for {what} ({time.monotonic() - started:.1f} s, {probes} probes){seen}")


def action_names(accessible):
    if "Action" not in accessible.get_interfaces():
        return []
    # atspi_action_get_name(), the replacement, is hidden behind Accessible.get_name() in Python.
    return [Atspi.Action.get_action_name(accessible, index) for index in range(Atspi.Action.get_n_actions(accessible))]


def do_action(accessible, wanted):
    """Runs the first offered action among `wanted` (names as Qt gives them), as Orca would."""
    names = action_names(accessible)
    for name in wanted:
        if name in names:
            Atspi.Action.do_action(accessible, names.index(name))
            return name
    raise Failure(f"'{accessible.get_name()}' offers {names}, none of {wanted}")


def server_opted_out(command):
    result = subprocess.run(command, capture_output=True, text=True, timeout=20)
    if result.returncode != 0:
        raise Failure(f"status command failed ({result.returncode}): {result.stderr.strip()}")
    return json.loads(result.stdout)["optedOut"]


def describe(accessible):
    have = states(accessible)
    return (f"role={accessible.get_role_name()!r} checked={Atspi.StateType.CHECKED in have} "
            f"busy={Atspi.StateType.BUSY in have} enabled={Atspi.StateType.ENABLED in have} "
            f"actions={action_names(accessible)} description={accessible.get_description()!r}")


def run(args):
    deadline = time.monotonic() + args.deadline
    Atspi.init()
    desktop = Atspi.get_desktop(0)

    def application():
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and app.get_process_id() == args.pid:
                return app
        return None

    app = wait_for(f"process {args.pid} on the accessibility bus", application, deadline, 0.2)
    log(f"found application '{app.get_name()}' (pid {args.pid})")

    roles = {Atspi.Role.CHECK_BOX, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.PUSH_BUTTON}
    if hasattr(Atspi.Role, "SWITCH"):
        roles.add(Atspi.Role.SWITCH)

    def is_switch(node):
        return node.get_name() == args.name and node.get_role() in roles

    def showing_switch():
        for node in find_all(app, is_switch):
            if Atspi.StateType.SHOWING in states(node):
                return node
        return None

    # The member's data first (the switch is enabled once the server's state is shown).
    def loaded_switch():
        for node in find_all(app, is_switch):
            if Atspi.StateType.ENABLED in states(node):
                return node
        return None

    def every_switch():
        return "; ".join(describe(node) for node in find_all(app, is_switch)) or "no object of that name"

    wait_for("the switch to be enabled (summary loaded)", loaded_switch, deadline, 0.3, every_switch)
    if not showing_switch():
        # From the overview, its button to the setting (what a screen-reader user meets first).
        def change_button():
            for node in find_all(app, lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON and n.get_name() == args.go_name):
                if Atspi.StateType.SHOWING in states(node):
                    return node
            return None
        go = wait_for(f"the button '{args.go_name}'", change_button, deadline, 0.3)
        log(f"ran '{do_action(go, ['Press', 'click'])}' on '{go.get_name()}'")
    switch = wait_for("the switch on screen", showing_switch, deadline, 0.3, every_switch)
    log(f"switch '{switch.get_name()}': {describe(switch)}")

    before = server_opted_out(args.status_command)
    log(f"server before: optedOut={before}")
    if before:
        raise Failure("the server must start with training on for this check")
    if Atspi.StateType.CHECKED not in states(switch):
        raise Failure("the switch does not say training is on, as the server does")

    action = do_action(switch, ["Toggle", "Press", "click", "press", "toggle"])
    log(f"ran '{action}' on the switch")

    def confirm_button():
        if Atspi.StateType.CHECKED not in states(switch):
            # Nothing was confirmed yet, so a switch showing "off" shows a state nobody confirmed.
            raise Failure(f"the switch flipped without confirmation: {describe(switch)}; "
                          f"server optedOut={server_opted_out(args.status_command)}")
        for dialog in find_all(app, lambda n: n.get_role() == Atspi.Role.DIALOG):
            if Atspi.StateType.SHOWING not in states(dialog):
                continue
            for button in find_all(dialog, lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON):
                if button.get_name() == args.confirm_name:
                    return dialog, button
        return None

    dialog, button = wait_for("the confirmation dialog", confirm_button, deadline, 0.2, lambda: describe(switch))
    log(f"dialog '{dialog.get_name()}' open; button '{button.get_name()}' offers {action_names(button)}")
    log(f"switch while asked: {describe(switch)}")
    if Atspi.StateType.CHECKED not in states(switch):
        raise Failure("the switch flipped before anything was confirmed")
    if server_opted_out(args.status_command):
        raise Failure("the server changed before the member confirmed")
    log("server while asked: optedOut=False (unchanged)")

    do_action(button, ["Press", "click", "press"])
    log(f"ran 'Press' on '{button.get_name()}'")

    def server_off():
        return server_opted_out(args.status_command)

    wait_for("the server to say training is off", server_off, deadline, 0.3)
    log("server after: optedOut=True")

    def switch_settled_off():
        have = states(switch)
        return Atspi.StateType.CHECKED not in have and Atspi.StateType.BUSY not in have
    wait_for("the switch to show the confirmed state (off, not busy)", switch_settled_off, deadline, 0.2,
             lambda: describe(switch))
    log(f"switch after: {describe(switch)}")
    if "is OFF" not in (switch.get_description() or ""):
        raise Failure("the switch's description does not say training is off")
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--name", required=True, help="the switch's accessible name")
    parser.add_argument("--confirm-name", default="Turn training off")
    parser.add_argument("--go-name", default="Change the training setting")
    parser.add_argument("--deadline", type=float, default=40)
    parser.add_argument("--status-command", nargs=argparse.REMAINDER, required=True)
    args = parser.parse_args()
    try:
        return run(args)
    except Failure as failure:
        log(f"FAILED: {failure}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
