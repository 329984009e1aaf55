"""Screen and exports agree on explicit direction controls: a card that
starts with a right-to-left override (U+202E) shows its Latin letters
reversed in the real window, as the core lays them out for the PDF and the
PNG (the browser does not reorder a run the layout has already ordered)."""

import json

from conftest import cli, sqlite


def test_a_right_to_left_override_reads_the_same_on_screen_as_in_the_exports(launch, workdir):
    path = workdir / "bidi.waymark"
    cli("new", str(path), "--template", "blank")
    lane, stage = sqlite(
        path,
        "SELECT l.id || ' ' || s.id FROM lanes l, stages s WHERE l.kind = 'actions' "
        "ORDER BY s.sort_key LIMIT 1",
    ).split()
    extra = workdir / "card.json"
    extra.write_text(json.dumps({"type": "add_card", "lane": lane, "stage": stage, "content": {"text": "\u202eabc"}}))
    cli("apply", str(path), str(extra))

    w = launch(path)
    xs = w.js(
        """
        const t = [...document.querySelectorAll('.layer.world g.card text')].find(e => e.textContent.includes('abc'));
        if (!t) return null;
        const i = t.textContent.indexOf('a');
        const at = (k) => { const r = document.createRange(); r.setStart(t.firstChild, k); r.setEnd(t.firstChild, k + 1); return r.getBoundingClientRect().x; };
        // Where each letter is drawn (a Range's box follows the visual order;
        // getStartPositionOfChar does not).
        return [at(i), at(i + 2)];
        """
    )
    w.shot("override")
    assert xs, "the card's text is not drawn"
    a, c = xs
    assert a > c, f"'a' at {a} is left of 'c' at {c}: the screen shows abc, the exports cba"
