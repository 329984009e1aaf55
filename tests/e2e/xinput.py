"""Real input for the end-to-end tests: X events made with xdotool (XTEST) on
the test's own Xvfb display, so they go through the window manager, GTK's
keyboard focus and its menu accelerators before the page sees them, as a
person's keys and pointer do. WebDriver's actions are synthesized inside the
web view and skip all of that.

Page coordinates (CSS px, what getBoundingClientRect gives) are turned into
screen coordinates by calibration: the page records where the last pointer
move landed, the X pointer is moved to a known screen point, and the
difference is the window's frame, title bar and menu bar."""

import os
import subprocess
import time

# Realistic pauses: a double click is two clicks about a tenth of a second
# apart (GTK's double-click time is 400 ms), a typist's keys some tens of ms.
DOUBLE_CLICK_GAP = 0.12
KEY_DELAY_MS = 30
STEP_PAUSE = 0.02

WHEEL_UP, WHEEL_DOWN, WHEEL_LEFT, WHEEL_RIGHT = 4, 5, 6, 7


def _regex(text: str) -> str:
    """A POSIX regular expression that matches `text` itself (xdotool search takes one)."""
    return "".join("\\" + c if c in ".[]()*+?{}|^$\\" else c for c in text)


class XInput:
    """xdotool on one X display. `window` is the waymark.Window whose page
    the coordinates refer to (for calibration); it may be None for keys."""

    def __init__(self, display: str, window=None):
        self.display = display
        self.window = window
        # Only the test's display: nothing of the caller's own session
        # (DISPLAY, XAUTHORITY) is passed on.
        self.env = {"DISPLAY": display, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
        self.offset: tuple[float, float] | None = None

    # ----- the X display -----

    def xdotool(self, *args: str) -> str:
        out = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {out.stderr.strip()}")
        return out.stdout

    def active_window_name(self) -> str:
        try:
            return self.xdotool("getactivewindow", "getwindowname").strip()
        except RuntimeError:
            return ""

    def activate(self, title_part: str = "Waymark", timeout: float = 15):
        """Give the keyboard to the visible window whose title contains
        `title_part` (the window manager's way, as a click on it would)."""
        end = time.monotonic() + timeout
        while True:
            try:
                ids = self.xdotool("search", "--onlyvisible", "--name", _regex(title_part)).split()
            except RuntimeError:
                ids = []
            if ids:
                for wid in ids:
                    try:
                        self.xdotool("windowactivate", "--sync", wid)
                    except RuntimeError:
                        continue
                    if title_part in self.active_window_name():
                        return
            if time.monotonic() > end:
                raise TimeoutError(f"no window titled {title_part!r} took the keyboard (active: {self.active_window_name()!r})")
            time.sleep(0.2)

    # ----- where things are -----

    def calibrate(self):
        """Find the offset from page (client) coordinates to screen
        coordinates, checked at a second point."""
        w = self.window
        assert w is not None, "calibration needs the window"
        w.js(
            "window.__xcal = null;"
            "if (!window.__xcalOn) { window.__xcalOn = true;"
            "  addEventListener('pointermove', e => { window.__xcal = [e.clientX, e.clientY]; }, true); }"
        )
        r = w.d.get_window_rect()
        # The middle of the window is inside the page whatever the frame is.
        sx, sy = r["x"] + r["width"] // 2, r["y"] + r["height"] // 2

        def probe(x: int, y: int) -> tuple[float, float]:
            w.js("window.__xcal = null")
            self.move_screen(x - 3, y - 3)
            self.move_screen(x, y)
            end = time.monotonic() + 5
            while time.monotonic() < end:
                got = w.js("return window.__xcal")
                if got and (got[0], got[1]) != (None, None):
                    # The last move may not have arrived yet: wait until it is stable.
                    time.sleep(0.05)
                    again = w.js("return window.__xcal")
                    if again == got:
                        return got[0], got[1]
                time.sleep(0.05)
            raise TimeoutError("the page saw no pointer move: is the window on top?")

        cx, cy = probe(sx, sy)
        self.offset = (sx - cx, sy - cy)
        cx2, cy2 = probe(sx + 40, sy + 25)
        if abs(self.offset[0] + cx2 - (sx + 40)) > 1 or abs(self.offset[1] + cy2 - (sy + 25)) > 1:
            raise AssertionError(f"calibration does not hold: {self.offset} then ({sx + 40 - cx2}, {sy + 25 - cy2})")
        return self.offset

    def screen(self, x: float, y: float) -> tuple[int, int]:
        """Screen point of a page point."""
        if self.offset is None:
            self.calibrate()
        ox, oy = self.offset
        return int(round(ox + x)), int(round(oy + y))

    # ----- pointer -----

    def pointer_at(self) -> tuple[int, int]:
        out = dict(l.split("=", 1) for l in self.xdotool("getmouselocation", "--shell").split())
        return int(out["X"]), int(out["Y"])

    def move_screen(self, sx: int, sy: int):
        """Move the X pointer to a screen point and wait until it is there
        (xdotool's --sync waits for a move, so a move to where the pointer
        already is would wait in vain)."""
        if self.pointer_at() != (sx, sy):
            self.xdotool("mousemove", "--sync", str(sx), str(sy))

    def move(self, x: float, y: float):
        self.move_screen(*self.screen(x, y))

    def click(self, x: float, y: float, button: int = 1):
        self.move(x, y)
        time.sleep(0.05)
        self.xdotool("click", str(button))

    def double_click(self, x: float, y: float, gap: float = DOUBLE_CLICK_GAP):
        """Two clicks `gap` seconds apart at one point."""
        self.move(x, y)
        time.sleep(0.05)
        self.xdotool("click", "--repeat", "2", "--delay", str(int(gap * 1000)), "1")

    def down(self, button: int = 1):
        self.xdotool("mousedown", str(button))

    def up(self, button: int = 1):
        self.xdotool("mouseup", str(button))

    def drag(self, path: list[tuple[float, float]], steps: int = 10, pause: float = STEP_PAUSE, button: int = 1):
        """Press at the first point, move along the path in `steps` moves per
        segment with short pauses (as a hand does), release at the last."""
        self.move(*path[0])
        time.sleep(0.05)
        self.down(button)
        time.sleep(pause)
        for (x0, y0), (x1, y1) in zip(path, path[1:]):
            for i in range(1, steps + 1):
                t = i / steps
                self.move(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
                time.sleep(pause)
        time.sleep(0.05)
        self.up(button)

    def wheel(self, x: float, y: float, button: int, times: int = 1, modifiers: tuple[str, ...] = (), pause: float = 0.08):
        """Turn the wheel (button 4 up, 5 down, 6/7 sideways) over a point,
        with modifier keys held."""
        self.move(x, y)
        for m in modifiers:
            self.key_down(m)
        try:
            for _ in range(times):
                self.xdotool("click", str(button))
                time.sleep(pause)
        finally:
            for m in reversed(modifiers):
                self.key_up(m)

    # ----- keyboard -----

    def key(self, *chords: str, delay_ms: int = KEY_DELAY_MS):
        """Press and release keys or chords, as xdotool names them ("ctrl+z",
        "Return", "shift+Tab")."""
        self.xdotool("key", "--delay", str(delay_ms), *chords)
        time.sleep(0.05)

    def key_down(self, key: str):
        self.xdotool("keydown", key)

    def key_up(self, key: str):
        self.xdotool("keyup", key)

    def type(self, text: str, delay_ms: int = KEY_DELAY_MS):
        """Type text key by key. Characters the keyboard map lacks (Cyrillic,
        Persian, letters with diacritics) are put on a spare key code for the
        moment of the press, which is how xdotool types them. An upper-case
        letter typed that way comes out in lower case for Latin-1 letters
        (X pairs a lone keysym with its lower case, and xdotool presses it
        without Shift: "Ä" arrived as "ä"), so those are typed as Shift and
        their Unicode keysym, as a keyboard with that key would."""
        run = ""
        for ch in text:
            if ord(ch) > 0x7F and ch != ch.lower():
                if run:
                    self.xdotool("type", "--delay", str(delay_ms), "--", run)
                    run = ""
                self.xdotool("key", "--delay", str(delay_ms), f"shift+U{ord(ch):04X}")
            else:
                run += ch
        if run:
            self.xdotool("type", "--delay", str(delay_ms), "--", run)
        time.sleep(0.05)
