"""Looking around a map with real X input: the bundled sample opens fitted to
the window, panning and zooming (wheel, Ctrl+wheel, space-drag) leave no
grey streaks on the canvas, and a space-drag after a toolbar button pans and
edits nothing. The three share one start of the app on the sample; the last
one closes it and reads the file."""

import shutil
import time

import pytest

from conftest import ROOT, cli, sqlite
from support import Screen
from waymark import center
from xinput import WHEEL_DOWN, WHEEL_RIGHT, WHEEL_UP

CANVAS = (0xEE, 0xF0, 0xF3)  # --canvas in ui/src/styles.css
EDGE = 12  # layout units the map's body layer (its ring and shadow) reaches past the map


@pytest.fixture(scope="module")
def sample(module_workdir):
    path = module_workdir / "sample.waymark"
    built = ROOT / "target" / "sample.waymark"  # `make sample`
    if built.exists() and built.stat().st_mtime >= (ROOT / "assets" / "samples" / "car-service.json").stat().st_mtime:
        shutil.copy(built, path)
    else:
        cli("import", "assets/samples/car-service.json", str(path))
    return path


EMOTIONS_SQL = "SELECT group_concat(value || ':' || critical, ',') FROM (SELECT value, critical FROM emotion_points ORDER BY id)"


@pytest.fixture(scope="module")
def emotions(sample):
    """The emotion points as the file holds them before the app opens it."""
    return sqlite(sample, EMOTIONS_SQL).strip()


@pytest.fixture(scope="module")
def window(module_launch, sample, emotions):
    return module_launch(sample)


def canvas(w) -> dict:
    return w.rect("[data-testid=canvas]")


def test_a_map_opened_from_a_file_fits_the_window(window):
    w = window
    # The window may still be taking its size when the first scene arrives:
    # give it a moment, as a person would before looking.
    time.sleep(1)
    w.settle()
    c = canvas(w)
    m = w.world()
    stages = w.js("return [...document.querySelectorAll('.layer.stages rect.hit')].map(r => { const b = r.getBoundingClientRect(); return [r.dataset.name, b.left, b.right]; })")
    last = max(stages, key=lambda s: s[2])
    w.shot("opened")
    assert last[0] == "Follow-up", stages
    assert last[2] <= c["x"] + c["w"], ("the last stage's right edge is past the canvas", last, c)
    assert m["x"] >= c["x"] and m["x"] + m["w"] <= c["x"] + c["w"], (m, c)
    assert m["y"] >= c["y"] and m["y"] + m["h"] <= c["y"] + c["h"], (m, c)
    assert w.text("zoom") == f"{round(w.zoom() * 100)}%"


def off_map_pixels(w, margin: float) -> tuple[int, dict]:
    """Read the canvas on screen; return how many pixels lie right of or
    below the map (past `margin` px) and those that are not the canvas colour."""
    x = w.x
    c, m = canvas(w), w.world()
    ox, oy = x.offset
    # 3 px in from the canvas's border, where its focus ring is drawn.
    left, top = int(c["x"] + ox) + 3, int(c["y"] + oy) + 3
    right, bottom = int(c["x"] + c["w"] + ox) - 3, int(c["y"] + c["h"] + oy) - 3
    map_right, map_bottom = m["x"] + m["w"] + ox + margin, m["y"] + m["h"] + oy + margin
    screen = Screen(w.display)
    try:
        img = screen.grab(left, top, right - left, bottom - top)
    finally:
        screen.close()
    width = right - left
    seen, wrong = 0, {}
    for sy in range(top, bottom):
        row = (sy - top) * width * 4
        for sx in range(left, right):
            if sx <= map_right and sy <= map_bottom:
                continue
            seen += 1
            i = row + (sx - left) * 4
            px = (img[i + 2], img[i + 1], img[i])
            if px != CANVAS:
                wrong.setdefault(px, []).append((sx - ox, sy - oy))
    return seen, wrong


def test_no_grey_streaks_after_panning_and_zooming(window):
    w = window
    x = w.x
    c = canvas(w)
    cx, cy = center(c)
    # An empty place of the canvas, below the map: the pointer rests there.
    m = w.world()
    rest = (cx, (m["y"] + m["h"] + c["y"] + c["h"]) / 2)
    x.click(*rest)
    w.wait(w.on_map, 5, "the canvas to take the click")
    w.settle()
    x.wheel(cx, cy, WHEEL_UP, times=4, modifiers=("ctrl",))
    x.wheel(cx, cy, WHEEL_DOWN, times=6, modifiers=("ctrl",))
    x.wheel(cx, cy, WHEEL_DOWN, times=3)
    x.wheel(cx, cy, WHEEL_RIGHT, times=3)
    x.wheel(cx, cy, WHEEL_UP, times=5)
    w.settle()
    w.hold_space()
    try:
        path = [(cx, cy), (cx + 100, cy - 240), (cx + 150, cy - 120), (cx - 60, cy + 40), (cx + 40, cy - 60)]
        x.drag(path, steps=12)
    finally:
        x.key_up("space")
    w.settle()
    time.sleep(0.5)
    w.shot("panned-and-zoomed")
    margin = EDGE * w.zoom() + 3
    seen, wrong = off_map_pixels(w, margin)
    assert seen > 20000, f"too little canvas right of or below the map to judge ({seen} px)"
    summary = {px: (len(at), at[:3]) for px, at in sorted(wrong.items(), key=lambda kv: -len(kv[1]))[:6]}
    assert not wrong, f"{sum(len(v) for v in wrong.values())} of {seen} pixels right of or below the map are not the canvas colour: {summary}"


def test_space_drag_after_a_toolbar_button_pans_and_edits_nothing(window, sample, emotions):
    w = window
    x = w.x
    w.press("[data-testid=zoom-fit]")
    w.wait(lambda: w.focused().get("testid") == "zoom-fit", 5, "Fit to take the click")
    w.settle()
    before = w.world()
    status = w.status()
    undo = (w.testid("undo").is_enabled(), w.tooltip("undo"))
    points = {p["id"]: (p["x"] - before["x"], p["y"] - before["y"]) for p in w.points()}
    # Press on an emotion point, so a drag that is not a pan would move it.
    p = sorted(w.points(), key=lambda q: q["x"])[2]
    px, py = center(p)
    w.hold_space()
    try:
        x.drag([(px, py), (px + 60, py - 80), (px + 120, py - 150)], steps=10)
        time.sleep(0.1)
    finally:
        x.key_up("space")
    w.settle()
    w.shot("space-dragged")
    after = w.world()
    assert abs(after["x"] - before["x"] - 120) <= 2 and abs(after["y"] - before["y"] + 150) <= 2, (before, after)
    moved = {q["id"]: (q["x"] - after["x"], q["y"] - after["y"]) for q in w.points()}
    for k, (dx, dy) in points.items():
        assert abs(moved[k][0] - dx) < 0.5 and abs(moved[k][1] - dy) < 0.5, (k, points[k], moved[k])
    assert w.status() == status
    assert (w.testid("undo").is_enabled(), w.tooltip("undo")) == undo
    assert w.text_box() is None and w.errors() == []
    w.quit()
    assert sqlite(sample, "SELECT count(*) FROM history").strip() == "0"
    assert sqlite(sample, EMOTIONS_SQL).strip() == emotions
