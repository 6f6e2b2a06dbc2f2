#!/usr/bin/python3
"""Clicks an item of an app's tray menu the way a tray host does, for the end-to-end tests.

On Linux the tray icon is a StatusNotifierItem whose menu is exported with the dbusmenu
protocol (com.canonical.dbusmenu) on the session bus, also when no tray host shows it (a
bare Xvfb): a panel reads the items with GetLayout and reports a click with Event(id,
"clicked"). This does the same for the process PID.

    tray-menu.py PID labels        prints the menu's item labels, one per line
    tray-menu.py PID click LABEL   clicks the item labelled LABEL (mnemonic underscores ignored)

Needs Debian's python3-gi; run it with /usr/bin/python3 on the app's session bus.
"""

import sys

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

MENU_IFACE = "com.canonical.dbusmenu"
ITEM_PREFIX = "/org/ayatana/NotificationItem/"


def call(bus, name, path, iface, method, args, reply):
    return bus.call_sync(name, path, iface, method, args, GLib.VariantType(reply) if reply else None,
                         Gio.DBusCallFlags.NONE, 5000, None).unpack()


def menu_of(bus, pid):
    """The (bus name, menu path) of the tray menu the process `pid` exports."""
    (names,) = call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "ListNames", None, "(as)")
    for name in names:
        if not name.startswith(":"):
            continue
        try:
            (owner,) = call(bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                            "GetConnectionUnixProcessID", GLib.Variant("(s)", (name,)), "(u)")
        except GLib.Error:
            continue
        if owner != pid:
            continue
        try:
            (xml,) = call(bus, name, ITEM_PREFIX.rstrip("/"), "org.freedesktop.DBus.Introspectable", "Introspect", None, "(s)")
        except GLib.Error:
            continue
        for child in Gio.DBusNodeInfo.new_for_xml(xml).nodes:
            return name, ITEM_PREFIX + child.path + "/Menu"
    return None


def items(layout):
    """Every (id, label) of a GetLayout tree."""
    item_id, props, children = layout
    found = []
    if "label" in props:
        found.append((item_id, props["label"].replace("_", "")))
    for child in children:
        found.extend(items(child))
    return found


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in ("labels", "click") or (sys.argv[2] == "click" and len(sys.argv) != 4):
        print(__doc__, file=sys.stderr)
        return 2
    pid = int(sys.argv[1])
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    found = menu_of(bus, pid)
    if not found:
        print("process %d exports no tray menu on this session bus" % pid, file=sys.stderr)
        return 1
    name, path = found
    _revision, layout = call(bus, name, path, MENU_IFACE, "GetLayout", GLib.Variant("(iias)", (0, -1, ["label"])), "(u(ia{sv}av))")
    entries = items(layout)
    if sys.argv[2] == "labels":
        for _, label in entries:
            print(label)
        return 0
    wanted = sys.argv[3]
    ids = [i for i, label in entries if label == wanted]
    if not ids:
        print("no item %r in %r" % (wanted, [label for _, label in entries]), file=sys.stderr)
        return 1
    call(bus, name, path, MENU_IFACE, "Event", GLib.Variant("(isvu)", (ids[0], "clicked", GLib.Variant("s", ""), 0)), None)
    print("clicked %s" % wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
