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
import sys

from dbus_standin import record_file_from_argv, serve, unknown_method

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
    record = record_file_from_argv("file-manager.py")
    if record is None:
        return 2

    def on_call(connection, method, params, invocation):
        if method == "ShowItems":
            uris, _startup = params.unpack()
            with open(record, "a", encoding="utf-8") as f:
                f.write(json.dumps({"uris": list(uris)}) + "\n")
            invocation.return_value(None)
        elif method in ("ShowFolders", "ShowItemProperties"):
            invocation.return_value(None)
        else:
            unknown_method(invocation, method)

    return serve(NAME, PATH, INTROSPECTION, on_call)


if __name__ == "__main__":
    sys.exit(main())
