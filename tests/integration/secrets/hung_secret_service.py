#!/usr/bin/python3
"""A Secret Service that never answers: owns org.freedesktop.secrets on the session bus and drops
every method call sent to it, the way a keychain waiting on a prompt nobody sees behaves. Prints
"ready" once the name is owned. Used by with-hung-secret-service.sh (TestNoKeychainHung)."""
import sys

from gi.repository import Gio, GLib

bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)


def swallow(_connection, message, incoming):
    if incoming and message.get_message_type() == Gio.DBusMessageType.METHOD_CALL:
        return None  # no reply, ever
    return message


bus.add_filter(swallow)


def acquired(*_):
    print("ready", flush=True)


def lost(*_):
    print("could not own org.freedesktop.secrets", file=sys.stderr, flush=True)
    sys.exit(1)


Gio.bus_own_name_on_connection(bus, "org.freedesktop.secrets", Gio.BusNameOwnerFlags.NONE, acquired, lost)
GLib.MainLoop().run()
