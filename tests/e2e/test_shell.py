"""The shell around the canvas: one running app per user (a second launch
hands its file over), the window's size remembered, bad files refused in
plain words, Esc cancelling a drag."""

import subprocess
import time

from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.actions.interaction import POINTER_MOUSE
from selenium.webdriver.common.actions.pointer_input import PointerInput
from selenium.webdriver.common.keys import Keys

from conftest import APP, cli


def test_opening_a_second_file_hands_it_to_the_running_window(launch, workdir, app_env):
    first = workdir / "first.waymark"
    second = workdir / "second.waymark"
    cli("new", str(first), "--template", "b2c")
    cli("new", str(second), "--template", "b2b")
    w = launch(first)
    assert "Online shop" in w.testid("map-header").text
    t0 = time.monotonic()
    out = subprocess.run([str(APP), str(second)], env=app_env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert time.monotonic() - t0 < 30
    w.wait(lambda: "B2B software" in w.testid("map-header").text, 20, "the second file in the first window")
    w.shot("handed-over")


def test_a_damaged_file_is_refused_in_plain_words(launch, workdir):
    bad = workdir / "broken.waymark"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    w = launch(bad, ready="main")
    msg = w.wait(lambda: w.errors(), 20, "the error message")
    assert "broken.waymark" in msg[0] and ("damaged" in msg[0] or "not a Waymark project" in msg[0]), msg
    assert "Start from a template" in w.d.find_element("css selector", "main").text
    violations = w.axe()
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    w.shot("refused")


def test_escape_cancels_a_card_drag_and_changes_nothing(launch, workdir):
    path = workdir / "esc.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)

    def drag_with(escape: bool):
        card = w.card("Orders in the app")
        x, y = int(card["x"] + card["w"] / 2), int(card["y"] + card["h"] / 2)
        tx, ty = w.cell_point("Actions", "Retention", 0.6)
        ab = ActionBuilder(w.d, mouse=PointerInput(POINTER_MOUSE, "mouse"), duration=0)
        ab.pointer_action.move_to_location(x, y).pointer_down()
        for i in range(1, 8):
            ab.pointer_action.move_to_location(x + (tx - x) * i // 7, y + (ty - y) * i // 7)
        ab.perform()
        w.wait(lambda: w.js("return document.querySelectorAll('.ghost g').length"), 10, "the drag preview")
        if escape:
            w.keys(Keys.ESCAPE)
            w.wait(lambda: not w.js("return document.querySelectorAll('.ghost g').length"), 10, "the preview to go")
        ab = ActionBuilder(w.d, mouse=PointerInput(POINTER_MOUSE, "mouse"), duration=0)
        ab.pointer_action.pointer_up()
        ab.perform()
        w.settle()

    # The same gesture without Esc moves the card (so the gesture is real)...
    drag_with(escape=False)
    assert "Retention" in w.card("Orders in the app")["label"]
    w.undo()
    assert "Purchase" in w.card("Orders in the app")["label"]
    # ...and with Esc before the release it changes nothing, not even history.
    drag_with(escape=True)
    assert "Purchase" in w.card("Orders in the app")["label"]
    assert w.testid("redo").is_enabled(), "a cancelled drag must not add an undo step"


def test_the_window_size_is_remembered(launch, workdir):
    path = workdir / "size.waymark"
    cli("new", str(path))
    w = launch(path)
    w.d.set_window_rect(width=1100, height=760)
    time.sleep(1.5)  # the app saves its window state within a second of a change
    size = w.d.get_window_rect()
    w.quit()
    time.sleep(1)
    w2 = launch(path)
    again = w2.d.get_window_rect()
    assert (again["width"], again["height"]) == (size["width"], size["height"]), (size, again)
