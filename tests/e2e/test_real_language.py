"""The UI's language, chosen from the native Language menu with real keys
(F10 opens the menu bar, arrows walk it, Enter chooses): the whole window
switches at once without a restart, an undo step made in English reads in
Ukrainian afterwards, the choice is remembered at the next start, and in
Persian the document and the native menu bar run right to left."""

import json

from conftest import cli
from support import Screen

# The Language menu's place in the bar (File, Edit, View, Map, Language,
# Help) and its items' order: the catalogs' tags, sorted.
LANGUAGE_MENU = 4
LANGUAGES = ["az", "en", "fa", "lv", "tr", "uk"]


def choose_language(w, lang: str):
    """Language > <lang> through the menu bar, by keyboard as a person would."""
    x = w.x
    # In a right-to-left bar the next menu is to the left, as the eye sees it.
    onward = "Left" if w.js("return document.documentElement.dir") == "rtl" else "Right"
    x.activate()
    x.key("F10")
    for _ in range(LANGUAGE_MENU):
        x.key(onward)
    for _ in range(LANGUAGES.index(lang) + 1):
        x.key("Down")
    x.key("Return")
    w.wait(lambda: w.js("return document.documentElement.lang") == lang, 10, f"the window in {lang}")
    w.settle()


def page(w) -> dict:
    return w.js(
        """
        const undo = document.querySelector('[data-testid=undo]');
        return {lang: document.documentElement.lang, dir: document.documentElement.dir,
                text: document.body.innerText, undo: undo ? undo.title : null};
        """
    )


def menu_bar_text_from_left(w) -> int:
    """How far from the window's left edge the menu bar's first letter is
    (the first dark pixel in the bar's strip, read from the X screen)."""
    if w.x.offset is None:
        w.x.calibrate()
    ox, oy = (int(round(v)) for v in w.x.offset)
    width, bar = w.js("return [innerWidth, outerHeight - innerHeight]")
    assert bar > 10, f"no menu bar above the page ({bar} px)"
    screen = Screen(w.display)
    try:
        img = screen.grab(ox, oy - bar, width, bar)
    finally:
        screen.close()
    first = width
    for y in range(bar):
        row = img[4 * width * y : 4 * width * (y + 1)]
        for x in range(width):
            b, g, r = row[4 * x], row[4 * x + 1], row[4 * x + 2]
            if max(r, g, b) < 110:
                first = min(first, x)
                break
    return first


def forget_language(home):
    """Back to following the system, for the tests after this one."""
    f = home / "waymark" / "settings.json"
    if f.exists():
        s = json.loads(f.read_text(encoding="utf-8"))
        s.pop("language", None)
        s.pop("menu", None)
        f.write_text(json.dumps(s), encoding="utf-8")


def test_the_language_menu_switches_the_whole_window_and_is_remembered(launch, workdir, home):
    path = workdir / "language.waymark"
    cli("new", str(path), "--template", "b2c")
    try:
        w = launch(path)
        before = page(w)
        assert before["lang"] == "en" and "Export" in before["text"], before

        # An edit in English: its undo step is stored as a key, not a sentence.
        w.click_card("Runs three times a week")
        w.x.key("ctrl+d")
        w.settle()
        assert "Duplicate" in page(w)["undo"], page(w)

        choose_language(w, "uk")
        after = page(w)
        w.shot("ukrainian")
        assert after["dir"] == "ltr"
        assert "Експортувати" in after["text"], after["text"][:400]
        assert "Export" not in after["text"], after["text"][:400]
        assert "Duplicate" not in after["undo"] and "Скасувати" in after["undo"], after["undo"]
        w.quit()

        # The next start opens in Ukrainian from its first paint.
        w = launch(path)
        again = page(w)
        assert again["lang"] == "uk" and "Експортувати" in again["text"], again

        choose_language(w, "fa")
        persian = page(w)
        w.shot("persian")
        assert persian["dir"] == "rtl", persian
        assert "Export" not in persian["text"]
        # The native menu bar mirrors too: its first menu at the right.
        width = w.js("return innerWidth")
        assert menu_bar_text_from_left(w) > width / 2, "the Persian menu bar still starts at the left"

        choose_language(w, "en")
        assert page(w)["dir"] == "ltr" and "Export" in page(w)["text"]
        assert menu_bar_text_from_left(w) < 60, "the English menu bar does not start at the left"
    finally:
        forget_language(home)
