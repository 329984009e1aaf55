"""Every language passes axe-core in the real window: the editor with a map,
its inspector and the personas panel, in Azerbaijani, English, Latvian,
Persian (right to left, on a Persian map), Turkish and Ukrainian, with 0
serious or critical violations. The language is chosen from the native
menu with real keys, as a person would."""

from conftest import cli
from test_real_language import LANGUAGES, choose_language, forget_language


def serious(w) -> list:
    return [(v["id"], v["help"], [(n["target"], n["html"][:200]) for n in v["nodes"]][:3]) for v in w.axe()]


def test_every_language_has_no_serious_accessibility_violation(launch, workdir, home):
    path = workdir / "a11y.waymark"
    cli("new", str(path), "--template", "service", "--lang", "fa")
    try:
        w = launch(path)
        found = {}
        for lang in LANGUAGES:
            if w.js("return document.documentElement.lang") != lang:
                choose_language(w, lang)
            found[lang] = serious(w)
            # With the personas panel open too.
            w.press("[data-testid=personas-toggle]")
            w.settle()
            found[lang] += serious(w)
            w.press("[data-testid=personas-toggle]")
            w.settle()
        w.shot("last-language")
        assert {k: v for k, v in found.items() if v} == {}
        assert w.errors() == []
    finally:
        forget_language(home)
