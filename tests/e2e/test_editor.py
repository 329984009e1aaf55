"""Building a map in the real window, as a user does, then closing the app and
finding every change in the file and on screen again."""

from selenium.webdriver.common.keys import Keys

from conftest import cli, sqlite

PERSIAN = "نوبت آنلاین را رزرو می‌کند"
UKRAINIAN = "Клієнтка чекає на дзвінок"
UKRAINIAN_EDITED = "Мапа шляху клієнта: їжак і ґанок"
AZERBAIJANI_STAGE = "Təkrar alış"
HOSTILE = "<img src=x onerror=alert(1)>"


def centre(r: dict) -> tuple[float, float]:
    return r["x"] + r["w"] / 2, r["y"] + r["h"] / 2


def stage_order(w) -> list[str]:
    return w.js(
        "return [...document.querySelectorAll('.layer.stages rect.hit')]"
        ".sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)"
        ".map(r => r.dataset.name)"
    )


def in_stage(w, card: dict, stage: str) -> bool:
    s = w.stage_rect(stage)
    x, _ = centre(card)
    return s["x"] <= x <= s["x"] + s["w"]


def in_lane(w, card: dict, lane: str) -> bool:
    l = w.lane_rect(lane)
    _, y = centre(card)
    return l["y"] <= y <= l["y"] + l["h"]


def test_a_map_built_in_the_window_survives_closing_and_reopening(launch, workdir):
    path = workdir / "fresh.waymark"
    cli("new", str(path), "--template", "blank", "--title", "E2E project")
    w = launch(path)
    w.shot("fresh-project")

    # A map from a template: it is shown at once.
    w.select("new-map", "b2c")
    w.wait(lambda: "Online shop: first purchase" in w.testid("map-header").text, 10, "the new map")
    stages = stage_order(w)
    assert stages[:3] == ["Awareness", "Consideration", "Purchase"], stages
    w.shot("map-from-template")

    # A stage, added from the inspector and renamed in place.
    w.testid("add-stage").click()
    w.settle()
    assert stage_order(w)[-1] == "New stage"
    # The new stage is scrolled into view and its name is ready to type.
    name = w.wait(lambda: w.testid("name-editor"), 5, "the stage name editor")
    name.send_keys(Keys.CONTROL, "a")
    name.send_keys(AZERBAIJANI_STAGE, Keys.ENTER)
    w.settle()
    assert stage_order(w)[-1] == AZERBAIJANI_STAGE
    w.shot("stage-added")

    # A card in Persian: double-click an empty cell, type, finish.
    x, y = w.cell_point("Actions", "Purchase")
    w.double_click_at(x, y)
    w.type_in_editor(PERSIAN)
    persian = w.card(PERSIAN)
    assert in_stage(w, persian, "Purchase") and in_lane(w, persian, "Actions")
    # Right to left: the run is drawn right-to-left, flush with the card's right edge.
    rtl = w.js(
        """
        const g = document.getElementById('card-' + arguments[0]);
        const t = [...g.querySelectorAll('text')].find(t => t.textContent.includes('آنلاین'));
        const tb = t.getBoundingClientRect(), gb = g.getBoundingClientRect();
        return {dir: t.getAttribute('direction'), gap: gb.right - tb.right, left: tb.left - gb.left};
        """,
        persian["id"],
    )
    assert rtl["dir"] == "rtl" and rtl["gap"] < rtl["left"], rtl
    w.shot("persian-card")

    # A card in Ukrainian, then edited with Enter (zoomed to fit, as naming the
    # new stage panned the map to the right).
    w.testid("zoom-fit").click()
    w.settle()
    x, y = w.cell_point("Thoughts", "Awareness")
    w.double_click_at(x, y)
    w.type_in_editor(UKRAINIAN)
    uk = w.card(UKRAINIAN)
    w.click_at(*map(int, centre(uk)))
    w.keys(Keys.ENTER)
    w.type_in_editor(UKRAINIAN_EDITED)
    uk = w.card(UKRAINIAN_EDITED)
    assert not [c for c in w.cards() if c["label"].startswith(UKRAINIAN + ".")]
    w.shot("ukrainian-card")

    # Hostile text is shown as text and runs nothing.
    x, y = w.cell_point("Actions", "Awareness")
    w.double_click_at(x, y)
    w.type_in_editor(HOSTILE)
    hostile = w.card(HOSTILE)
    assert HOSTILE.replace(" ", "") in hostile["text"].replace(" ", "")
    assert not w.alert_shown()
    assert w.js("return document.querySelectorAll('.layer.world img, .layer.world foreignObject').length") == 0
    w.shot("hostile-text")

    # Drag the Ukrainian card to another cell.
    tx, ty = w.cell_point("Actions", "Consideration", 0.5)
    ux, uy = centre(uk)
    w.drag(ux, uy, tx, ty)
    uk = w.card(UKRAINIAN_EDITED)
    assert in_stage(w, uk, "Consideration") and in_lane(w, uk, "Actions"), uk
    w.shot("card-dragged")

    # Reorder a stage: drag "Awareness" past "Consideration".
    a = w.stage_rect("Awareness")
    c = w.stage_rect("Consideration")
    w.drag(a["x"] + 30, a["y"] + 14, c["x"] + c["w"] * 0.8, c["y"] + 14)
    assert stage_order(w)[:2] == ["Consideration", "Awareness"], stage_order(w)
    w.shot("stage-reordered")

    # Drag the first emotion point up the scale.
    before = sorted(w.points(), key=lambda p: p["x"])
    p = before[0]
    px, py = centre(p)
    w.drag(px, py, px, py - 200)
    after = {q["id"]: q for q in w.points()}
    moved_y = after[p["id"]]["y"]
    assert moved_y < p["y"] - 5, (p, after[p["id"]])
    w.shot("emotion-dragged")

    # Undo takes the emotion drag back; redo does it again.
    w.undo()
    assert abs({q["id"]: q for q in w.points()}[p["id"]]["y"] - p["y"]) < 1
    w.shot("undone")
    w.redo()
    redone = {q["id"]: q for q in w.points()}[p["id"]]
    assert abs(redone["y"] - moved_y) < 1
    w.shot("redone")
    lane = w.lane_rect("Emotions")
    height_in_lane = (centre(redone)[1] - lane["y"]) / lane["h"]

    # Accessibility of the editor, checked in the real window.
    violations = w.axe()
    assert violations == [], [(v["id"], v["help"], [(n["target"], n["html"][:300]) for n in v["nodes"]][:3]) for v in violations]
    assert w.errors() == []
    w.quit()

    # Every change is in the file.
    names = sqlite(path, "SELECT s.name FROM stages s JOIN maps m ON s.map_id = m.id WHERE m.title LIKE 'Online shop%' ORDER BY s.sort_key")
    assert names.splitlines()[:2] == ["Consideration", "Awareness"]
    assert AZERBAIJANI_STAGE in names
    texts = sqlite(path, "SELECT text FROM cards")
    for t in (PERSIAN, UKRAINIAN_EDITED, HOSTILE):
        assert t in texts
    assert UKRAINIAN + "\n" not in texts + "\n"
    where = sqlite(
        path,
        "SELECT s.name || '/' || l.name FROM cards c JOIN stages s ON c.stage_id = s.id "
        f"JOIN lanes l ON c.lane_id = l.id WHERE c.text = '{UKRAINIAN_EDITED}'",
    )
    assert where.strip() == "Consideration/Actions"
    assert sqlite(path, "PRAGMA integrity_check").strip() == "ok"

    # And on screen after reopening, with the history still there.
    w2 = launch(path)
    w2.select("map-select", w2.js("return [...document.querySelectorAll('#map-select option')].find(o => o.textContent.startsWith('Online shop')).value"))
    assert stage_order(w2)[:2] == ["Consideration", "Awareness"]
    uk = w2.card(UKRAINIAN_EDITED)
    assert in_stage(w2, uk, "Consideration") and in_lane(w2, uk, "Actions")
    w2.card(PERSIAN)
    reopened = {q["id"]: q for q in w2.points()}[p["id"]]
    lane = w2.lane_rect("Emotions")
    assert abs((centre(reopened)[1] - lane["y"]) / lane["h"] - height_in_lane) < 0.02
    undo = w2.testid("undo")
    assert undo.is_enabled() and "Set emotion" in undo.get_attribute("title")
    w2.shot("reopened")
