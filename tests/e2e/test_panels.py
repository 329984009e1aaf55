"""The side panels and dialogs: personas with a photo, the touchpoint palette,
maps (duplicate as future state, switch kind) and the export dialog."""

import subprocess

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import cli, sqlite
from waymark import plain


def invoke(w, command: str, args: dict):
    """Call a shell command the way the page does (the native file dialogs
    that would normally supply the path cannot be driven by WebDriver)."""
    return w.d.execute_async_script(
        """
        const [cmd, args, done] = arguments;
        window.__TAURI_INTERNALS__.invoke(cmd, args)
          .then(v => done({ok: v}), e => done({err: e}));
        """,
        command,
        args,
    )


def photo(path):
    """Write a 64x48 PNG (a warm gradient), made with zlib alone."""
    import struct
    import zlib

    w, h = 64, 48
    raw = b"".join(b"\x00" + bytes([200, 120 + y, 40]) * w for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    path.write_bytes(png)
    return path


def test_a_persona_gets_a_photo_and_appears_on_the_map_header(launch, workdir):
    path = workdir / "persona.waymark"
    cli("new", str(path), "--template", "service")
    w = launch(path)
    w.testid("personas-toggle").click()
    w.testid("new-persona").click()
    w.settle()
    name = w.testid("persona-name")
    name.send_keys(Keys.CONTROL, "a")
    name.send_keys("Олена Коваль", Keys.TAB)
    w.settle()
    quote = w.d.find_element(By.ID, "persona-quote")
    quote.send_keys("نمی‌خواهم منتظر بمانم", Keys.TAB)
    w.settle()
    persona = w.js("return document.querySelector('[data-photo-drop]').dataset.photoDrop")
    result = invoke(w, "set_image", {"target": {"kind": "persona", "persona": persona}, "path": str(photo(workdir / "olena.png"))})
    assert "ok" in result, result
    # "Show on this map" is a checkbox in the panel.
    w.d.find_element(By.CSS_SELECTOR, "[data-testid=link-persona] input[type=checkbox]").click()
    w.settle()
    w.d.refresh()  # the page reloads from the shell's state, as after a crash of the page
    w.wait(lambda: w.testid("map-header"), 20, "the map after reload")
    header = plain(w.js("return document.querySelector('[data-testid=map-header]').textContent"))
    assert "Олена Коваль" in header and "نمی‌خواهم منتظر بمانم" in header, header
    img = w.js("const i = document.querySelector('[data-testid=header-persona] img'); return i && i.complete && i.naturalWidth")
    assert img == 64, img
    w.testid("personas-toggle").click()
    w.shot("persona-linked")
    w.quit()
    assert sqlite(path, "SELECT name || '|' || quote || '|' || (photo_id IS NOT NULL) FROM personas").strip() == "Олена Коваль|نمی‌خواهم منتظر بمانم|1"
    assert sqlite(path, "SELECT width || 'x' || height FROM assets").strip() == "64x48"


def test_a_channel_dragged_from_the_palette_makes_a_touchpoint_card(launch, workdir):
    path = workdir / "palette.waymark"
    cli("new", str(path), "--template", "b2c")
    w = launch(path)
    before = len(w.cards())
    source = w.rect("[data-testid=channel-email]")
    x, y = w.cell_point("Touchpoints", "Usage")
    w.drag(source["x"] + 12, source["y"] + 12, x, y, steps=20)
    cards = w.cards()
    assert len(cards) == before + 1
    # Screen readers hear the channel's name.
    new = [c for c in cards if "channel Email" in c["label"] and "Usage" in c["label"]]
    assert new, [c["label"] for c in cards if "Usage" in c["label"]]
    # Dropping a channel on an existing touchpoint card changes its channel.
    card = w.card("Chat with a running coach")
    source = w.rect("[data-testid=channel-phone]")
    w.drag(source["x"] + 12, source["y"] + 12, card["x"] + card["w"] / 2, card["y"] + card["h"] / 2, steps=20)
    assert "channel Phone" in w.card("Chat with a running coach")["label"]
    w.shot("palette-drops")
    assert w.errors() == []


def test_a_future_state_is_made_from_the_current_one(launch, workdir):
    path = workdir / "future.waymark"
    cli("new", str(path), "--template", "b2b")
    w = launch(path)
    n = len(w.cards())
    w.testid("duplicate-future").click()
    w.settle()
    w.wait(lambda: "Future state" in w.testid("map-header").text, 10, "the future map")
    assert "from B2B software" in w.text("map-header")
    assert len(w.cards()) == n
    w.select("map-kind", "service_blueprint")
    assert "Service blueprint" in w.testid("map-header").text
    w.undo()
    assert "Future state" in w.testid("map-header").text
    w.shot("future-state")
    w.quit()
    kinds = sqlite(path, "SELECT kind FROM maps ORDER BY sort_key").split()
    assert kinds == ["current_state", "future_state"]


def test_the_export_dialog_previews_pages_and_writes_the_pdf(launch, workdir):
    path = workdir / "export.waymark"
    cli("import", "assets/samples/car-service.json", str(path))
    w = launch(path)
    w.testid("export").click()
    w.wait(lambda: w.js("const i = document.querySelector('[data-testid=export-dialog] img'); return i && i.complete && i.naturalWidth > 0"), 20, "the preview")
    assert "1 page" in w.text("export-summary") or "pages" in w.text("export-summary")
    # A4 landscape (remembered default), as a poster.
    from selenium.webdriver.support.ui import Select

    Select(w.d.find_element(By.ID, "export-page")).select_by_value("a4")
    poster = [e for e in w.d.find_elements(By.CSS_SELECTOR, "[data-testid=export-dialog] label") if "poster" in e.text]
    poster[0].click()
    w.wait(lambda: "pages" in w.text("export-summary") and "A4 landscape" in w.text("export-summary"), 20, "the poster summary")
    pages = int(w.text("export-summary").split()[0])
    assert pages > 2, w.text("export-summary")
    w.wait(lambda: w.js("return document.querySelectorAll('[data-testid=export-dialog] svg rect').length") > 1, 10, "page outlines")
    # Every tile's number can be read: it lies inside the preview picture.
    outside = w.js(
        """
        const img = document.querySelector('[data-testid=export-dialog] img').getBoundingClientRect();
        return [...document.querySelectorAll('[data-testid=export-dialog] svg text')].filter(t => {
          const b = t.getBoundingClientRect();
          return b.width === 0 || b.left < img.left || b.top < img.top || b.right > img.right || b.bottom > img.bottom;
        }).map(t => t.textContent);
        """
    )
    assert outside == [], outside
    w.shot("export-dialog")
    request = w.js(
        """
        return {format: 'pdf', map: document.querySelector('#map-select').value, all: false, page: 'a4',
                landscape: true, poster: true, scale: 2, transparent: false, personas: true};
        """
    )
    out = workdir / "poster.pdf"
    result = invoke(w, "export_file", {"request": request, "path": str(out)})
    assert "ok" in result, result
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    counted = int(next(l for l in info.splitlines() if l.startswith("Pages:")).split()[1])
    assert counted == pages, (pages, info)
    assert "Page size:       841.89 x 595.28 pts (A4)" in info or "(A4)" in info, info
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Müştərinin" in text
    # The dialog remembers the last choices.
    assert invoke(w, "export_settings", {})["ok"]["poster"] is True
    w.keys(Keys.ESCAPE)
    assert not w.d.find_elements(By.CSS_SELECTOR, "[data-testid=export-dialog]")
