#!/usr/bin/python3
"""A stand-in for the desktop's file manager, for the end-to-end tests.

Owns `org.freedesktop.FileManager1` on the session bus it is started on (the private bus of
`dbus-run-session`) and appends one JSON line per `ShowItems` call to the file given as its
only argument: {"uris": [...]}. Nothing is shown. This is the call tauri-plugin-opener's
`reveal_item_in_dir` makes on Linux (Nautilus, Dolphin, Nemo, Thunar answer it).

Runs until SIGTERM or SIGINT; prints "ready" on stdout once the name is owned ("lost" if the
name goes to someone else). Needs Debian's python3-gi: run it with /usr/bin/python3.
"""

import sys

from dbus_standin import append_json_line, run, unknown_method

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


def answering(record):
    """Records each ShowItems call in `record`; the other methods do nothing."""

    def on_call(connection, method, params, invocation):
        if method == "ShowItems":
            uris, _startup = params.unpack()
            append_json_line(record, {"uris": list(uris)})
            invocation.return_value(None)
        elif method in ("ShowFolders", "ShowItemProperties"):
            invocation.return_value(None)
        else:
            unknown_method(invocation, method)

    return on_call


if __name__ == "__main__":
    sys.exit(run("file-manager.py", NAME, PATH, INTROSPECTION, answering))
