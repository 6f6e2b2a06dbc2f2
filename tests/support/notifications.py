#!/usr/bin/python3
"""A stand-in for the desktop's notification server, for the end-to-end tests.

Owns `org.freedesktop.Notifications` on the session bus it is started on (the private bus of
`dbus-run-session`), answers the calls of the Desktop Notifications Specification that
notify-rust / tauri-plugin-notification make, and appends one JSON line per Notify to the
file given as its only argument: {"id", "app_name", "summary", "body"}. Nothing is shown.

Runs until SIGTERM or SIGINT. Prints "ready" on stdout once the name is owned, so the test
knows notifications sent from then on reach it (and "lost" if the name goes to someone else).

Needs Debian's python3-gi (PyGObject): run it with /usr/bin/python3, not a pyenv python.
"""

import sys

from dbus_standin import append_json_line, run, unknown_method
from gi.repository import GLib  # noqa: E402 (after dbus_standin pins Gio 2.0)

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"

INTROSPECTION = """
<node>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify">
      <arg type="s" name="app_name" direction="in"/>
      <arg type="u" name="replaces_id" direction="in"/>
      <arg type="s" name="app_icon" direction="in"/>
      <arg type="s" name="summary" direction="in"/>
      <arg type="s" name="body" direction="in"/>
      <arg type="as" name="actions" direction="in"/>
      <arg type="a{sv}" name="hints" direction="in"/>
      <arg type="i" name="expire_timeout" direction="in"/>
      <arg type="u" name="id" direction="out"/>
    </method>
    <method name="CloseNotification">
      <arg type="u" name="id" direction="in"/>
    </method>
    <method name="GetCapabilities">
      <arg type="as" name="capabilities" direction="out"/>
    </method>
    <method name="GetServerInformation">
      <arg type="s" name="name" direction="out"/>
      <arg type="s" name="vendor" direction="out"/>
      <arg type="s" name="version" direction="out"/>
      <arg type="s" name="spec_version" direction="out"/>
    </method>
    <signal name="NotificationClosed">
      <arg type="u" name="id"/>
      <arg type="u" name="reason"/>
    </signal>
    <signal name="ActionInvoked">
      <arg type="u" name="id"/>
      <arg type="s" name="action_key"/>
    </signal>
  </interface>
</node>
"""


def answering(record):
    """Records each Notify in `record` under a new ID (or the one it replaces) and answers
    the rest of the specification's calls."""
    next_id = [0]

    def on_call(connection, method, params, invocation):
        if method == "Notify":
            app_name, replaces_id, _icon, summary, body, _actions, _hints, _timeout = params.unpack()
            if replaces_id:
                nid = replaces_id
            else:
                next_id[0] += 1
                nid = next_id[0]
            append_json_line(record, {"id": nid, "app_name": app_name, "summary": summary, "body": body})
            invocation.return_value(GLib.Variant("(u)", (nid,)))
        elif method == "CloseNotification":
            (nid,) = params.unpack()
            connection.emit_signal(None, PATH, NAME, "NotificationClosed", GLib.Variant("(uu)", (nid, 3)))
            invocation.return_value(None)
        elif method == "GetCapabilities":
            invocation.return_value(GLib.Variant("(as)", (["body", "actions"],)))
        elif method == "GetServerInformation":
            invocation.return_value(GLib.Variant("(ssss)", ("ghls-test-notifications", "GHE License Sync tests", "1", "1.2")))
        else:
            unknown_method(invocation, method)

    return on_call


if __name__ == "__main__":
    sys.exit(run("notifications.py", NAME, PATH, INTROSPECTION, answering))
