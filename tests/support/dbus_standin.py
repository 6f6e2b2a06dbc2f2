"""What every D-Bus stand-in of the end-to-end tests does (file-manager.py, notifications.py):
own a well-known name on the session bus it is started on (the private bus of
`dbus-run-session`), serve one object there, and run until SIGTERM or SIGINT.

Prints "ready" on stdout once the name is owned, so the test knows calls from then on reach
the stand-in, and "lost" if the name goes to someone else. Needs Debian's python3-gi
(PyGObject): the scripts run with /usr/bin/python3, not a pyenv python.
"""

import json
import signal
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402


def serve(name, path, introspection, on_call):
    """Serves the first interface of `introspection` at `path` under `name`, answering each
    call with `on_call(connection, method, params, invocation)`, until stopped. Returns the
    exit status."""
    loop = GLib.MainLoop()
    node = Gio.DBusNodeInfo.new_for_xml(introspection)

    def dispatch(connection, _sender, _path, _interface, method, params, invocation):
        on_call(connection, method, params, invocation)

    def on_bus(connection, _name):
        connection.register_object(path, node.interfaces[0], dispatch, None, None)

    def on_name(_connection, _name):
        print("ready", flush=True)

    def on_lost(_connection, _name):
        print("lost", flush=True)
        loop.quit()

    owner = Gio.bus_own_name(
        Gio.BusType.SESSION, name, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, on_lost
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, sig, loop.quit)
    loop.run()
    Gio.bus_unown_name(owner)
    return 0


def run(script, name, path, introspection, answering):
    """The whole of a stand-in: the record file from the command line (exit status 2, with
    the usage printed, when it is missing), then `serve` with `answering(record)` as the
    call handler. Returns the exit status."""
    record = record_file_from_argv(script)
    if record is None:
        return 2
    return serve(name, path, introspection, answering(record))


def append_json_line(record, value):
    """Appends `value` to `record` as one JSON line, in one write, closed at once: the test
    reads the file while the stand-in runs."""
    with open(record, "a", encoding="utf-8") as f:
        f.write(json.dumps(value) + "\n")


def record_file_from_argv(script):
    """The one argument of a stand-in: the file it appends its JSON lines to (None, with the
    usage printed, when it is missing)."""
    if len(sys.argv) != 2:
        print(f"usage: {script} RECORD_FILE", file=sys.stderr)
        return None
    return sys.argv[1]


def unknown_method(invocation, method):
    invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)
