"""The project file with real X input: closing the project (Ctrl+W),
quitting (Ctrl+Q) or closing the window through the window manager leaves
the folder with the one .waymark file (no SQLite journal beside it), and
Ctrl+Z takes back an edit made on another map, showing that map and saying
what was undone."""

import json
import time

from conftest import cli, info, sqlite
from waymark import center

SHOP = "Online shop: first purchase"
B2B = "B2B software: from idea to expansion"


def folder(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def wait_for_folder(path, timeout: float = 15) -> list[str]:
    """The folder's files once only the project is left (or what is there
    after `timeout`): the app removes its journal as it closes the file."""
    end = time.monotonic() + timeout
    while folder(path) != [path.name] and time.monotonic() < end:
        time.sleep(0.2)
    return folder(path)


def duplicate_a_card(w, text: str):
    n = len(w.cards())
    w.click_card(text)
    w.x.key("ctrl+d")
    w.wait(lambda: len(w.cards()) == n + 1, 5, "the copy")
    w.settle()


def test_closing_the_project_or_quitting_leaves_one_file(launch, workdir):
    path = workdir / "one-file.waymark"
    cli("new", str(path), "--template", "b2c")
    cards = info(path)["maps"][0]["cards"]
    w = launch(path)
    x = w.x

    # An edit, then File > Close (Ctrl+W): the start screen, and one file.
    duplicate_a_card(w, "Runs three times a week")
    open_while_editing = folder(path)
    x.key("ctrl+w")
    w.wait(lambda: "Start from a template" in w.js("return document.body.innerText"), 10, "the start screen")
    w.shot("closed")
    assert wait_for_folder(path) == [path.name], f"after Close project the folder holds {folder(path)} (while open: {open_while_editing})"

    # Open it again from the recent files, edit, File > Quit (Ctrl+Q).
    entry = w.js(
        """
        const b = [...document.querySelectorAll('main li button')].find(b => b.textContent.includes(arguments[0]));
        if (!b) return null;
        const r = b.getBoundingClientRect();
        return {x: r.left, y: r.top, w: r.width, h: r.height};
        """,
        str(path),
    )
    assert entry, "the project is not among the recent files"
    x.click(*center(entry))
    w.wait(lambda: w.js("return !!document.querySelector('.layer.world')"), 20, "the project to open again")
    w.settle()
    duplicate_a_card(w, "Posts a review with photos")
    w.shot("reopened-and-edited")
    x.key("ctrl+q")
    assert wait_for_folder(path) == [path.name], f"after Quit the folder holds {folder(path)}"
    assert info(path)["maps"][0]["cards"] == cards + 2
    assert sqlite(path, "PRAGMA integrity_check").strip() == "ok"
    assert sqlite(path, "SELECT count(*) FROM history").strip() == "2"


def test_closing_the_window_leaves_one_file(launch, workdir):
    path = workdir / "window.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)
    duplicate_a_card(w, "Runs three times a week")
    # The window manager's close (Alt+F4 in openbox), as the title bar's × does.
    w.x.key("alt+F4")
    assert wait_for_folder(path) == [path.name], f"after closing the window the folder holds {folder(path)}"
    assert sqlite(path, "SELECT count(*) FROM history").strip() == "1"


def two_maps(workdir, name: str):
    path = workdir / name
    cli("new", str(path), "--template", "b2c")
    extra = workdir / "second-map.json"
    extra.write_text(json.dumps({"type": "create_map", "template": "b2b"}))
    cli("apply", str(path), str(extra))
    return path


def add_card_then_switch(w, text: str) -> dict:
    """Write a card on the shop map with real keys, then choose the B2B map
    in the switcher (a click, arrows, Enter). Returns the maps' ids."""
    x = w.x
    maps = w.js("return Object.fromEntries([...document.querySelectorAll('#map-select option')].map(o => [o.textContent.split(' — ')[0], o.value]))")
    assert w.js("return document.querySelector('#map-select').value") == maps[SHOP]
    x.double_click(*w.cell_point("Thoughts", "Purchase"))
    w.wait_text_box("card-editor")
    x.type(text)
    x.key("ctrl+Return")
    w.settle()
    w.card(text)
    w.choose("#map-select", maps[B2B])
    w.wait(lambda: B2B in w.text("map-header"), 10, "the B2B map")
    w.shot("switched")
    return maps


def test_undo_on_another_map_shows_that_map_and_says_what(launch, workdir):
    path = two_maps(workdir, "undo-elsewhere.waymark")
    text = "Чи встигне доставка до відпустки?"
    w = launch(path)
    x = w.x
    maps = add_card_then_switch(w, text)

    # Back on the map (a click on an empty place of the canvas), Ctrl+Z.
    c, m = w.rect("[data-testid=canvas]"), w.world()
    x.click(c["x"] + c["w"] / 2, (m["y"] + m["h"] + c["y"] + c["h"]) / 2)
    w.wait(w.on_map, 5, "the canvas to take the click")
    w.settle()
    x.key("ctrl+z")
    w.wait(lambda: SHOP in w.text("map-header"), 10, "the shop map to be shown")
    w.settle()
    w.shot("undone-elsewhere")
    assert w.js("return document.querySelector('#map-select').value") == maps[SHOP]
    assert not [c for c in w.cards() if c["label"].startswith(text)]
    assert f"Undone: Add card, on the map “{SHOP}”" in w.toasts(), w.toasts()
    assert w.errors() == []
    w.quit()
    assert sqlite(path, "SELECT count(*) FROM cards WHERE text = '" + text + "'").strip() == "0"
    last = sqlite(path, "SELECT json_extract(label, '$.key') || ':' || undone FROM history ORDER BY seq DESC LIMIT 1").strip()
    assert last == "history-add-card:1", last


def test_ctrl_z_right_after_choosing_a_map_in_the_switcher_undoes(launch, workdir):
    path = two_maps(workdir, "undo-from-switcher.waymark")
    text = "Доставка знову платна?"
    w = launch(path)
    maps = add_card_then_switch(w, text)
    # The switcher still has the keyboard, as it does after a person chose a map with it.
    focus = w.focused()
    w.x.key("ctrl+z")
    try:
        w.wait(lambda: SHOP in w.text("map-header"), 5, "the shop map to be shown")
    except TimeoutError:
        pass
    w.settle()
    w.shot("after-ctrl-z")
    shown = w.js("return document.querySelector('[data-testid=map-header] h1').textContent")
    undo = w.tooltip("undo")
    assert SHOP in w.text("map-header") and w.js("return document.querySelector('#map-select').value") == maps[SHOP], (
        f"Ctrl+Z with the keyboard on the map switcher ({focus.get('tag')}#{focus.get('id')}) did nothing: "
        f"the window shows {shown!r} and the Undo button still offers {undo!r}"
    )
    assert not [c for c in w.cards() if c["label"].startswith(text)]
    w.quit()
    assert sqlite(path, "SELECT count(*) FROM cards WHERE text = '" + text + "'").strip() == "0"
