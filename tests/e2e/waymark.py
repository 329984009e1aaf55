"""A small driver for the Waymark window: find what a user sees (stage and
lane headers by name, cards by their text), press, drag and type the way a
user does (W3C pointer and key actions), take screenshots."""

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

ROOT = Path(__file__).resolve().parents[2]


class Window:
    def __init__(self, driver, shots: Path, display: str):
        self.d = driver
        self.shots = shots
        self.display = display
        self.step = 0

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
            left, top = max(0, r["x"]), max(0, r["y"])
            w = min(r["width"], screen.width - left)
            h = min(r["height"], screen.height - top)
            return screen.save_png(p, left, top, w, h)
        finally:
            screen.close()

    def errors(self) -> list[str]:
        return [e.text for e in self.d.find_elements(By.CSS_SELECTOR, "[data-testid=toast-error]")]

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
        return self.js(
            """
            return [...document.querySelectorAll('.layer.world g.card')].map(g => {
              const b = g.getBoundingClientRect();
              return {id: g.dataset.card, label: g.getAttribute('aria-label'),
                      text: [...g.querySelectorAll('text')].map(t => t.textContent).join(' '),
                      x: b.left, y: b.top, w: b.width, h: b.height};
            });
            """
        )

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
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.d).send_keys(*keys).perform()

    def chord(self, modifier: str, key: str):
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.d).key_down(modifier).send_keys(key).key_up(modifier).perform()

    def type_in_editor(self, text: str):
        """Type into the open card editor and finish with Ctrl+Enter."""
        ed = self.wait(lambda: self.d.find_element(By.CSS_SELECTOR, "[data-testid=card-editor]"), 5, "the card editor")
        ed.send_keys(Keys.CONTROL, "a")
        ed.send_keys(Keys.DELETE)
        ed.send_keys(text)
        self.chord(Keys.CONTROL, Keys.ENTER)
        self.settle()

    def select(self, testid: str, value: str):
        Select(self.testid(testid)).select_by_value(value)
        self.settle()

    def undo(self):
        self.chord(Keys.CONTROL, "z")
        self.settle()

    def redo(self):
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.d).key_down(Keys.CONTROL).key_down(Keys.SHIFT).send_keys("z").key_up(Keys.SHIFT).key_up(
            Keys.CONTROL
        ).perform()
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


def css(s: str) -> str:
    return s.replace("\\", "\\\\").replace('"', '\\"')
