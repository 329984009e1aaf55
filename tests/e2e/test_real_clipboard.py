"""Copy, paste and duplicate cards with real keys (Ctrl+C, Ctrl+V, Ctrl+D
are GTK's own Copy and Paste items and a menu accelerator), on one map and
onto another; and Ctrl+C in a text field copies the field's text, not the
selected cards."""

import json

from conftest import cli, info, sqlite

ORDERS = "Orders in the app"
CHECKOUT = "Checkout in the app"
NEWSLETTERS = "Reads industry newsletters"


def count(w, text: str) -> int:
    return len([c for c in w.cards() if c["label"].startswith(text + ".") or c["label"].startswith(text + ",")])


def test_cards_are_copied_pasted_and_duplicated_with_real_keys(launch, workdir):
    path = workdir / "clipboard.waymark"
    cli("new", str(path), "--template", "b2c")
    extra = workdir / "second-map.json"
    extra.write_text(json.dumps({"type": "create_map", "template": "b2b"}))
    cli("apply", str(path), str(extra))
    start = {m["title"]: m["cards"] for m in info(path)["maps"]}
    shop, b2b = "Online shop: first purchase", "B2B software: from idea to expansion"
    history0 = int(sqlite(path, "SELECT count(*) FROM history"))

    w = launch(path)
    x = w.x
    maps = w.js("return Object.fromEntries([...document.querySelectorAll('#map-select option')].map(o => [o.textContent.split(' — ')[0], o.value]))")
    if w.js("return document.querySelector('#map-select').value") != maps[shop]:
        w.choose("#map-select", maps[shop])

    # Two cards: a click, then Ctrl+click. Ctrl+C copies them.
    w.click_card(ORDERS)
    w.click_card(CHECKOUT, add=True)
    x.key("ctrl+c")
    w.wait(lambda: "Copied 2 cards." in w.toasts(), 5, "the copy to be confirmed")

    # Ctrl+V into an empty cell: both come, in the same shape, as one step.
    w.click_cell("Actions", "Onboarding")
    x.key("ctrl+v")
    w.wait(lambda: count(w, ORDERS) == 2, 5, "the paste")
    w.settle()
    assert count(w, ORDERS) == 2 and count(w, CHECKOUT) == 2
    assert any(c["label"] == f"{ORDERS}. Actions, Onboarding" for c in w.cards())
    assert any(c["label"].startswith(f"{CHECKOUT}, ") and c["label"].endswith("Touchpoints, Onboarding") for c in w.cards())
    assert "Paste 2 cards" in w.tooltip("undo")
    w.shot("pasted-on-the-same-map")
    x.key("ctrl+z")
    w.wait(lambda: count(w, ORDERS) == 1, 5, "the undo")
    assert count(w, CHECKOUT) == 1, "one Ctrl+Z takes the whole paste back"
    x.key("ctrl+shift+z")
    w.wait(lambda: count(w, ORDERS) == 2 and count(w, CHECKOUT) == 2, 5, "the redo")
    w.settle()

    # Onto another map.
    w.choose("#map-select", maps[b2b])
    w.wait(lambda: b2b in w.text("map-header"), 10, "the other map")
    w.click_cell("Actions", "Motivation")
    x.key("ctrl+v")
    w.wait(lambda: count(w, ORDERS) == 1, 5, "the paste on the other map")
    w.settle()
    assert count(w, CHECKOUT) == 1
    w.shot("pasted-on-another-map")

    # Ctrl+D duplicates the pasted cards (they are selected), as one step.
    x.key("ctrl+d")
    w.wait(lambda: count(w, ORDERS) == 2, 5, "the duplicate")
    w.settle()
    assert count(w, CHECKOUT) == 2
    assert "Duplicate 2 cards" in w.tooltip("undo")
    w.shot("duplicated")

    # In a text field Ctrl+C copies text: select a card, copy its text from
    # the inspector, paste it into the command palette's search field.
    w.click_card(NEWSLETTERS)
    w.press("[data-testid=inspector-text]")
    w.wait(lambda: w.focused().get("testid") == "inspector-text", 5, "the inspector's text field")
    x.key("ctrl+a", "ctrl+c")
    x.key("ctrl+k")
    w.wait(lambda: w.focused().get("testid") == "command-search", 5, "the command palette")
    x.key("ctrl+v")
    w.wait(lambda: w.focused().get("value") == NEWSLETTERS, 5, "the text to be pasted in the search field")
    w.shot("text-pasted-in-a-field")
    x.key("Escape")
    w.wait(lambda: not w.js("return !!document.querySelector('[data-testid=command-palette]')"), 5, "the palette to close")
    assert "Copied 1 card." not in w.toasts(), w.toasts()
    # ...and the cards copied before are still what Ctrl+V pastes on the map.
    w.click_cell("Actions", "Expansion")
    x.key("ctrl+v")
    w.wait(lambda: count(w, ORDERS) == 3, 5, "the second paste on this map")
    w.settle()
    assert count(w, NEWSLETTERS) == 1
    assert w.errors() == []
    w.quit()

    # In the file: 2 cards more on the first map, 6 on the second, one
    # history step per paste and per duplicate.
    now = {m["title"]: m["cards"] for m in info(path)["maps"]}
    assert now[shop] == start[shop] + 2 and now[b2b] == start[b2b] + 6, (start, now)
    steps = sqlite(path, f"SELECT json_extract(label, '$.key') || ':' || json_extract(label, '$.args.count') FROM history WHERE seq > {history0} ORDER BY seq").split()
    assert steps == ["history-paste-cards:2", "history-paste-cards:2", "history-duplicate-cards:2", "history-paste-cards:2"], steps
