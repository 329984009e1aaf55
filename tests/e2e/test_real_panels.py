"""The side panels and the map switcher with real X input: the personas
panel (photo drop zone, choosing a persona again, "Show on this map"), the
map switcher after "Duplicate as future state", and a map's review state in
the inspector."""

import datetime

import pytest

from conftest import cli, info, sqlite
from waymark import center


def open_personas(w):
    w.press("[data-testid=personas-toggle]")
    w.wait(lambda: w.js("return !!document.querySelector('[data-testid=persona-panel]')"), 5, "the personas panel")
    w.settle()


def new_persona(w, name: str):
    """New persona, then type its name in the panel's name field."""
    x = w.x
    w.press("[data-testid=new-persona]")
    w.wait(lambda: w.js("const n = document.querySelector('[data-testid=persona-name]'); return !!n && n.value === 'New persona'"), 5, "the new persona's form")
    w.settle()
    w.press("[data-testid=persona-name]")
    w.wait(lambda: w.focused().get("testid") == "persona-name", 5, "the name field")
    x.key("ctrl+a")
    x.type(name)
    x.key("Tab")
    w.settle()


def picks(w) -> list[tuple[str, bool, bool]]:
    """The panel's list of personas: name, whether chosen, whether marked as on this map."""
    rows = w.js(
        """
        return [...document.querySelectorAll('[data-testid=persona-pick]')].map(b => [
          b.querySelector('span[dir=auto]').textContent, b.getAttribute('aria-pressed') === 'true', !!b.querySelector('.badge')]);
        """
    )
    return [tuple(r) for r in rows]


def link_box(w) -> dict:
    return w.js(
        """
        const l = document.querySelector('[data-testid=link-persona]');
        const i = l.querySelector('input[type=checkbox]');
        const b = i.getBoundingClientRect();
        return {checked: i.checked, text: l.textContent.replace(/[\\u2068\\u2069]/g, '').trim(), x: b.left, y: b.top, w: b.width, h: b.height};
        """
    )


def test_the_photo_drop_zone_is_big_enough_to_aim_at(launch, workdir):
    path = workdir / "photo.waymark"
    cli("new", str(path), "--template", "service")
    w = launch(path)
    open_personas(w)
    new_persona(w, "Olena Koval")
    zone = w.rect("[data-testid=persona-photo]")
    w.shot("photo-zone")
    assert zone["h"] >= 80 and zone["w"] >= 80, zone
    assert "Drop a photo here" in w.text("persona-photo")


def test_with_two_personas_the_first_can_be_chosen_again(launch, workdir):
    path = workdir / "two.waymark"
    cli("new", str(path), "--template", "service")
    w = launch(path)
    open_personas(w)
    new_persona(w, "Olena Koval")
    new_persona(w, "Rəşad Əliyev")
    w.shot("two-personas")
    # Both are listed, the one made last is the one shown.
    listed = picks(w)
    assert listed == [("Olena Koval", False, False), ("Rəşad Əliyev", True, False)], f"the list of personas reads {listed} (name, chosen, on this map)"
    x, y = w.js(
        """
        const b = [...document.querySelectorAll('[data-testid=persona-pick]')].find(b => b.querySelector('span[dir=auto]').textContent === arguments[0]);
        const r = b.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
        """,
        "Olena Koval",
    )
    w.x.click(x, y)
    w.wait(lambda: w.testid("persona-name").get_attribute("value") == "Olena Koval", 5, "Olena's form")
    assert [p[1] for p in picks(w)] == [True, False]
    w.shot("first-chosen-again")
    assert w.errors() == []
    w.quit()
    assert sorted(sqlite(path, "SELECT name FROM personas").splitlines()) == ["Olena Koval", "Rəşad Əliyev"]


def test_show_on_this_map_puts_the_persona_in_the_map_header(launch, workdir):
    path = workdir / "link.waymark"
    cli("new", str(path), "--template", "service")
    w = launch(path)
    x = w.x
    open_personas(w)
    new_persona(w, "Олена Коваль")
    assert "Олена Коваль" not in w.text("map-header")
    box = link_box(w)
    assert not box["checked"] and box["text"].startswith("Show on this map"), box
    # What the user sees after each click is gathered, so one run tells all of it.
    seen = []

    # Tick "Show on this map": the header shows the persona, the box says so.
    x.click(*center(box))
    w.wait(lambda: "Олена Коваль" in w.text("map-header") or w.errors(), 5, "the persona in the map header")
    w.settle()
    box = link_box(w)
    w.shot("shown-on-map")
    if "Олена Коваль" not in w.text("map-header"):
        seen.append(f"after ticking, the header lacks the persona: {w.text('map-header')!r}")
    if not box["checked"]:
        seen.append("after ticking, the box is not ticked")
    if not box["text"].startswith("Shown on this map"):
        seen.append(f"after ticking, the box still reads {box['text']!r}")
    if picks(w) != [("Олена Коваль", True, True)]:
        seen.append(f"after ticking, the list of personas reads {picks(w)} (name, chosen, marked on this map)")

    # Untick it: the persona leaves the header.
    x.click(*center(box))
    w.wait(lambda: "Олена Коваль" not in w.text("map-header") or w.errors(), 5, "the persona to leave the header")
    w.settle()
    box = link_box(w)
    w.shot("taken-off-map")
    if w.errors():
        seen.append(f"after unticking, an error: {w.errors()}")
    if "Олена Коваль" in w.text("map-header"):
        seen.append("after unticking, the persona is still in the map header")
    if box["checked"] or not box["text"].startswith("Show on this map"):
        seen.append(f"after unticking, the box is {'ticked' if box['checked'] else 'not ticked'} and reads {box['text']!r}")
    w.quit()
    on_map = sqlite(path, "SELECT count(*) FROM map_personas").strip()
    if on_map != "0":
        seen.append(f"the file links {on_map} persona(s) to the map")
    keys = sqlite(path, "SELECT json_extract(label, '$.key') FROM history ORDER BY seq").split()
    if keys[-2:] != ["history-link-persona", "history-unlink-persona"]:
        seen.append(f"the history ends {keys[-2:]}")
    assert not seen, "\n".join(seen)


# The map switcher: a map and its future state must not read the same, and
# the one shown must not be cut off. A template's short title, and the
# bundled sample's long one.
@pytest.mark.parametrize("source", ["service", "sample"])
def test_the_map_switcher_tells_a_map_from_its_future_state(launch, workdir, source):
    path = workdir / f"switcher-{source}.waymark"
    if source == "sample":
        cli("import", "assets/samples/car-service.json", str(path))
    else:
        cli("new", str(path), "--template", source)
    maps_before = len(info(path)["maps"])
    w = launch(path)
    title = w.js("return document.querySelector('[data-testid=map-header] h1').textContent")
    w.press("[data-testid=duplicate-future]")
    w.wait(lambda: "Future state" in w.text("map-header") and "(future state)" in w.text("map-header"), 10, "the future state map")
    w.settle()
    w.shot("future-state-shown")

    options = [o for o in w.js("return [...document.querySelectorAll('#map-select option')].map(o => o.textContent)")]
    assert len(options) == maps_before + 1
    assert len(set(options)) == len(options), options
    current, future = [o for o in options if o.replace("\u2068", "").replace("\u2069", "").startswith(title)][:2]
    assert current != future

    def cut_by(select: str = "#map-select") -> float:
        """How many px of the chosen option's text the select lacks: a copy of
        it holding only that option, free to take its natural width, against
        the select as it is."""
        return w.js(
            """
            const s = document.querySelector(arguments[0]);
            const copy = s.cloneNode(true);
            copy.removeAttribute('id');
            copy.style.width = 'auto';
            copy.style.maxWidth = 'none';
            copy.style.position = 'absolute';
            copy.style.visibility = 'hidden';
            [...copy.options].forEach((o, i) => { if (i !== s.selectedIndex) o.remove(); });
            s.parentNode.appendChild(copy);
            const need = copy.getBoundingClientRect().width;
            copy.remove();
            return need - s.getBoundingClientRect().width;
            """,
            select,
        )

    shown = w.js("const s = document.querySelector('#map-select'); return s.options[s.selectedIndex].textContent")
    assert shown == future, (shown, future)
    assert cut_by() <= 0.5, f"the switcher cuts {cut_by():.0f} px off {shown!r}"

    # Back to the current map with the switcher: it is shown whole too.
    value = w.js("return [...document.querySelectorAll('#map-select option')].find(o => o.textContent === arguments[0]).value", current)
    w.choose("#map-select", value)
    w.wait(lambda: "Future state" not in w.text("map-header"), 10, "the current map")
    w.shot("current-map-shown")
    assert cut_by() <= 0.5, f"the switcher cuts {cut_by():.0f} px off {current!r}"


@pytest.fixture(scope="module")
def review_window(module_launch, module_workdir):
    path = module_workdir / "review.waymark"
    cli("new", str(path), "--template", "b2b")
    return path, module_launch(path)


def test_a_map_never_reviewed_says_so(review_window):
    path, w = review_window
    # Nothing selected: the inspector shows the map.
    assert w.js("return !!document.querySelector('[data-testid=map-title]')")
    assert w.text("map-never-reviewed") == "Never reviewed"
    dated = w.js("return [...document.querySelectorAll('[data-testid=inspector] input[type=date]')].map(i => i.value)")
    assert dated == [], f"a date field is shown for a map never reviewed: {dated}"
    assert w.text("review") == "Never reviewed"
    w.shot("never-reviewed")


def test_reviewed_today_shows_the_date(review_window):
    path, w = review_window
    today = datetime.date.today()
    w.press("[data-testid=reviewed-today]")
    w.wait(lambda: w.text("review") != "Never reviewed", 5, "the header to show the review")
    w.settle()
    w.shot("reviewed-today")
    assert w.text("review") == f"Reviewed {today.strftime('%b')} {today.day}, {today.year}", w.text("review")
    assert not w.js("return !!document.querySelector('[data-testid=map-never-reviewed]')"), "the inspector still says Never reviewed"
    assert w.js("const d = document.querySelector('[data-testid=map-reviewed]'); return d && d.value") == today.isoformat()
    w.quit()
    assert sqlite(path, "SELECT last_reviewed FROM maps").strip() == today.isoformat()
