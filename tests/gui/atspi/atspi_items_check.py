#!/usr/bin/python3
"""The Items page the way a screen reader reaches it, through AT-SPI only.

Finds the running privacy-dashboard (by process id) on the accessibility bus; finds the Overview's
link for the posts that may have been used by its accessible name ("396 items of Posts and shares
may have been used"), runs its action (Press); then finds the table named "Items" on screen and
checks through the AT-SPI Table interface that it holds exactly the figure's rows, and that the
count line says so. Exit 0 when it does; 1 on any failure, with one line saying which step failed.

usage: atspi_items_check.py --pid PID --figure N --category LABEL [--deadline SECONDS]
"""
import argparse
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


def find_all(root, predicate, limit=6000):
    """Breadth-first, skipping table contents (big and not needed)."""
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
            continue
    return found


def wait_for(what, probe, deadline, interval=0.2):
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(interval)
    raise Failure(f"timed out waiting for {what}")


def showing(node):
    return Atspi.StateType.SHOWING in states(node)


def action_names(accessible):
    if "Action" not in accessible.get_interfaces():
        return []
    return [Atspi.Action.get_action_name(accessible, i) for i in range(Atspi.Action.get_n_actions(accessible))]


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

    app = wait_for(f"process {args.pid} on the accessibility bus", application, deadline)
    log(f"found application '{app.get_name()}' (pid {args.pid})")

    wanted = f"{args.figure} items of {args.category} may have been used"

    def link():
        for node in find_all(app, lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON and n.get_name() == wanted):
            if showing(node):
                return node
        return None

    button = wait_for(f"the button '{wanted}' (the demo's items loaded)", link, deadline, 0.3)
    names = action_names(button)
    if "Press" not in names:
        raise Failure(f"'{wanted}' offers {names}, not Press")
    Atspi.Action.do_action(button, names.index("Press"))
    log(f"ran 'Press' on '{wanted}'")

    def items_table():
        for node in find_all(app, lambda n: n.get_role() == Atspi.Role.TABLE and n.get_name() == "Items"):
            if showing(node):
                return node
        return None

    table = wait_for("the table 'Items' on screen", items_table, deadline)
    if "Table" not in table.get_interfaces():
        raise Failure("the table 'Items' has no AT-SPI Table interface")

    def rows():
        count = Atspi.Table.get_n_rows(table)
        return count if count == args.figure else None

    try:
        wait_for(f"{args.figure} rows", rows, deadline)
    except Failure:
        raise Failure(f"the table 'Items' holds {Atspi.Table.get_n_rows(table)} rows, not {args.figure}")
    columns = [Atspi.Table.get_column_description(table, c) for c in range(Atspi.Table.get_n_columns(table))]
    log(f"table 'Items': {args.figure} rows, columns {columns}")
    count_line = f"{args.figure} of "
    labels = find_all(app, lambda n: n.get_role() == Atspi.Role.LABEL and (n.get_name() or "").startswith(count_line))
    if not any(showing(label) for label in labels):
        raise Failure(f"no count line starting '{count_line}' on screen")
    log(f"count line: '{labels[0].get_name()}'")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--figure", type=int, required=True)
    parser.add_argument("--category", required=True)
    parser.add_argument("--deadline", type=float, default=40)
    args = parser.parse_args()
    try:
        run(args)
    except Failure as failure:
        print(f"atspi: FAILED: {failure}", flush=True)
        return 1
    print("atspi: ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
