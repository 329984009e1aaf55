"""The UI's language, chosen from the native Language menu with real keys
(F10 opens the menu bar, arrows walk it, Enter chooses): the whole window
switches at once without a restart, an undo step made in English reads in
Ukrainian afterwards, the choice is remembered at the next start, and in
Persian the document runs right to left."""

import json

from conftest import cli

# The Language menu's place in the bar (File, Edit, View, Map, Language,
# Help) and its items' order: the catalogs' tags, sorted.
LANGUAGE_MENU = 4
LANGUAGES = ["az", "en", "fa", "lv", "tr", "uk"]


def choose_language(w, lang: str):
    """Language > <lang> through the menu bar, by keyboard as a person would."""
    x = w.x
    x.activate()
    x.key("F10")
    for _ in range(LANGUAGE_MENU):
        x.key("Right")
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

        choose_language(w, "en")
        assert page(w)["dir"] == "ltr" and "Export" in page(w)["text"]
    finally:
        forget_language(home)
