"""A small driver for the Waymark window: find what a user sees (stage and
lane headers by name, cards by their text), press, drag and type the way a
user does, take screenshots.

Keys (`keys`, `chord`, `undo`, `redo`, `type_in_editor`) are real X key
events, and so is everything done through `Window.x` (xinput.py): they go
through the window manager, GTK's keyboard focus and its menu accelerators.
`click_at`, `double_click_at` and `drag` are WebDriver's pointer actions,
synthesized inside the web view; use `Window.x` where focus or the pointer's
way through GTK matters.

Texts the page builds from messages put Unicode isolation marks (U+2068,
U+2069) around their arguments; `plain` takes them out for comparing."""

import json
import time
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.interaction import POINTER_MOUSE
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.options import ArgOptions
from selenium.webdriver.support.ui import Select

from support import Screen
from xinput import XInput

ROOT = Path(__file__).resolve().parents[2]

_ISOLATION = str.maketrans("", "", "\u2068\u2069")


def plain(text):
    """Text without the isolation marks Fluent puts around arguments."""
    return text.translate(_ISOLATION) if isinstance(text, str) else text


class Window:
    def __init__(self, driver, shots: Path, display: str):
        self.d = driver
        self.shots = shots
        self.display = display
        self.step = 0
        self._x: XInput | None = None

    @property
    def x(self) -> XInput:
        """Real X input on this window (calibrated on first use)."""
        if self._x is None:
            self._x = XInput(self.display, self)
            self._x.activate(self.title_part())
            self._x.calibrate()
        return self._x

    def title_part(self) -> str:
        """What the window's title holds: the open project's file name (the
        toolbar shows it too), else the app's name."""
        name = self.js("const f = document.querySelector('.toolbar .file'); return f ? f.textContent.trim() : ''")
        return name or "Waymark"

    @classmethod
    def start(cls, url: str, app: Path, project: Path, shots: Path, display: str, ready: str = ".layer.world") -> "Window":
        """Open the app on `project` and wait until `ready` (a selector) is on the page."""
        opts = ArgOptions()
        opts.set_capability("browserName", "wry")
        opts.set_capability("tauri:options", {"application": str(app), "args": [str(project)]})
        driver = webdriver.Remote(command_executor=url, options=opts)
        driver.set_script_timeout(30)
        w = cls(driver, shots, display)
        try:
            w.wait(lambda: w.js("return !!document.querySelector(arguments[0])", ready), 60, ready)
            w.settle()
        except Exception:
            w.quit()
            raise
        return w

    def quit(self):
        try:
            self.d.quit()
        except WebDriverException:
            pass

    # ----- waiting and reading -----

    def js(self, script: str, *args):
        return self.d.execute_script(script, *args)

    def wait(self, predicate, timeout: float = 15, what: str = "the window"):
        end = time.monotonic() + timeout
        last = None
        while time.monotonic() < end:
            try:
                value = predicate()
                if value:
                    return value
            except WebDriverException as e:
                last = e
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for {what} ({last})")

    def settle(self, timeout: float = 15):
        """Wait until every edit on its way has come back and been drawn."""
        time.sleep(0.15)
        self.wait(
            lambda: self.js("const c = document.querySelector('[data-testid=canvas]'); return !c || c.dataset.pending === '0'"),
            timeout,
            "edits to finish",
        )
        time.sleep(0.15)

    def shot(self, name: str) -> Path:
        self.shots.mkdir(parents=True, exist_ok=True)
        self.step += 1
        p = self.shots / f"{self.step:02d}-{name}.png"
        r = self.d.get_window_rect()
        screen = Screen(self.display)
        try:
            # The window's rect starts at its frame (title bar) but is as big
            # as its inside; once real input is calibrated the page's place on
            # screen is known, else leave room for the frame.
            left, top = max(0, r["x"]), max(0, r["y"])
            if self._x is not None and self._x.offset is not None:
                inner = self.js("return [innerWidth, innerHeight]")
                right, bottom = self._x.offset[0] + inner[0] + 1, self._x.offset[1] + inner[1] + 1
            else:
                right, bottom = left + r["width"] + 2, top + r["height"] + 48
            w = min(right, screen.width) - left
            h = min(bottom, screen.height) - top
            return screen.save_png(p, left, top, w, h)
        finally:
            screen.close()

    def errors(self) -> list[str]:
        return [plain(e.text) for e in self.d.find_elements(By.CSS_SELECTOR, "[data-testid=toast-error] > span")]

    def toasts(self) -> list[str]:
        """The messages shown now (errors and confirmations), without the dismiss button."""
        return [plain(t) for t in self.js("return [...document.querySelectorAll('[data-testid^=toast-] > span')].map(s => s.textContent)")]

    def text(self, name: str) -> str:
        """The visible text of the element with this test id."""
        return plain(self.testid(name).text)

    def tooltip(self, name: str) -> str:
        """The tooltip (title) of the element with this test id."""
        return plain(self.testid(name).get_attribute("title") or "")

    def status(self) -> str:
        """What the canvas announces about the selection (its live region)."""
        return plain(self.js("return document.getElementById('canvas-status').textContent"))

    def focused(self) -> dict:
        """The element that has the keyboard: tag, id or test id, and for a text field its value and selection."""
        return self.js(
            """
            const a = document.activeElement;
            if (!a) return {tag: null};
            return {tag: a.tagName, id: a.id || null, testid: (a.dataset && a.dataset.testid) || null,
                    value: 'value' in a ? a.value : null,
                    start: 'selectionStart' in a ? a.selectionStart : null, end: 'selectionEnd' in a ? a.selectionEnd : null};
            """
        )

    def text_box(self) -> str | None:
        """The test id of the in-place text box open on the map, if any."""
        return self.js("const e = document.querySelector('[data-testid=card-editor], [data-testid=name-editor]'); return e ? e.dataset.testid : null")

    def wait_text_box(self, testid: str, timeout: float = 5) -> dict:
        """Wait until the text box `testid` is open and has the keyboard, as a
        person waits to see the box before typing."""
        return self.wait(lambda: (f := self.focused()).get("testid") == testid and f, timeout, f"the {testid} to take the keyboard")

    def zoom(self) -> float:
        """The map's zoom: its drawn width over its width in layout units."""
        return self.js("const s = document.querySelector('.layer.world'); return s.getBoundingClientRect().width / s.viewBox.baseVal.width")

    def world(self) -> dict:
        """Client rect of the map's grid (the cards' layer)."""
        return self.rect(".layer.world")

    def press(self, selector: str, text: str | None = None, button: int = 1):
        """Click the middle of an element with the real pointer."""
        r = self.rect(selector, text)
        self.x.click(r["x"] + r["w"] / 2, r["y"] + r["h"] / 2, button)

    def click_card(self, contains: str, add: bool = False) -> dict:
        """Click a card with the real pointer (with Ctrl held to add it to the
        selection) and wait until the canvas says it is selected."""
        c = self.card(contains)
        x, y = center(c)
        if add:
            self.x.key_down("ctrl")
            try:
                self.x.click(x, y)
            finally:
                self.x.key_up("ctrl")
            self.wait(lambda: self.js("return !!document.querySelector(`[data-card='${arguments[0]}'].selected`)", c["id"]), 5, f"{contains!r} to join the selection")
        else:
            self.x.click(x, y)
            self.wait(lambda: self.status() == c["label"], 5, f"{contains!r} to be selected")
        self.settle()
        return c

    def click_cell(self, lane: str, stage: str) -> tuple[int, int]:
        """Click an empty place of a cell (near its bottom) with the real
        pointer and wait until the canvas says that cell is selected."""
        x, y = self.cell_point(lane, stage)
        self.x.click(x, y)
        self.wait(lambda: f"{lane}, {stage}" in self.status() and "empty" in self.status(), 5, f"the cell {lane} / {stage} to be selected")
        self.settle()
        return x, y

    def hold_space(self):
        """Hold the space bar down (the hand) and wait until the page has it:
        keys and pointer events reach the page by separate queues, so a press
        right after the key could otherwise arrive first."""
        self.x.key_down("space")
        self.wait(lambda: self.js("const s = document.querySelector('.pointer-surface'); return !!s && s.style.cursor === 'grab'"), 5, "the hand (space held)")

    def on_map(self) -> bool:
        """The keyboard is on the map (the canvas or what is selected in it)."""
        return self.js("const a = document.activeElement; return !!a && !!a.closest('[data-testid=canvas]') && !a.closest('.overlay-ui')")

    def choose(self, selector: str, value: str):
        """Choose an option of a <select> with the real pointer and keys: a
        click opens GTK's list, arrows move to the option, Enter takes it."""
        r = self.rect(selector)
        options = self.js("return [...document.querySelector(arguments[0]).options].map(o => o.value)", selector)
        assert value in options, (value, options)
        self.x.click(r["x"] + r["w"] / 2, r["y"] + r["h"] / 2)
        # The list opens once the page has taken the press.
        self.wait(lambda: self.js("return document.activeElement === document.querySelector(arguments[0])", selector), 5, "the select to take the press")
        time.sleep(0.5)
        now = options.index(self.js("return document.querySelector(arguments[0]).value", selector))
        delta = options.index(value) - now
        for _ in range(abs(delta)):
            self.x.key("Down" if delta > 0 else "Up")
        self.x.key("Return")
        self.wait(lambda: self.js("return document.querySelector(arguments[0]).value", selector) == value, 5, f"{selector} to show {value}")
        self.settle()

    def testid(self, name: str):
        return self.d.find_element(By.CSS_SELECTOR, f"[data-testid={name}]")

    def rect(self, selector: str, text: str | None = None) -> dict:
        """Client rect of the first element matching `selector` (whose text is `text`)."""
        r = self.js(
            """
            const [sel, text] = arguments;
            const els = [...document.querySelectorAll(sel)];
            const el = text === null ? els[0] : els.find(e => e.textContent.trim() === text);
            if (!el) return null;
            const b = el.getBoundingClientRect();
            return {x: b.left, y: b.top, w: b.width, h: b.height};
            """,
            selector,
            text,
        )
        assert r, f"nothing matches {selector} {text!r}"
        return r

    def stage_rect(self, name: str) -> dict:
        return self.rect(f'.layer.stages rect.hit[data-name="{css(name)}"]')

    def lane_rect(self, name: str) -> dict:
        return self.rect(f'.layer.lanes rect.hit[data-name="{css(name)}"]')

    def cards(self) -> list[dict]:
        """Every card on screen: its text (as the screen reader hears it) and rect."""
        cards = self.js(
            """
            return [...document.querySelectorAll('.layer.world g.card')].map(g => {
              const b = g.getBoundingClientRect();
              return {id: g.dataset.card, label: g.getAttribute('aria-label'),
                      text: [...g.querySelectorAll('text')].map(t => t.textContent).join(' '),
                      x: b.left, y: b.top, w: b.width, h: b.height};
            });
            """
        )
        for c in cards:
            c["label"] = plain(c["label"])
        return cards

    def card(self, contains: str) -> dict:
        found = [c for c in self.cards() if contains in (c["label"] or "")]
        assert found, f"no card with {contains!r}"
        return found[0]

    def points(self) -> list[dict]:
        return self.js(
            """
            return [...document.querySelectorAll('.layer.world g.point')].map(g => {
              const b = g.getBoundingClientRect();
              return {id: g.dataset.point, x: b.left, y: b.top, w: b.width, h: b.height};
            });
            """
        )

    def cell_point(self, lane: str, stage: str, fy: float = 0.85) -> tuple[int, int]:
        """A point inside a cell, near its bottom (where cells are empty)."""
        s = self.stage_rect(stage)
        l = self.lane_rect(lane)
        return int(s["x"] + s["w"] * 0.5), int(l["y"] + l["h"] * fy)

    # ----- acting -----

    def pointer(self):
        return ActionBuilder(self.d, mouse=PointerInput(POINTER_MOUSE, "mouse"), duration=0)

    def click_at(self, x: int, y: int):
        ab = self.pointer()
        ab.pointer_action.move_to_location(x, y).pointer_down().pointer_up()
        ab.perform()

    def double_click_at(self, x: int, y: int):
        ab = self.pointer()
        ab.pointer_action.move_to_location(x, y).double_click()
        ab.perform()

    def drag(self, x0: float, y0: float, x1: float, y1: float, steps: int = 12):
        """Press, move in steps (as a hand does) and release."""
        ab = self.pointer()
        pa = ab.pointer_action
        pa.move_to_location(int(x0), int(y0)).pointer_down()
        for i in range(1, steps + 1):
            t = i / steps
            pa.move_to_location(int(x0 + (x1 - x0) * t), int(y0 + (y1 - y0) * t))
            pa.pause(0.02)
        pa.pointer_up()
        ab.perform()
        self.settle()

    def keys(self, *keys: str):
        """Press keys (Selenium's Keys names, or characters) with real X key
        events, one after another, to whatever has the keyboard."""
        for k in keys:
            if k in XKEYS:
                self.x.key(XKEYS[k])
            else:
                self.x.type(k)

    def chord(self, modifier: str, key: str):
        """A modifier held with a key (Keys.CONTROL, Keys.ARROW_RIGHT), as real X keys."""
        self.x.key(f"{XKEYS[modifier]}+{XKEYS.get(key, key)}")

    def type_in_editor(self, text: str):
        """Wait for the card editor to take the keyboard, replace its text
        with real keys and finish with Ctrl+Enter."""
        self.wait_text_box("card-editor")
        self.x.key("ctrl+a", "Delete")
        self.x.type(text)
        self.x.key("ctrl+Return")
        self.settle()

    def select(self, testid: str, value: str):
        Select(self.testid(testid)).select_by_value(value)
        self.settle()

    def undo(self):
        self.x.key("ctrl+z")
        self.settle()

    def redo(self):
        self.x.key("ctrl+shift+z")
        self.settle()

    def alert_shown(self) -> bool:
        try:
            self.d.switch_to.alert.text
            return True
        except NoAlertPresentException:
            return False

    def axe(self) -> list[dict]:
        """Run axe-core in the page; return serious and critical violations."""
        source = (ROOT / "ui" / "node_modules" / "axe-core" / "axe.min.js").read_text()
        self.js(source + "\n;window.__axe = axe;")
        result = self.d.execute_async_script(
            """
            const done = arguments[arguments.length - 1];
            window.__axe.run(document, {resultTypes: ['violations']})
              .then(r => done(JSON.stringify(r.violations)))
              .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
            """
        )
        return [v for v in json.loads(result) if v.get("impact") in ("serious", "critical")]


# Selenium's names of keys as X keysyms (for xdotool).
XKEYS = {
    Keys.CONTROL: "ctrl",
    Keys.SHIFT: "shift",
    Keys.ALT: "alt",
    Keys.ENTER: "Return",
    Keys.RETURN: "Return",
    Keys.ESCAPE: "Escape",
    Keys.TAB: "Tab",
    Keys.DELETE: "Delete",
    Keys.BACKSPACE: "BackSpace",
    Keys.HOME: "Home",
    Keys.END: "End",
    Keys.SPACE: "space",
    Keys.ARROW_UP: "Up",
    Keys.ARROW_DOWN: "Down",
    Keys.ARROW_LEFT: "Left",
    Keys.ARROW_RIGHT: "Right",
    Keys.F2: "F2",
}


def center(r: dict) -> tuple[float, float]:
    """The middle of a client rect."""
    return r["x"] + r["w"] / 2, r["y"] + r["h"] / 2


def css(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')
