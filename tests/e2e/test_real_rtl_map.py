"""A Persian map in the real window, driven with real X input: made from a
template in Persian, it flows right to left (first stage and lane headers at
the right), a card dragged to the next stage goes leftwards and lands there
as one step, and Ctrl+Z takes it back. Run with the window in Persian (the
document `lang=fa`, `dir=rtl`) and in English: the map's direction is the
map's, not the window's."""

import json

import pytest
from test_real_language import forget_language

from conftest import cli, sqlite
from waymark import center


def ordered(path, sql: str) -> list[str]:
    return [line for line in sqlite(path, sql).splitlines() if line]


def stage_of(w, card_id: str, stages: list[str]) -> str | None:
    """Which stage's column the card is drawn in, by the header rects."""
    c = next(c for c in w.cards() if c["id"] == card_id)
    cx, _ = center(c)
    for name in stages:
        r = w.stage_rect(name)
        if r["x"] <= cx < r["x"] + r["w"]:
            return name
    return None


@pytest.mark.parametrize("ui", ["fa", "en"])
def test_a_persian_map_flows_right_to_left_and_a_dragged_card_moves_leftwards(launch, workdir, home, ui):
    settings = home / "waymark" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    saved = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    settings.write_text(json.dumps({**saved, "language": ui}), encoding="utf-8")
    try:
        run(launch, workdir, ui)
    finally:
        forget_language(home)


def run(launch, workdir, ui: str):
    path = workdir / "persian.waymark"
    cli("new", str(path), "--template", "b2c", "--lang", "fa")
    stages = ordered(path, "SELECT name FROM stages ORDER BY sort_key")
    lanes = ordered(path, "SELECT name FROM lanes ORDER BY sort_key")
    actions = ordered(path, "SELECT name FROM lanes WHERE kind = 'actions'")[0]
    first_id, text = ordered(
        path,
        "SELECT c.id || '|' || c.text FROM cards c JOIN lanes l ON l.id = c.lane_id "
        "JOIN stages s ON s.id = c.stage_id WHERE l.kind = 'actions' ORDER BY s.sort_key, c.sort_key LIMIT 1",
    )[0].split("|", 1)
    assert any("\u0600" <= ch <= "\u06ff" for ch in stages[0]), stages

    w = launch(path)
    page = w.js("return {lang: document.documentElement.lang, dir: document.documentElement.dir}")
    assert page == {"lang": ui, "dir": "rtl" if ui == "fa" else "ltr"}, page
    w.shot("persian-map")
    xs = [w.stage_rect(s)["x"] for s in stages[:4]]
    assert xs == sorted(xs, reverse=True), f"stages left to right on screen: {xs}"
    lane = w.lane_rect(lanes[0])
    assert lane["x"] > xs[0], f"lane headers at {lane['x']}, first stage at {xs[0]}"

    # Drag the first stage's first action to the second stage: leftwards.
    c = w.card(text[:12])
    assert c["id"] == first_id
    assert stage_of(w, first_id, stages) == stages[0]
    sx, sy = center(c)
    tx, ty = w.cell_point(actions, stages[1], fy=0.8)
    assert tx < sx, "the second stage is to the left of the first"
    w.x.drag([(sx, sy), (sx - 20, sy), ((sx + tx) / 2, (sy + ty) / 2), (tx, ty)], steps=12)
    w.settle()
    w.wait(lambda: stage_of(w, first_id, stages) == stages[1], 5, "the card in the second stage")
    w.shot("persian-map-card-moved")

    w.x.key("ctrl+z")
    w.settle()
    w.wait(lambda: stage_of(w, first_id, stages) == stages[0], 5, "the card back in the first stage")
    w.quit()
    first_stage = ordered(path, "SELECT id FROM stages ORDER BY sort_key LIMIT 1")[0]
    assert ordered(path, f"SELECT stage_id FROM cards WHERE id = '{first_id}'") == [first_stage]
