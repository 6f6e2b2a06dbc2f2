#!/usr/bin/python3
"""A stand-in for the desktop's file manager, for the end-to-end tests.

Owns `org.freedesktop.FileManager1` on the session bus it is started on (the private bus of
`dbus-run-session`) and appends one JSON line per `ShowItems` call to the file given as its
only argument: {"uris": [...]}. Nothing is shown. This is the call tauri-plugin-opener's
`reveal_item_in_dir` makes on Linux (Nautilus, Dolphin, Nemo, Thunar answer it).

Runs until SIGTERM or SIGINT; prints "ready" on stdout once the name is owned ("lost" if the
name goes to someone else). Needs Debian's python3-gi: run it with /usr/bin/python3.
"""

import json
import signal
import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

NAME = "org.freedesktop.FileManager1"
PATH = "/org/freedesktop/FileManager1"

INTROSPECTION = """
<node>
  <interface name="org.freedesktop.FileManager1">
    <method name="ShowFolders">
      <arg type="as" name="URIs" direction="in"/>
      <arg type="s" name="StartupId" direction="in"/>
    </method>
    <method name="ShowItems">
      <arg type="as" name="URIs" direction="in"/>
      <arg type="s" name="StartupId" direction="in"/>
    </method>
    <method name="ShowItemProperties">
      <arg type="as" name="URIs" direction="in"/>
      <arg type="s" name="StartupId" direction="in"/>
    </method>
  </interface>
</node>
"""


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: file-manager.py RECORD_FILE", file=sys.stderr)
        return 2
    record = sys.argv[1]
    loop = GLib.MainLoop()
    node = Gio.DBusNodeInfo.new_for_xml(INTROSPECTION)

    def on_call(_connection, _sender, _path, _interface, method, params, invocation):
        if method == "ShowItems":
            uris, _startup = params.unpack()
            with open(record, "a", encoding="utf-8") as f:
                f.write(json.dumps({"uris": list(uris)}) + "\n")
            invocation.return_value(None)
        elif method in ("ShowFolders", "ShowItemProperties"):
            invocation.return_value(None)
        else:
            invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)

    def on_bus(connection, _name):
        connection.register_object(PATH, node.interfaces[0], on_call, None, None)

    def on_name(_connection, _name):
        print("ready", flush=True)

    def on_lost(_connection, _name):
        print("lost", flush=True)
        loop.quit()

    owner = Gio.bus_own_name(
        Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, on_lost
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, sig, loop.quit)
    loop.run()
    Gio.bus_unown_name(owner)
    return 0


if __name__ == "__main__":
    sys.exit(main())
