#!/usr/bin/python3
"""Closes a window the way a window manager's close button does, for the end-to-end tests.

A bare Xvfb has no window manager, and WebDriver's "close window" destroys the web view
instead of asking the window to close, so neither reaches the app's close handler. This
sends the window the ICCCM WM_DELETE_WINDOW message (what every window manager sends), which
GTK turns into the "delete-event" Tauri reports as CloseRequested.

    x11-window.py close TITLE   sends WM_DELETE_WINDOW to each mapped top-level named TITLE
    x11-window.py state TITLE   prints "mapped" or "unmapped" (or "none") for TITLE

Uses DISPLAY and libX11 through ctypes (no extra Python package).
"""

import ctypes
import ctypes.util
import sys

x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")

Window = ctypes.c_ulong
Atom = ctypes.c_ulong


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", Window),
        ("message_type", Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


class XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int), ("y", ctypes.c_int),
        ("width", ctypes.c_int), ("height", ctypes.c_int),
        ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p), ("root", Window),
        ("class", ctypes.c_int), ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int), ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long), ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long), ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XInternAtom.restype = Atom
x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x11.XQueryTree.argtypes = [
    ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
    ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint),
]
x11.XFetchName.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(ctypes.c_char_p)]
x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(XWindowAttributes)]
x11.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

CLIENT_MESSAGE = 33
IS_UNMAPPED = 0


def toplevels(display, title):
    """The root's children named `title`, with their map state."""
    root = x11.XDefaultRootWindow(display)
    root_ret, parent = Window(), Window()
    children = ctypes.POINTER(Window)()
    count = ctypes.c_uint()
    x11.XQueryTree(display, root, ctypes.byref(root_ret), ctypes.byref(parent), ctypes.byref(children), ctypes.byref(count))
    found = []
    for i in range(count.value):
        w = children[i]
        name = ctypes.c_char_p()
        if x11.XFetchName(display, w, ctypes.byref(name)) and name.value is not None:
            matches = name.value.decode("utf-8", "replace") == title
            x11.XFree(name)
            if matches:
                attrs = XWindowAttributes()
                x11.XGetWindowAttributes(display, w, ctypes.byref(attrs))
                found.append((w, attrs.map_state != IS_UNMAPPED))
    if children:
        x11.XFree(children)
    return found


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("close", "state"):
        print(__doc__, file=sys.stderr)
        return 2
    display = x11.XOpenDisplay(None)
    if not display:
        print("cannot open the display (DISPLAY unset?)", file=sys.stderr)
        return 1
    try:
        found = toplevels(display, sys.argv[2])
        if sys.argv[1] == "state":
            print("mapped" if any(m for _, m in found) else ("unmapped" if found else "none"))
            return 0
        mapped = [w for w, m in found if m]
        if not mapped:
            print("no mapped window named %r" % sys.argv[2], file=sys.stderr)
            return 1
        protocols = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
        delete = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        for w in mapped:
            ev = XEvent()
            ev.xclient.type = CLIENT_MESSAGE
            ev.xclient.send_event = 1
            ev.xclient.window = w
            ev.xclient.message_type = protocols
            ev.xclient.format = 32
            ev.xclient.data[0] = delete
            ev.xclient.data[1] = 0  # CurrentTime
            x11.XSendEvent(display, w, 0, 0, ctypes.byref(ev))
        x11.XFlush(display)
        print("closed %d" % len(mapped))
        return 0
    finally:
        x11.XCloseDisplay(display)


if __name__ == "__main__":
    sys.exit(main())
