"""Everything without a mouse: move through the map with arrows and Tab, add
and edit cards, move them, delete them, undo. The keys are real X key events
(Window.keys and friends use xinput.py), so they go through GTK's keyboard
focus and menu accelerators as a person's do."""

import re

from selenium.webdriver.common.keys import Keys

from conftest import cli, sqlite
from waymark import plain


def selected(w) -> dict:
    """What the canvas announces for the selection (its live region)."""
    return {
        "status": plain(w.js("return document.getElementById('canvas-status').textContent")),
        "focus": w.js("return document.activeElement && (document.activeElement.id || document.activeElement.tagName)"),
    }


def test_a_map_can_be_built_from_the_keyboard_alone(launch, workdir):
    path = workdir / "keys.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)

    # Into the canvas, onto the first card.
    w.js("document.querySelector('[data-testid=canvas]').focus()")
    w.keys(Keys.HOME)
    w.settle()
    s = selected(w)
    assert s["status"].startswith("Find shoes that stop my knee pain"), s
    assert s["focus"].startswith("card-"), s

    # Down the Goals cell and on into the Actions lane.
    w.keys(Keys.ARROW_DOWN)
    assert selected(w)["status"].startswith("Sees a friend's running post")
    # Right: the same place in the next stage.
    w.keys(Keys.ARROW_RIGHT)
    assert selected(w)["status"].startswith("Compares three models")
    # Up from the top lane goes into the stage header.
    w.keys(Keys.ARROW_UP, Keys.ARROW_UP)
    assert selected(w)["status"] == "Stage Consideration"

    # Ctrl+Right moves the stage one place right.
    w.chord(Keys.CONTROL, Keys.ARROW_RIGHT)
    w.settle()
    assert selected(w)["status"] == "Stage Consideration"
    order = w.js(
        "return [...document.querySelectorAll('.layer.stages rect.hit')]"
        ".sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left).map(r => r.dataset.name)"
    )
    assert order[:3] == ["Awareness", "Purchase", "Consideration"], order

    # Down into the empty Goals cell under it; Enter starts a card there.
    w.keys(Keys.ARROW_DOWN)
    assert selected(w)["status"].startswith("empty cell. Goals and needs, Consideration"), selected(w)
    w.keys(Keys.ENTER)
    w.type_in_editor("Müştəri qiymətləri müqayisə edir")
    s = selected(w)
    assert s["status"].startswith("Müştəri qiymətləri müqayisə edir. Goals and needs, Consideration"), s

    # Enter edits it; the new text replaces the old.
    w.keys(Keys.ENTER)
    w.type_in_editor("Klientu ceļa kartēšana")
    assert selected(w)["status"].startswith("Klientu ceļa kartēšana.")

    # Ctrl+Left moves the card to the same lane of the stage on the left.
    w.chord(Keys.CONTROL, Keys.ARROW_LEFT)
    w.settle()
    assert selected(w)["status"].startswith("Klientu ceļa kartēšana. Goals and needs, Purchase"), selected(w)
    w.shot("moved-by-keyboard")

    # Delete deletes it; Ctrl+Z brings it back where it was.
    w.keys(Keys.DELETE)
    w.settle()
    assert not [c for c in w.cards() if c["label"].startswith("Klientu ceļa kartēšana")]
    w.undo()
    card = w.card("Klientu ceļa kartēšana")
    assert "Goals and needs, Purchase" in card["label"]

    # Tab walks on through the map, Shift+Tab walks back.
    w.click_at(int(card["x"] + card["w"] / 2), int(card["y"] + card["h"] / 2))
    before = selected(w)["status"]
    assert before.startswith("Klientu ceļa kartēšana"), before
    w.keys(Keys.TAB)
    after = selected(w)["status"]
    w.chord(Keys.SHIFT, Keys.TAB)
    assert selected(w)["status"] == before and after != before

    # An emotion point changes with Ctrl+Up.
    w.js("document.querySelector('[data-testid=canvas]').focus()")
    w.keys(Keys.HOME)
    for _ in range(8):
        if "emotion" in selected(w)["status"]:
            break
        w.keys(Keys.ARROW_DOWN)
    status = selected(w)["status"]
    assert re.match(r"emotion \+?1\b", status), status
    w.chord(Keys.CONTROL, Keys.ARROW_UP)
    w.settle()
    raised = selected(w)["status"]
    assert re.match(r"emotion \+?2\b", raised), raised
    w.shot("emotion-by-keyboard")
    assert w.errors() == []
    w.quit()

    assert "Klientu ceļa kartēšana" in sqlite(path, "SELECT text FROM cards")
    # History labels are stored as catalog messages.
    assert sqlite(path, "SELECT json_extract(label, '$.key') FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1").strip() == "history-set-emotion"
    # A point above neutral is read with its sign, as the catalog's
    # describe-emotion asks (NUMBER with signDisplay "exceptZero").
    assert status.startswith("emotion +1") and raised.startswith("emotion +2"), (status, raised)
