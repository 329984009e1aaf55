"""The pseudo-locale (`en-XA`: every word accented and lengthened, as longer
languages are) in the real window: no control of the main views (toolbar,
palette, inspector with a card selected, personas panel, export dialog)
clips or overflows its words. Each view is also kept as a screenshot to
look at."""

import json

from test_real_language import forget_language

from conftest import cli

# A control clips or overflows when its content is wider or taller than its
# box. Text fields, selects' lists, the canvas and scrolling panels scroll
# by design and are left out.
OVERFLOWING = """
const out = [];
const skip = 'input, textarea, [data-testid=canvas], .inspector, .personas, .palette, .viewport, svg, option';
for (const el of document.querySelectorAll('button, label, select, h1, h2, h3, .label, [role=tab], .badge, summary, legend, a')) {
  if (el.closest(skip) && el.matches(skip)) continue;
  const r = el.getBoundingClientRect();
  // Zero-size or 1-pixel boxes are hidden for screen readers on purpose.
  if (r.width <= 1 || r.height <= 1) continue;
  const s = getComputedStyle(el);
  if (s.visibility === 'hidden' || s.display === 'none') continue;
  const wide = el.scrollWidth > el.clientWidth + 1;
  const tall = el.scrollHeight > el.clientHeight + 2;
  if (wide || tall) out.push({what: el.tagName.toLowerCase() + (el.dataset.testid ? '#' + el.dataset.testid : ''),
    text: el.textContent.trim().slice(0, 60), box: [Math.round(el.clientWidth), Math.round(el.clientHeight)],
    content: [el.scrollWidth, el.scrollHeight]});
}
return out;
"""


def overflowing(w) -> list:
    return w.js(OVERFLOWING)


def test_no_control_clips_its_words_in_the_pseudo_locale(launch, workdir, home):
    settings = home / "waymark" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    saved = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    settings.write_text(json.dumps({**saved, "language": "en-XA"}), encoding="utf-8")
    path = workdir / "pseudo.waymark"
    cli("new", str(path), "--template", "b2c")
    try:
        w = launch(path)
        export = w.js("return document.querySelector('[data-testid=export]').textContent.trim()")
        assert export != "Export" and len(export) > len("Export"), export
        found = {}
        w.shot("editor")
        found["editor"] = overflowing(w)
        # Cards keep the map's words (not the UI's): select the first one.
        w.click_card(w.cards()[0]["label"][:10])
        w.shot("inspector")
        found["inspector"] = overflowing(w)
        w.press("[data-testid=personas-toggle]")
        w.settle()
        w.shot("personas")
        found["personas"] = overflowing(w)
        w.press("[data-testid=personas-toggle]")
        w.press("[data-testid=export]")
        w.wait(lambda: w.js("return !!document.querySelector('[data-testid=export-dialog]')"), 5, "the export dialog")
        w.settle()
        w.shot("export")
        found["export"] = overflowing(w)
        bad = {k: v for k, v in found.items() if v}
        assert bad == {}, json.dumps(bad, ensure_ascii=False, indent=1)
    finally:
        forget_language(home)
