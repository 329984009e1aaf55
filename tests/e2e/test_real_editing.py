"""Editing words on the map with real X input (xinput.py): text boxes opened
as a person opens them and typed into key by key, the command palette, and
chords that must run once. The keys go through the window manager, GTK's
keyboard focus and its menu accelerators, which WebDriver's keys skip."""

from conftest import cli, sqlite
from waymark import center

STAGE = "Ärzte-Übersicht: ЁЇҐ"
APPENDED = " — швидко, Ştat"
REPLACED = "Порівнює ціни; çğış"
PERSIAN = "نوبت آنلاین را رزرو می‌کند"
LANE = "Дії клієнта"


def names(w, layer: str) -> list[str]:
    return w.js(f"return [...document.querySelectorAll('.layer.{layer} rect.hit')].map(r => r.dataset.name)")


def test_five_text_boxes_in_a_row_keep_every_word(launch, workdir):
    path = workdir / "boxes.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)
    x = w.x

    # 1. Double-click a stage header: its name box takes the keyboard.
    x.double_click(*center(w.stage_rect("Awareness")))
    w.wait_text_box("name-editor")
    x.key("ctrl+a")
    x.type(STAGE)
    x.key("Return")
    w.settle()
    assert w.text_box() is None and w.on_map(), w.focused()
    assert names(w, "stages")[0] == STAGE
    w.shot("stage-renamed")

    # 2. Double-click a card: the caret waits after its text, no word of it
    #    is selected, so typing adds to it.
    before = "Orders in the app"
    x.double_click(*center(w.card(before)))
    box = w.wait_text_box("card-editor")
    assert box["value"] == before and box["start"] == box["end"] == len(before), box
    w.shot("card-box-open")
    x.type(APPENDED)
    x.key("ctrl+Return")
    w.settle()
    assert w.text_box() is None and w.on_map(), w.focused()
    w.card(before + APPENDED)
    w.shot("card-appended")

    # 3. Click a card, press Enter, replace its text.
    w.click_card("Compares three models and reads reviews")
    x.key("Return")
    w.wait_text_box("card-editor")
    x.key("ctrl+a")
    x.type(REPLACED)
    x.key("ctrl+Return")
    w.settle()
    assert w.text_box() is None and w.on_map(), w.focused()
    w.card(REPLACED)

    # 4. Double-click an empty place of a cell: a new card, in Persian.
    x.double_click(*w.cell_point("Thoughts", STAGE))
    box = w.wait_text_box("card-editor")
    assert box["value"] == "", box
    x.type(PERSIAN)
    x.key("ctrl+Return")
    w.settle()
    assert w.text_box() is None and w.on_map(), w.focused()
    w.card(PERSIAN)
    w.shot("new-card")

    # 5. Double-click a lane header and rename the lane.
    x.double_click(*center(w.lane_rect("Actions")))
    w.wait_text_box("name-editor")
    x.key("ctrl+a")
    x.type(LANE)
    x.key("Return")
    w.settle()
    assert w.text_box() is None and w.on_map(), w.focused()
    w.shot("lane-renamed")

    # All five are kept, on screen...
    assert names(w, "stages")[0] == STAGE
    assert names(w, "lanes")[1] == LANE
    labels = [c["label"] for c in w.cards()]
    assert any(l.startswith(f"{before}{APPENDED}. {LANE}, Purchase") for l in labels), labels
    assert any(l.startswith(f"{REPLACED}. {LANE}, Consideration") for l in labels), labels
    assert any(l.startswith(f"{PERSIAN}. Thoughts, {STAGE}") for l in labels), labels
    assert not [l for l in labels if l.startswith("Compares three models")]
    assert w.errors() == []
    w.quit()

    # ...and in the file.
    assert sqlite(path, "SELECT name FROM stages ORDER BY sort_key LIMIT 1").strip() == STAGE
    assert LANE in sqlite(path, "SELECT name FROM lanes").splitlines()
    texts = sqlite(path, "SELECT text FROM cards").splitlines()
    for t in (before + APPENDED, REPLACED, PERSIAN):
        assert t in texts, (t, texts)
    keys = sqlite(path, "SELECT json_extract(label, '$.key') FROM history ORDER BY seq").split()
    assert keys == ["history-update-stage", "history-edit-card", "history-edit-card", "history-add-card", "history-update-lane"], keys


def test_the_command_palette_runs_duplicate_on_the_selected_card(launch, workdir):
    path = workdir / "palette.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)
    x = w.x
    text = "Runs three times a week"
    n = len(w.cards())
    w.click_card(text)

    x.key("ctrl+k")
    w.wait(lambda: w.focused().get("testid") == "command-search", 5, "the command palette")
    x.type("dupl")
    w.wait(lambda: w.js("const c = document.querySelector('#command-list [aria-selected=true]'); return c && c.dataset.action") == "duplicate", 5, "Duplicate to be chosen")
    w.shot("palette")
    x.key("Return")
    w.settle()

    assert not w.js("return !!document.querySelector('[data-testid=command-palette]')")
    assert len(w.cards()) == n + 1
    copies = [c for c in w.cards() if c["label"].startswith(text)]
    assert len(copies) == 2, copies
    # The copy is selected, and it is one undo step.
    assert w.status().startswith(text)
    assert "Duplicate 1 card" in w.tooltip("undo")
    w.shot("duplicated")
    assert w.errors() == []
    w.quit()
    assert sqlite(path, f"SELECT count(*) FROM cards WHERE text = '{text}'").strip() == "2"
    assert sqlite(path, "SELECT count(*) FROM history").strip() == "1"


def test_one_chord_runs_its_action_once(launch, workdir):
    path = workdir / "chords.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)
    x = w.x
    text = "Gets a reminder to replace worn shoes"
    w.click_card(text)
    n = len(w.cards())

    # Ctrl+= is a menu accelerator: GTK takes it, the menu runs Zoom in once.
    z = w.zoom()
    x.key("ctrl+equal")
    w.wait(lambda: abs(w.zoom() - z) > 1e-3, 5, "the zoom to change")
    w.settle()
    assert abs(w.zoom() / z - 1.25) < 0.01, (z, w.zoom())

    # One Ctrl+D, one copy.
    x.key("ctrl+d")
    w.wait(lambda: len(w.cards()) != n, 5, "the copy")
    w.settle()
    assert len(w.cards()) == n + 1
    assert len([c for c in w.cards() if c["label"].startswith(text)]) == 2
    w.shot("one-copy")

    # One Ctrl+Z, one step back.
    x.key("ctrl+z")
    w.wait(lambda: len(w.cards()) != n + 1, 5, "the undo")
    w.settle()
    assert len(w.cards()) == n
    assert not w.testid("undo").is_enabled()
    assert w.errors() == []
    w.quit()
    assert sqlite(path, "SELECT count(*) || '/' || sum(undone) FROM history").strip() == "1/1"
    assert sqlite(path, f"SELECT count(*) FROM cards WHERE text = '{text}'").strip() == "1"
