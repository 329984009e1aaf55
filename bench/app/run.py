#!/usr/bin/env python3
"""The app benchmark: Waymark's real window against a blank Tauri 2 window.

Run with `tests/e2e/.venv/bin/python bench/app/run.py` after
`cd ui && npx vite build` and
`cargo build --release -p waymark-app -p blank-window` (see README.md).

In one run, under one private Xvfb display (and a private D-Bus session bus):

1. Start time: each app is spawned directly N times (alternating, after one
   discarded warm-up launch each) while the X screen is polled through
   libX11's XGetImage. Times are from spawn to the window being mapped, to
   the first paint of the page (the content area leaves the GTK window
   colour), to the first contentful paint (the content area is no longer one
   flat colour: text or UI is visible; the headline figure) and to the last
   visual change wider than 128 px before the screen stays still for a
   second (the overlay scrollbar fading out does not count).
2. Memory: after that quiet second and a 2 s settle, the PSS
   (/proc/PID/smaps_rollup) of the app process and all its descendants
   (WebKitWebProcess, WebKitNetworkProcess) is summed.
3. Frame times: the 2,000-card map is opened through tauri-driver and
   WebKitWebDriver; once the app has gone quiet (map tiles painted), a
   requestAnimationFrame recorder is installed in the page and a card is
   dragged in a loop over the visible cells with W3C pointer actions (a move
   every 16 ms for --seconds). The same recorder with the page idle gives
   the baseline. The recorder also times, per pointermove, the page's script
   (handler plus the framework's DOM update) and the style and layout it
   causes, and per frame the work after the frame callbacks; CPU time per
   process and thread (/proc) shows what the machine spent it on.

4. The floor: before the launches, Waymark's first screen of the 500-card
   map is copied as a static page (its markup with the cards in view, its
   style sheets and fonts; no script, no IPC) and the blank window shows it
   (`blank-window --page DIR`), launched in turn with the others. No page
   that draws the same picture in this window can start sooner or hold
   less; Waymark is reported against it as well as against the blank window.

The baseline draws the way Waymark does on this machine: where there is
no GPU, Waymark turns WebKit's compositing off (src-tauri/src/rendering.rs),
so the blank window gets WEBKIT_DISABLE_COMPOSITING_MODE=1 too; the blank
window with WebKit's default is launched as well, for reference.

`--diagnose` adds, in the same run: drags on 100- and 500-card maps; drags
with one cost taken away by CSS or script injected into the page (the
ghost's shadow, the cards, the ghost itself, hit testing, off-screen cards)
and in WebKit's other drawing mode; a box moved every frame with no page
work (what one frame costs here); and two per-event costs against the
number of cards (a hit test, a cursor change). Nothing on disk changes.

It prints a Markdown table and exits 0 whether or not the targets are met:
it is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))
from support import Screen, start_tauri_driver, wait_for  # noqa: E402 - found through the path above
RELEASE = ROOT / "target" / "release"
APP = RELEASE / "waymark-app"
BLANK = RELEASE / "blank-window"
SCREEN = (1600, 1000)
WINDOW = (1440, 900)

FRAME_TARGET_MS = 16.7
# Against the floor (Waymark's first screen as a static page), issue #14.
FLOOR_START_TARGET = 1.05
FLOOR_PSS_TARGET = 1.10
RATIO_TARGET = 1.15


# ----------------------------------------------------------------- numbers


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), linear between closest ranks."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo = math.floor(k)
    hi = math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(v: float) -> str:
    return "n/a" if v != v else f"{v:.1f} ms"


def mib(kib: float) -> str:
    return "n/a" if kib != kib else f"{kib / 1024:.0f} MiB"


def ratio(a: float, b: float) -> float:
    return a / b if b and a == a and b == b else float("nan")


# ----------------------------------------------------------------- maps


def uid(n: int) -> str:
    """A UUID v7-shaped id numbered n."""
    return f"01900000-0000-7000-8000-{n:012x}"


CARD_LANES = [
    "actions",
    "touchpoints",
    "thoughts",
    "pain_points",
    "opportunities",
    "front_stage",
    "back_stage",
    "metrics",
    "goals",
    "notes",
]
WORDS = [
    "Looks up opening hours on the website",
    "Asks a friend which garage is good",
    "Books a slot for Tuesday morning",
    "Waits for the call back",
    "Is not sure what the repair will cost",
    "Pays at the desk",
    "Reads the invoice twice",
    "Gets the car back, washed",
    "Запис на сервіс онлайн",
    "Rezervē laiku tiešsaistē",
    "نوبت آنلاین را رزرو می‌کند",
]


def journey(stages: int, per_cell: int, title: str) -> dict:
    """A project with one map: `stages` columns, ten card lanes and one
    emotions lane, `per_cell` cards in every card cell (10 * stages *
    per_cell cards), kind-specific fields filled in."""
    stage_list = [{"id": uid(0x1000 + i), "name": f"Stage {i + 1}", "width": 240} for i in range(stages)]
    lanes = []
    for i, kind in enumerate(CARD_LANES[:2] + ["emotions"] + CARD_LANES[2:]):
        name = "Feelings" if kind == "emotions" else f"{kind.replace('_', ' ').capitalize()} {i + 1}"
        lanes.append({"id": uid(0x2000 + i), "kind": kind, "name": name, "height": 160 if kind == "emotions" else 120})
    cards = []
    n = 0
    for lane in lanes:
        if lane["kind"] == "emotions":
            continue
        for s, stage in enumerate(stage_list):
            for c in range(per_cell):
                card = {"id": uid(0x10000 + n), "stage": stage["id"], "lane": lane["id"], "text": WORDS[(n * 7 + s) % len(WORDS)]}
                kind = lane["kind"]
                if kind == "touchpoints":
                    card["channel"] = ["website", "email", "phone", "store", "chat"][n % 5]
                elif kind == "pain_points":
                    card["severity"] = ["low", "medium", "high"][n % 3]
                elif kind == "opportunities":
                    card["impact"] = ["high", "medium"][n % 2]
                    card["effort"] = ["low", "medium", "high"][n % 3]
                elif kind in ("front_stage", "back_stage"):
                    card["owner"] = ["Service desk", "Workshop"][n % 2]
                elif kind == "metrics":
                    card["metric"] = {"name": "CSAT", "unit": "/5", "current": 3.5 + (n % 5) / 10, "target": 4.5}
                cards.append(card)
                n += 1
    emotion_lane = next(lane["id"] for lane in lanes if lane["kind"] == "emotions")
    emotions = [
        {"id": uid(0x8000 + i), "lane": emotion_lane, "stage": st["id"], "value": (i * 3) % 5 - 2, "critical": i % 7 == 3}
        for i, st in enumerate(stage_list)
    ]
    return {
        "format": "waymark-project",
        "version": 1,
        "project": {"id": uid(1), "title": title},
        "maps": [
            {
                "id": uid(2),
                "title": title,
                "kind": "current_state",
                "scenario": "A generated journey for the app benchmark.",
                "stages": stage_list,
                "lanes": lanes,
                "cards": cards,
                "emotions": emotions,
            }
        ],
    }


def make_map(cli: Path, work: Path, cards: int) -> Path:
    stages, per_cell = {100: (5, 2), 500: (25, 2), 2000: (50, 4)}[cards]
    doc = journey(stages, per_cell, f"Benchmark map, {cards} cards")
    assert len(doc["maps"][0]["cards"]) == cards
    src = work / f"map-{cards}.json"
    dst = work / f"map-{cards}.waymark"
    src.write_text(json.dumps(doc, ensure_ascii=False))
    out = subprocess.run([str(cli), "import", str(src), str(dst)], capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        sys.exit(f"bench: `waymark import` failed: {out.stderr.strip()}")
    return dst


# ----------------------------------------------------------------- environment


class Session:
    """Xvfb, a private D-Bus session bus and a throwaway home, shared by every
    launch of the run; stopped (only what it started) on exit."""

    def __init__(self, work: Path):
        self.procs: list[subprocess.Popen] = []
        for n in range(150, 200):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        else:
            raise RuntimeError("no free X display number")
        self.display = f":{n}"
        xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-br", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.procs.append(xvfb)
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{n}").exists(), 10, "Xvfb")
        home = work / "home"
        home.mkdir()
        self.env = dict(os.environ)
        self.env.update(
            DISPLAY=self.display,
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            WAYMARK_CONFIG_DIR=str(home / "waymark"),
            GDK_BACKEND="x11",
            NO_AT_BRIDGE="1",
        )
        self.env.pop("WAYLAND_DISPLAY", None)
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # A desktop has a session bus (Waymark's single-instance check uses
        # it); a private one keeps this run apart from any other.
        if shutil.which("dbus-daemon"):
            bus = subprocess.Popen(
                ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=self.env,
            )
            self.procs.append(bus)
            address = bus.stdout.readline().strip() if bus.stdout else ""
            if address:
                self.env["DBUS_SESSION_BUS_ADDRESS"] = address

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()


# ----------------------------------------------------------------- processes


def process_table() -> dict[int, tuple[int, str, str]]:
    """pid -> (parent pid, state, command name) of every process."""
    table = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        table[int(d)] = (int(fields[1]), fields[0], name)
    return table


def tree(pid: int) -> list[int]:
    """The process and all its live descendants."""
    table = process_table()
    children: dict[int, list[int]] = {}
    for p, (parent, state, _) in table.items():
        if state != "Z":
            children.setdefault(parent, []).append(p)
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        if p in table and table[p][1] != "Z":
            out.append(p)
        todo.extend(children.get(p, []))
    return out


def pss_kib(pids: list[int]) -> tuple[int, dict[str, int]]:
    """Summed PSS of the processes, and PSS by command name."""
    total, by_name = 0, {}
    table = process_table()
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    kib = int(line.split()[1])
                    total += kib
                    name = table.get(p, (0, "", "?"))[2]
                    by_name[name] = by_name.get(name, 0) + kib
                    break
        except OSError:
            pass
    return total, by_name


def cpu_seconds(pids: list[int]) -> dict[str, float]:
    """CPU time (user + system) used so far, by process and thread name
    ("WebKitWebProces/CompositingRunLoop"); threads of one name summed."""
    tick = os.sysconf("SC_CLK_TCK")
    table = process_table()
    out: dict[str, float] = {}
    for p in pids:
        proc = table.get(p, (0, "", "?"))[2]
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for t in tasks:
            try:
                stat = Path(f"/proc/{p}/task/{t}/stat").read_text()
            except OSError:
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            key = f"{proc}/{'main' if t == str(p) else name}"
            out[key] = out.get(key, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine so far, in clock ticks."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def busy_cores(before: dict, after: dict, m0: tuple[int, int], m1: tuple[int, int], wall_s: float) -> dict:
    """Average cores kept busy by the app and by the whole machine (other
    work on the machine shows as the difference, minus Xvfb and the driver)."""
    tick = os.sysconf("SC_CLK_TCK")
    app = sum(after.values()) - sum(before.values())
    machine = (m1[0] - m0[0]) / tick
    return {"app_cores": app / wall_s if wall_s else float("nan"), "machine_cores": machine / wall_s if wall_s else float("nan")}


def cpu_used(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    keys = set(before) | set(after)
    used = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in keys}
    return {k: round(v, 2) for k, v in sorted(used.items(), key=lambda kv: -kv[1]) if v >= 0.05}


def stop(proc: subprocess.Popen, pids: list[int]):
    """End a launched app and wait until none of its processes is left."""
    if proc.poll() is None:
        proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)
    await_exit(pids, 5, "the app's processes")


def await_exit(pids: list[int], timeout: float, what: str):
    """Wait until none of `pids` runs any more (zombies count as gone);
    SIGKILL what is left after `timeout` seconds."""

    def gone():
        table = process_table()
        return all(p not in table or table[p][1] == "Z" for p in pids)

    try:
        wait_for(gone, timeout, f"{what} to end")
    except TimeoutError:
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        wait_for(gone, 5, f"{what} to be killed")


# ----------------------------------------------------------------- the X screen


def flat(b: bytes) -> bool:
    """Every pixel the same."""
    return b == b[:4] * (len(b) // 4)


CHUNK = 64  # pixels


def wide_change(a: bytes, b: bytes, width: int) -> bool:
    """Whether two frames differ over more than two 64-pixel columns (on
    every fourth row). Narrower changes, such as the overlay scrollbar
    fading out or a caret, do not count as drawing."""
    if len(a) != len(b):
        return True
    line = 4 * width
    step = 4 * CHUNK
    cols = set()
    for y in range(0, len(a) // line, 4):
        o = y * line
        if a[o : o + line] == b[o : o + line]:
            continue
        for x in range(0, line, step):
            if a[o + x : o + x + step] != b[o + x : o + x + step]:
                cols.add(x // step)
        if max(cols) - min(cols) >= 2:
            return True
    return False


def launch(screen: Screen, env: dict, cmd: list[str], settle: float, chrome: int | None = None) -> dict:
    """Spawn an app, watch the screen until it has been still for a second,
    let it settle, measure its memory, end it. Times in ms from spawn.
    `chrome` is the height of the window's own rows above the page (the menu
    bar) when it is known: Waymark's menu bar is built by its page, so it
    appears after the window is mapped, and read from the first frame it
    would count as the page's first content."""
    w, h = WINDOW
    black = b"\0\0\0\0"
    res: dict = {"mapped": None, "paint": None, "contentful": None, "drawn": None}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = t0 + 60
        top = 0
        bg = b""
        prev = b""
        last_change = 0.0
        while True:
            now = time.perf_counter()
            if now > deadline:
                raise TimeoutError(f"{cmd[0]} did not finish drawing within 60 s")
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited with code {proc.returncode} while starting")
            if res["mapped"] is None:
                frame = screen.grab(0, 0, w, h)
                if frame[:4] != black and frame[-4:] != black:
                    t = (time.perf_counter() - t0) * 1000
                    res["mapped"] = t
                    # The GTK window colour, read at the bottom edge; rows at
                    # the top that differ from it are the menu bar, not page.
                    bg = frame[-4 * (w // 2) : -4 * (w // 2) + 4]
                    row = bg * w
                    for y in range(min(48, h)):
                        if frame[4 * w * y : 4 * w * (y + 1)] != row:
                            top = y + 1
                    if chrome is not None:
                        top = chrome
                    res["content_top"] = top
                    prev = frame[4 * w * top :]
                    last_change = t
                    if not (prev == bg * (len(prev) // 4)):
                        res["paint"] = t
                    if not flat(prev):
                        res["contentful"] = t
            else:
                area = screen.grab(0, top, w, h - top)
                t = (time.perf_counter() - t0) * 1000
                if res["paint"] is None and area != bg * (len(area) // 4):
                    res["paint"] = t
                if res["contentful"] is None and not flat(area):
                    res["contentful"] = t
                if area != prev and wide_change(area, prev, w):
                    last_change = t
                    prev = area
                elif res["contentful"] is not None and t - last_change >= 1000:
                    res["drawn"] = last_change
                    break
            time.sleep(0.008)
        time.sleep(settle)
        pids = tree(proc.pid)
        res["pss_kib"], res["pss_by_name"] = pss_kib(pids)
        res["processes"] = len(pids)
    finally:
        stop(proc, tree(proc.pid) + [proc.pid])
    return res


# WebKitGTK's switch; set and not "0", WebKit draws without compositing.
COMPOSITING_SWITCH = "WEBKIT_DISABLE_COMPOSITING_MODE"


def waymark_composites(env: dict) -> bool:
    """Whether Waymark will composite under `env`: its shell
    (src-tauri/src/rendering.rs) turns compositing off when nobody set the
    switch and the machine has no GPU render node."""
    if COMPOSITING_SWITCH in env:
        return env[COMPOSITING_SWITCH] == "0"
    return any(Path("/dev/dri").glob("renderD*"))


# Waymark's first screen as it stands once drawn, for a static copy: the
# body's markup without scripts and without the cards outside the view (the
# first paint draws only those in view), and the page's style sheets.
FIRST_SCREEN = """
const c = document.querySelector('[data-testid=canvas]').getBoundingClientRect();
const out = [];
for (const g of document.querySelectorAll('.layer.world g.card')) {
  const r = g.getBoundingClientRect();
  if (r.right < c.left || r.left > c.right || r.bottom < c.top || r.top > c.bottom) { out.push(g); g.dataset.benchOut = '1'; }
}
const body = document.body.cloneNode(true);
for (const g of out) delete g.dataset.benchOut;
for (const e of body.querySelectorAll('[data-bench-out], script')) e.remove();
const sheets = [...document.querySelectorAll('link[rel=stylesheet]')].map(l => l.getAttribute('href'));
return {body: body.outerHTML, sheets, lang: document.documentElement.lang,
        cards: body.querySelectorAll('.layer.world g.card').length, runs: body.querySelectorAll('.layer.world text').length,
        chrome: window.outerHeight - window.innerHeight};
"""


def floor_page(session: Session, project: Path, work: Path) -> dict:
    """Write Waymark's first screen of `project` as a static page (same
    markup, style sheets and fonts; no script, no IPC) for the blank window's
    `--page` mode: the cheapest way a Tauri 2 window can show that picture,
    so its start and memory are a floor for Waymark's. Captured from a
    window with its own settings, so the launches timed later see none."""
    dist = ROOT / "ui" / "dist"
    home = work / "floor-home"
    env = {"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"), "WAYMARK_CONFIG_DIR": str(home / "waymark")}
    driver = Driver(session, work / "floor-driver.log", env)
    try:
        w = Driven(driver.url, project, driver.proc.pid)
        try:
            shot = w.js(FIRST_SCREEN)
        finally:
            w.quit()
    finally:
        driver.close()
    page = work / "floor-page"
    shutil.copytree(dist / "assets", page / "assets", ignore=shutil.ignore_patterns("*.js"))
    links = "".join(f'<link rel="stylesheet" href="{h}">' for h in shot["sheets"])
    (page / "index.html").write_text(
        f'<!doctype html><html lang="{shot["lang"] or "en"}"><head><meta charset="utf-8"><title>Waymark</title>{links}</head>'
        f"{shot['body']}</html>",
        encoding="utf-8",
    )
    return {"dir": page, "cards": shot["cards"], "runs": shot["runs"], "chrome": int(shot["chrome"])}


def start_and_memory(session: Session, runs: int, project: Path, floor: Path | None = None, chrome: int | None = None) -> dict:
    """Launch Waymark and the blank window in turn. The baseline draws the
    way Waymark does on this machine (both without compositing where there
    is no GPU); where that differs from WebKit's default, the blank window
    with WebKit's default is launched too, for reference. With `floor`, the
    blank window also shows that static copy of Waymark's first screen."""
    screen = Screen(session.display)
    composites = waymark_composites(session.env)
    same_mode = {**session.env, COMPOSITING_SWITCH: "0" if composites else "1"}
    webkit_default = {k: v for k, v in session.env.items() if k != COMPOSITING_SWITCH}
    apps = {
        "waymark": ([str(APP), str(project)], session.env, chrome),
        "blank": ([str(BLANK)], same_mode, None),
    }
    if floor:
        apps["floor"] = ([str(BLANK), "--page", str(floor)], same_mode, None)
    if not composites:
        apps["blank_composited"] = ([str(BLANK)], webkit_default, None)
    out: dict = {k: [] for k in apps}
    out["composites"] = composites
    try:
        for name, (cmd, env, top) in apps.items():  # warm-up: disk cache, font cache, first-run files
            print(f"  warm-up launch of {name}", file=sys.stderr)
            launch(screen, env, cmd, 0.2, top)
        for i in range(runs):
            for name, (cmd, env, top) in apps.items():
                r = launch(screen, env, cmd, 2.0, top)
                out[name].append(r)
                print(
                    f"  run {i + 1}/{runs} {name}: mapped {r['mapped']:.0f} ms, first paint {r['paint']:.0f} ms, "
                    f"contentful {r['contentful']:.0f} ms, drawn {r['drawn']:.0f} ms, PSS {r['pss_kib'] / 1024:.0f} MiB "
                    f"in {r['processes']} processes",
                    file=sys.stderr,
                )
    finally:
        screen.close()
    return out


# ----------------------------------------------------------------- frame times

RECORDER = """
const b = window.__bench = {on: true, frames: [], render: [], moves: [], js: [], layout: [], downs: [], ups: []};
const mc = new MessageChannel();
let rafAt = 0;
mc.port1.onmessage = () => { b.render.push([rafAt, performance.now() - rafAt]); };
const loop = (t) => {
  if (!b.on) return;
  b.frames.push(t);
  rafAt = performance.now();
  mc.port2.postMessage(0);
  requestAnimationFrame(loop);
};
requestAnimationFrame(loop);
let start = 0;
b.capture = (e) => { start = performance.now(); if (e.type === 'pointermove') b.moves.push(start);
                     else if (e.type === 'pointerdown') b.downs.push(start); else b.ups.push(start); };
b.bubble = (e) => {
  if (e.type !== 'pointermove') return;
  const t = performance.now();
  b.js.push(t - start);
  // Force the style and layout the move caused now, to time them apart
  // from painting (they would run at the next frame anyway).
  void document.body.offsetHeight;
  b.layout.push(performance.now() - t);
};
for (const t of ['pointermove', 'pointerdown', 'pointerup']) {
  window.addEventListener(t, b.capture, true);
  window.addEventListener(t, b.bubble, false);
}
"""

COLLECT = """
const b = window.__bench; b.on = false;
for (const t of ['pointermove', 'pointerdown', 'pointerup']) {
  window.removeEventListener(t, b.capture, true);
  window.removeEventListener(t, b.bubble, false);
}
let a = performance.now(), clock = Infinity;
const end = a + 50;
for (let t = a; t < end; t = performance.now()) { if (t > a) { clock = Math.min(clock, t - a); a = t; } }
return JSON.stringify({frames: b.frames, render: b.render, moves: b.moves, js: b.js, layout: b.layout, downs: b.downs, ups: b.ups,
                       clock: clock === Infinity ? null : clock});
"""

# A stand-in for a ghost drawn in its own layer and moved by the compositor:
# the page's ghost is hidden and a plain box follows the pointer by a CSS
# transform (for --diagnose only; nothing on disk changes).
OVERLAY_GHOST = """
const box = document.createElement('div');
box.id = 'bench-ghost';
box.style.cssText = 'position:fixed;left:0;top:0;width:110px;height:40px;background:#ddf4ff;border:1px solid #54aeff;' +
  'border-radius:6px;box-shadow:0 6px 10px rgba(0,0,0,.25);pointer-events:none;will-change:transform;z-index:99;opacity:.9';
document.body.appendChild(box);
window.addEventListener('pointermove', (e) => { box.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`; }, true);
const st = new CSSStyleSheet();
st.replaceSync('.layer .ghost { display: none !important; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, st];
"""


def frame_limit(clock_ms: float) -> float:
    """The frame target read on the page's clock: rAF times come in whole
    clock steps (1 ms in WebKitGTK), so a perfect 60 Hz run alternates 16
    and 17 ms; 16.7 ms rounded up to the clock is what counts as on time."""
    if not clock_ms or clock_ms != clock_ms:
        return FRAME_TARGET_MS
    return math.ceil(FRAME_TARGET_MS / clock_ms - 1e-9) * clock_ms


def summarize_frames(raw: dict, window: tuple[float, float] | None = None) -> dict:
    limit = frame_limit(raw.get("clock", 0))
    frames = raw["frames"]
    if window:
        lo, hi = window
        frames = [t for t in frames if lo <= t <= hi]
    intervals = [b - a for a, b in zip(frames, frames[1:])]
    renders = [r for at, r in raw["render"] if not window or window[0] <= at <= window[1]]
    span = (frames[-1] - frames[0]) if len(frames) > 1 else float("nan")
    return {
        "frames": len(frames),
        "span_ms": span,
        "median": median(intervals),
        "p95": percentile(intervals, 95),
        "max": max(intervals) if intervals else float("nan"),
        "over_target": sum(1 for i in intervals if i > limit + 1e-6),
        "limit": limit,
        "clock": raw.get("clock"),
        "intervals": len(intervals),
        "render_median": median(renders),
        "render_p95": percentile(renders, 95),
        "moves": len(raw["moves"]),
        "js_median": median(raw["js"]),
        "js_p95": percentile(raw["js"], 95),
        "layout_median": median(raw["layout"]),
        "layout_p95": percentile(raw["layout"], 95),
        "move_gap_median": median([b - a for a, b in zip(raw["moves"], raw["moves"][1:])]),
    }


class Driven:
    """One Waymark window opened through tauri-driver."""

    def __init__(self, url: str, project: Path | None, root: int, app: Path = APP):
        """`root`: the pid of tauri-driver, whose descendants are measured."""
        from selenium import webdriver
        from selenium.webdriver.common.options import ArgOptions
        from selenium.webdriver.remote.client_config import ClientConfig

        opts = ArgOptions()
        opts.set_capability("browserName", "wry")
        opts.set_capability("tauri:options", {"application": str(app), "args": [str(project)] if project else []})
        self.root = root
        # A bounded wait: if the app dies while starting, WebKitWebDriver
        # would otherwise keep the new-session request open for ever.
        self.d = webdriver.Remote(
            command_executor=url, options=opts, client_config=ClientConfig(remote_server_addr=url, timeout=180)
        )
        self.d.set_script_timeout(60)
        if app == APP:
            self.wait(lambda: self.js("return document.querySelectorAll('.layer.world g.card').length") > 0, 120, "the map")
            self.settle()
        else:
            time.sleep(1.0)

    def js(self, script: str, *args):
        return self.d.execute_script(script, *args)

    def wait(self, predicate, timeout: float, what: str):
        from selenium.common.exceptions import WebDriverException

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                if predicate():
                    return
            except WebDriverException:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"timed out waiting for {what}")

    def settle(self):
        time.sleep(0.3)
        self.wait(
            lambda: self.js("const c = document.querySelector('[data-testid=canvas]'); return !!c && c.dataset.pending === '0'"),
            60,
            "edits to finish",
        )
        time.sleep(0.5)

    def quit(self):
        """Close the window and wait until the app's processes are gone, so
        the next launch does not meet the old one (Waymark is single-instance)."""
        pids = self.app_pids()
        try:
            self.d.quit()
        except Exception:  # noqa: BLE001 - the window may already be gone
            pass
        await_exit(pids, 10, "the driven app")

    def geometry(self) -> dict:
        """The visible cells (the canvas less the sticky stage and lane
        headers, cut to the map), the card count and a card to drag: one
        fully in view, near the top left of the visible cells."""
        return self.js(
            """
            const rect = (sel) => document.querySelector(sel).getBoundingClientRect();
            const c = rect('[data-testid=canvas]');
            const world = rect('svg.layer.world'), stages = rect('svg.layer.stages'), lanes = rect('svg.layer.lanes');
            const cells = {x: Math.max(c.left, lanes.right), y: Math.max(c.top, stages.bottom)};
            cells.w = Math.min(c.right, world.right) - cells.x;
            cells.h = Math.min(c.bottom, world.bottom) - cells.y;
            const cards = [...document.querySelectorAll('.layer.world g.card')];
            const inside = cards.map(g => g.getBoundingClientRect())
              .filter(r => r.left > cells.x + 4 && r.top > cells.y + 4 && r.right < cells.x + cells.w * 0.5 && r.bottom < cells.y + cells.h * 0.5);
            inside.sort((a, b) => (a.left + a.top) - (b.left + b.top));
            const r = inside[0];
            return {cells, cards: cards.length, card: r ? {x: r.left + r.width / 2, y: r.top + r.height / 2} : null};
            """
        )

    def quiet(self, timeout: float = 30) -> float:
        """Wait until the app has used less than 5 % of a core for half a
        second (after a map opens, tiles go on being painted for a few
        seconds); returns the seconds waited."""
        began = time.monotonic()
        pids = self.app_pids()
        while time.monotonic() - began < timeout:
            before = cpu_seconds(pids)
            time.sleep(0.5)
            used = sum(v for k, v in cpu_seconds(pids).items()) - sum(before.values())
            if used < 0.025:
                break
        return time.monotonic() - began

    def app_pids(self) -> list[int]:
        """The app's processes (under WebKitWebDriver under tauri-driver)."""
        table = process_table()
        return [p for p in tree(self.root) if table.get(p, (0, "", ""))[2] not in ("tauri-driver", "WebKitWebDriver")]

    def record_idle(self, seconds: float) -> dict:
        waited = self.quiet()
        self.js(RECORDER)
        pids = self.app_pids()
        before, m0, t0 = cpu_seconds(pids), machine_jiffies(), time.perf_counter()
        time.sleep(seconds)
        after, m1, t1 = cpu_seconds(pids), machine_jiffies(), time.perf_counter()
        s = summarize_frames(json.loads(self.js(COLLECT)))
        s["cpu_s"] = cpu_used(before, after)
        s.update(busy_cores(before, after, m0, m1, t1 - t0))
        s["quiet_after_s"] = waited
        return s

    def record_drag(self, seconds: float, step_s: float = 0.016, press: bool = True) -> dict:
        """Press a card, move it along a loop over the visible map (many
        small moves with short pauses, as a hand does) and drop it. With
        `press` false the pointer only hovers along the same path."""
        from selenium.webdriver.common.actions.action_builder import ActionBuilder
        from selenium.webdriver.common.actions.interaction import POINTER_MOUSE
        from selenium.webdriver.common.actions.pointer_input import PointerInput

        g = self.geometry()
        if not g["card"]:
            raise RuntimeError("no card fully on screen to drag")
        c = g["cells"]
        x0, y0 = g["card"]["x"], g["card"]["y"]
        # A loop over the visible cells, 30 px inside them, so the ghost
        # stays over the map: right along the top, down, back left, up, then
        # to the middle, where the card is dropped.
        left, right = c["x"] + 30, c["x"] + c["w"] - 30
        top, bottom = c["y"] + 30, c["y"] + c["h"] - 30
        path = [(x0, y0), (right, top), (right, bottom), (left, bottom), (left, top), ((left + right) / 2, (top + bottom) / 2)]
        legs = [math.dist(a, b) for a, b in zip(path, path[1:])]
        steps = max(10, int(seconds / step_s))
        total = sum(legs)
        points = []
        for i in range(1, steps + 1):
            d = total * i / steps
            for k, leg in enumerate(legs):
                if d <= leg or k == len(legs) - 1:
                    (ax, ay), (bx, by) = path[k], path[k + 1]
                    f = min(1.0, d / leg) if leg else 1.0
                    points.append((ax + (bx - ax) * f, ay + (by - ay) * f))
                    break
                d -= leg
        ab = ActionBuilder(self.d, mouse=PointerInput(POINTER_MOUSE, "mouse"), duration=0)
        pa = ab.pointer_action
        pa.move_to_location(int(x0), int(y0))
        if press:
            pa.pointer_down()
        for x, y in points:
            pa.move_to_location(int(x), int(y))
            pa.pause(step_s)
        if press:
            pa.pointer_up()
        waited = self.quiet()
        self.js(RECORDER)
        time.sleep(0.1)
        pids = self.app_pids()
        before, m0 = cpu_seconds(pids), machine_jiffies()
        wall = time.perf_counter()
        ab.perform()
        wall = time.perf_counter() - wall
        after, m1 = cpu_seconds(pids), machine_jiffies()
        time.sleep(0.1)
        raw = json.loads(self.js(COLLECT))
        self.settle()
        if press and (not raw["downs"] or not raw["ups"]):
            raise RuntimeError("the drag did not reach the page")
        if not raw["moves"]:
            raise RuntimeError("no pointer move reached the page")
        span = (raw["downs"][0], raw["ups"][-1]) if press else (raw["moves"][0], raw["moves"][-1])
        s = summarize_frames(raw, span)
        s["drag_ms"] = span[1] - span[0]
        s["actions_wall_ms"] = wall * 1000
        s["planned_moves"] = len(points)
        s["cards"] = g["cards"]
        s["cpu_s"] = cpu_used(before, after)
        s.update(busy_cores(before, after, m0, m1, wall))
        s["quiet_after_s"] = waited
        return s

    def probes(self, cursor_on: str = "[data-testid=canvas]") -> dict:
        """Two costs that grow with the number of cards, timed in the page:
        one hit test (what WebKit does for every pointer event) and one
        change of the canvas's cursor (what hovering on and off a card does)
        followed by the style recalculation and layout it causes."""
        return self.js(
            """
            const v = document.querySelector(arguments[0]);
            const c = document.querySelector('[data-testid=canvas]').getBoundingClientRect();
            const pts = [];
            for (let i = 0; i < 200; i++) pts.push([c.left + 150 + ((i * 37) % 100) / 100 * (c.width - 200),
                                                   c.top + 100 + ((i * 61) % 100) / 100 * (c.height - 150)]);
            let t = performance.now();
            for (const [x, y] of pts) document.elementFromPoint(x, y);
            const hit = (performance.now() - t) / pts.length;
            const before = v.style.cursor;
            t = performance.now();
            for (let i = 0; i < 10; i++) { v.style.cursor = i % 2 ? 'default' : 'move'; void document.body.offsetHeight; }
            const cursor = (performance.now() - t) / 10;
            v.style.cursor = before;
            return {hit_test_ms: hit, cursor_change_ms: cursor, elements: document.querySelectorAll('.layer.world *').length};
            """,
            cursor_on,
        )

    def add_style(self, css: str):
        """Add CSS to the page. A constructed style sheet, because the app's
        CSP (style-src 'self') silently drops an injected <style> element:
        before 2026-12-04 the CSS-only `--diagnose` variants did nothing."""
        applied = self.js(
            "const s = new CSSStyleSheet(); s.replaceSync(arguments[0]);"
            "document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; return s.cssRules.length;",
            css,
        )
        if not applied:
            raise RuntimeError(f"the page took none of the CSS {css!r}")


class Driver:
    """tauri-driver on free ports, inside the session's display."""

    def __init__(self, session: Session, log: Path, extra_env: dict | None = None):
        if not shutil.which("tauri-driver"):
            sys.exit("bench: tauri-driver is not on PATH (cargo install tauri-driver --locked --version 2.1.0)")
        self.log = open(log, "w")
        self.proc, self.url = start_tauri_driver({**session.env, **(extra_env or {})}, self.log)

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def frame_times(driver: Driver, big: Path, seconds: float) -> dict:
    w = Driven(driver.url, big, driver.proc.pid)
    try:
        idle = w.record_idle(seconds)
        drag = w.record_drag(seconds)
    finally:
        w.quit()
    return {"idle": idle, "drag": drag}


# A box moved by a CSS transform on every frame: work for the compositor
# only (no page repaint), to show what one composited frame costs here.
ANIMATED_BOX = """
const box = document.createElement('div');
box.style.cssText = 'position:fixed;left:0;top:0;width:110px;height:40px;background:#ddf4ff;border:1px solid #54aeff;will-change:transform;z-index:99';
document.body.appendChild(box);
let x = 0;
const step = () => { x = (x + 7) % 1000; box.style.transform = `translate(${x}px, ${x / 2}px)`; requestAnimationFrame(step); };
requestAnimationFrame(step);
"""

# A transparent, childless element over the map layers (under the editors)
# that takes the pointer: hit tests stop at it, and a cursor set on it
# restyles nothing else. The canvas's own handlers still get every event.
SURFACE = """
const v = document.querySelector('[data-testid=canvas]');
const s = document.createElement('div');
s.id = 'bench-surface';
s.style.cssText = 'position:absolute;left:0;top:0;right:0;bottom:0;z-index:5;background:transparent';
v.appendChild(s);
"""

# Culling, emulated: the cards more than 200 px off screen are taken out of
# the DOM (the framework still holds them; the drag does not need them).
CULL = """
const c = document.querySelector('[data-testid=canvas]').getBoundingClientRect();
for (const g of [...document.querySelectorAll('.layer.world g.card')]) {
  const r = g.getBoundingClientRect();
  if (r.right < c.left - 200 || r.left > c.right + 200 || r.bottom < c.top - 200 || r.top > c.bottom + 200) g.remove();
}
"""

def diagnose(session: Session, driver: Driver, maps: dict[int, Path], seconds: float, work: Path) -> dict:
    """The same drag in variants that each take one cost away, what one
    composited frame costs with nothing but a moving box, and two per-event
    costs measured against the number of cards."""
    drags: list[tuple[str, dict]] = []
    floors: list[tuple[str, dict]] = []
    probes: dict[int, dict] = {}

    def run(label: str, project: Path | None, how: str, css: str | None = None, script: str | None = None, drv: Driver = driver):
        print(f"  {label}", file=sys.stderr)
        w = Driven(drv.url, project, drv.proc.pid, app=APP if project else BLANK)
        try:
            if css:
                w.add_style(css)
            if script:
                w.js(script)
                time.sleep(0.5)
            if how == "probe":
                w.quiet()
                n = w.js("return document.querySelectorAll('.layer.world g.card').length")
                probes[n] = w.probes()
                if n == 2000:
                    w.js(SURFACE)
                    probes["2,000 with a surface over the map"] = w.probes("#bench-surface")
                    w.js("document.getElementById('bench-surface').remove()")
                drags.append((label, w.record_drag(seconds)))
            elif how == "drag":
                drags.append((label, w.record_drag(seconds)))
            else:
                floors.append((label, w.record_idle(seconds)))
        finally:
            w.quit()

    run("blank window, idle", None, "idle")
    run("blank window, a box moved every frame", None, "idle", script=ANIMATED_BOX)
    run("Waymark, 2,000 cards, a box moved every frame (no drag)", maps[2000], "idle", script=ANIMATED_BOX)
    for cards in (100, 500, 2000):
        run(f"{cards:,}-card map, as shipped", maps[cards], "probe")
    run("2,000 cards, ghost without its shadow", maps[2000], "drag", css=".layer .ghost-shadow { display: none !important; }")
    run("2,000 cards, the map's cards hidden (ghost still drawn)", maps[2000], "drag", css=".layer.world g.card { display: none !important; }")
    run("2,000 cards, ghost hidden, a compositor-moved box instead", maps[2000], "drag", script=OVERLAY_GHOST)
    run("2,000 cards, a transparent surface over the map takes the pointer", maps[2000], "drag", script=SURFACE)
    run("2,000 cards, off-screen cards removed from the DOM (culling)", maps[2000], "drag", script=CULL)
    # The other drawing mode: compositing on where Waymark turns it off (no
    # GPU), off where Waymark composites.
    other_on = not waymark_composites(session.env)
    other = "compositing forced on (WEBKIT_DISABLE_COMPOSITING_MODE=0)" if other_on else "compositing off (WEBKIT_DISABLE_COMPOSITING_MODE=1)"
    plain = Driver(session, work / "tauri-driver-other-mode.log", {COMPOSITING_SWITCH: "0" if other_on else "1"})
    try:
        run(f"2,000 cards, {other}", maps[2000], "drag", drv=plain)
        run(f"2,000 cards, {other}, surface over the map", maps[2000], "drag", script=SURFACE, drv=plain)
        run(f"100-card map, {other}", maps[100], "drag", drv=plain)
        run(f"blank window, a box moved every frame, {other}", None, "idle", script=ANIMATED_BOX, drv=plain)
    finally:
        plain.close()
    return {"drags": drags, "floors": floors, "probes": probes}


# ----------------------------------------------------------------- report


def facts() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    webkit = "?"
    out = subprocess.run(["dpkg", "-s", "libwebkit2gtk-4.1-0"], capture_output=True, text=True)
    for line in out.stdout.splitlines():
        if line.startswith("Version:"):
            webkit = line.split(":", 1)[1].strip()
    mem = "?"
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "load": " / ".join(Path("/proc/loadavg").read_text().split()[:3]),
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "kernel": platform.release(),
        "webkitgtk": webkit,
    }


def busiest(cpu: dict[str, float], n: int = 5) -> str:
    return ", ".join(f"{k} {v:.1f} s" for k, v in list(cpu.items())[:n]) or "none"


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def report(f: dict, start: dict, frames: dict, diag: dict | None, runs: int, seconds: float, elapsed: float) -> str:
    wm, bl = start["waymark"], start["blank"]
    bc = start.get("blank_composited")
    mode = "WebKit composites (a GPU is there)" if start["composites"] else (
        "no GPU: Waymark turns WebKit's compositing off, and so does the baseline; WebKit's default would composite "
        "through Mesa llvmpipe on the CPU")
    d, i = frames["drag"], frames["idle"]
    limit = d["limit"]

    def col(rs, key):
        return [r[key] for r in rs if r.get(key) is not None]

    def times(label, key, target):
        a, b = col(wm, key), col(bl, key)
        r = ratio(median(a), median(b))
        return (
            f"| {label}, median (p95) | {ms(median(a))} ({ms(percentile(a, 95))}) | {ms(median(b))} ({ms(percentile(b, 95))}) "
            f"| {r:.2f}x | {'<= 1.15x' if target else ''} | {verdict(r <= RATIO_TARGET) if target else ''} |"
        )

    pss_w, pss_b = col(wm, "pss_kib"), col(bl, "pss_kib")
    pss_r = ratio(median(pss_w), median(pss_b))
    lines = [
        f"App benchmark, {f['date']}",
        "",
        f"Machine: {f['nproc']} cores ({f['cpu']}), {f['memory']} RAM, Linux {f['kernel']}, WebKitGTK {f['webkitgtk']}; "
        f"Xvfb {SCREEN[0]}x{SCREEN[1]}x24 ({mode}), window {WINDOW[0]}x{WINDOW[1]}. "
        f"Load average at start {f['load']}, at end {f.get('load_after', '?')}. Run took {elapsed:.0f} s.",
        f"Start and memory: {runs} launches of each app, alternating, after one warm-up launch each; Waymark opens a 500-card map, "
        f"the baseline is a blank Tauri 2 window (bench/blank-window). Frames: a {seconds:.0f} s card drag and {seconds:.0f} s idle "
        f"on a 2,000-card map, requestAnimationFrame intervals on the page's {ms(d['clock'] or float('nan'))} clock.",
        "",
        "| measure | Waymark | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
        times("start: spawn to window mapped", "mapped", False),
        times("start: spawn to first paint of the page", "paint", False),
        times("start: spawn to first contentful paint", "contentful", True),
        times("start: spawn to fully drawn (then still for 1 s)", "drawn", False),
        f"| start: window mapped to first contentful paint (without the mapping time's noise), median (p95) "
        f"| {ms(median(after_map(wm)))} ({ms(percentile(after_map(wm), 95))}) | {ms(median(after_map(bl)))} ({ms(percentile(after_map(bl), 95))}) "
        f"| {ratio(median(after_map(wm)), median(after_map(bl))):.2f}x | | |",
        f"| memory: PSS of the app and its WebKit processes, median (max) | {mib(median(pss_w))} ({mib(max(pss_w))}) "
        f"| {mib(median(pss_b))} ({mib(max(pss_b))}) | {pss_r:.2f}x | <= 1.15x | {verdict(pss_r <= RATIO_TARGET)} |",
    ]
    if bc:
        c_a, c_b = col(wm, "contentful"), col(bc, "contentful")
        p_b = col(bc, "pss_kib")
        lines += [
            f"| for reference: blank window with WebKit's default (compositing on), first contentful paint | "
            f"{ms(median(c_a))} | {ms(median(c_b))} | {ratio(median(c_a), median(c_b)):.2f}x | | |",
            f"| for reference: blank window with WebKit's default (compositing on), PSS | {mib(median(pss_w))} | "
            f"{mib(median(p_b))} | {ratio(median(pss_w), median(p_b)):.2f}x | | |",
        ]
    fl = start.get("floor")
    if fl:
        fp = start.get("floor_page", {})
        what = (f"Waymark's first screen as a static page ({fp.get('cards', '?')} cards, {fp.get('runs', '?')} text runs; "
                "no script, no IPC) in the blank window")
        c_f, c_w, c_b = col(fl, "contentful"), col(wm, "contentful"), col(bl, "contentful")
        p_f = col(fl, "pss_kib")
        lines += [
            f"| floor: {what}, first contentful paint, median (p95) | {ms(median(c_f))} ({ms(percentile(c_f, 95))}) "
            f"| {ms(median(c_b))} | {ratio(median(c_f), median(c_b)):.2f}x | | |",
            f"| floor: the same static page, PSS, median | {mib(median(p_f))} | {mib(median(pss_b))} "
            f"| {ratio(median(p_f), median(pss_b)):.2f}x | | |",
            f"| Waymark against the floor: first contentful paint | {ms(median(c_w))} | {ms(median(c_f))} (floor) "
            f"| {ratio(median(c_w), median(c_f)):.2f}x | <= {FLOOR_START_TARGET:.2f}x | {verdict(ratio(median(c_w), median(c_f)) <= FLOOR_START_TARGET)} |",
            f"| Waymark against the floor: window mapped to first contentful paint, median (p95) "
            f"| {ms(median(after_map(wm)))} ({ms(percentile(after_map(wm), 95))}) | {ms(median(after_map(fl)))} (floor) "
            f"| {ratio(median(after_map(wm)), median(after_map(fl))):.2f}x | | |",
            f"| Waymark against the floor: PSS | {mib(median(pss_w))} | {mib(median(p_f))} (floor) "
            f"| {ratio(median(pss_w), median(p_f)):.2f}x | <= {FLOOR_PSS_TARGET:.2f}x | {verdict(ratio(median(pss_w), median(p_f)) <= FLOOR_PSS_TARGET)} |",
        ]
    lines += [
        f"| frame interval dragging a card, 2,000 cards, median | {ms(d['median'])} | {ms(i['median'])} (page idle) "
        f"| {ratio(d['median'], i['median']):.2f}x | | |",
        f"| frame interval dragging a card, 2,000 cards, p95 | {ms(d['p95'])} | {ms(i['p95'])} (page idle) "
        f"| {ratio(d['p95'], i['p95']):.2f}x | <= 16.7 ms (<= {limit:.0f} ms on the clock) | {verdict(d['p95'] <= limit + 1e-6)} |",
        f"| frame interval dragging a card, 2,000 cards, max | {ms(d['max'])} | {ms(i['max'])} (page idle) | | | |",
        f"| frames longer than {limit:.0f} ms | {d['over_target']} of {d['intervals']} | {i['over_target']} of {i['intervals']} (page idle) | | | |",
        "",
        f"The drag: {d['moves']} pointermoves reached the page in {d['drag_ms'] / 1000:.1f} s ({d['planned_moves']} sent 16 ms apart; "
        f"WebKitWebDriver waits for each to be handled, so a slow page stretches the drag); per pointermove the page's script "
        f"took {ms(d['js_median'])} median ({ms(d['js_p95'])} p95) and the style and layout it caused {ms(d['layout_median'])} "
        f"({ms(d['layout_p95'])}); the work after each frame's callbacks (painting, compositing, tasks) took "
        f"{ms(d['render_median'])} ({ms(d['render_p95'])}). The app kept {d['app_cores']:.2f} cores busy, the machine "
        f"{d['machine_cores']:.2f} of {f['nproc']}.",
        f"CPU time during the drag by process/thread: {busiest(d['cpu_s'])}. While idle: {busiest(i['cpu_s'])}.",
        "PSS by process, medians: Waymark " + pss_by_name(wm) + "; blank window " + pss_by_name(bl)
        + (("; blank window, WebKit's default " + pss_by_name(bc)) if bc else "")
        + (("; the static first screen " + pss_by_name(fl)) if fl else "") + ".",
    ]
    if diag:
        lines += [
            "",
            "Diagnosis (--diagnose): the same drag with one cost taken away each time, by CSS or script injected into the page "
            "or by an environment variable; nothing on disk changes.",
            "",
            f"| drag | frame median | frame p95 | frame max | frames > {limit:.0f} ms | script per move, median (p95) "
            "| style + layout per move, median (p95) | after-frame work, median (p95) | moves / duration | cores: app / machine "
            "| busiest threads (CPU s) |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for label, r in [("2,000-card map, as shipped (main run)", d)] + diag["drags"]:
            lines.append(
                f"| {label} | {ms(r['median'])} | {ms(r['p95'])} | {ms(r['max'])} | {r['over_target']} of {r['intervals']} "
                f"| {ms(r['js_median'])} ({ms(r['js_p95'])}) | {ms(r['layout_median'])} ({ms(r['layout_p95'])}) "
                f"| {ms(r['render_median'])} ({ms(r['render_p95'])}) | {r['moves']} / {r['drag_ms'] / 1000:.1f} s "
                f"| {r['app_cores']:.2f} / {r['machine_cores']:.2f} | {busiest(r['cpu_s'], 3)} |"
            )
        lines += [
            "",
            f"| no input, {seconds:.0f} s | frame median | frame p95 | frame max | frames > {limit:.0f} ms | cores: app / machine | busiest threads (CPU s) |",
            "|---|---|---|---|---|---|---|",
        ]
        for label, r in [("2,000-card map, idle (main run)", i)] + diag["floors"]:
            lines.append(
                f"| {label} | {ms(r['median'])} | {ms(r['p95'])} | {ms(r['max'])} | {r['over_target']} of {r['intervals']} "
                f"| {r['app_cores']:.2f} / {r['machine_cores']:.2f} | {busiest(r['cpu_s'], 3)} |"
            )
        lines += [
            "",
            "| cards | elements in the map's SVG | one hit test (`elementFromPoint`) | one cursor change on the canvas + the restyle it causes |",
            "|---|---|---|---|",
        ]
        for n, p in diag["probes"].items():
            lines.append(f"| {n:,} | {p['elements']:,} | {p['hit_test_ms']:.2f} ms | {ms(p['cursor_change_ms'])} |" if isinstance(n, int)
                         else f"| {n} | {p['elements']:,} | {p['hit_test_ms']:.2f} ms | {ms(p['cursor_change_ms'])} |")
    return "\n".join(lines)


def after_map(rs: list[dict]) -> list[float]:
    """Per launch, the time from the window being mapped to its first
    contentful paint: how long the page itself took to show something."""
    return [r["contentful"] - r["mapped"] for r in rs if r.get("contentful") is not None and r.get("mapped") is not None]


def pss_by_name(rs: list[dict]) -> str:
    names: dict[str, list[int]] = {}
    for r in rs:
        for n, k in r["pss_by_name"].items():
            names.setdefault(n, []).append(k)
    return ", ".join(f"{n} {mib(median(v))}" for n, v in sorted(names.items()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7, help="launches of each app for start time and memory (default 7)")
    ap.add_argument("--seconds", type=float, default=4.0, help="length of the drag and of the idle baseline (default 4)")
    ap.add_argument("--diagnose", action="store_true", help="also run drag variants that show where frame time goes")
    ap.add_argument("--json", type=Path, help="also write every number to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory (maps, logs)")
    args = ap.parse_args()

    missing = [p for p in (APP, BLANK) if not p.exists()]
    if missing:
        sys.exit(
            "bench: missing " + ", ".join(str(p.relative_to(ROOT)) for p in missing)
            + "; build them with `cd ui && npx vite build` then `cargo build --release -p waymark-app -p blank-window`"
        )
    cli = next((p for p in (RELEASE / "waymark", ROOT / "target" / "debug" / "waymark") if p.exists()), None)
    if not cli:
        sys.exit("bench: the waymark CLI is missing; build it with `cargo build --release -p waymark`")
    for tool in ("Xvfb",):
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is not installed")

    f = facts()
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="waymark-bench-app-"))
    session = None
    driver = None
    try:
        print(f"bench: generating maps in {work}", file=sys.stderr)
        maps = {n: make_map(cli, work, n) for n in ((100, 500, 2000) if args.diagnose else (500, 2000))}
        session = Session(work)
        print(f"bench: display {session.display}; start time and memory", file=sys.stderr)
        print("bench: Waymark's first screen as a static page (the floor)", file=sys.stderr)
        floor = floor_page(session, maps[500], work)
        print(f"bench: Waymark's menu bar is {floor['chrome']} px tall", file=sys.stderr)
        start = start_and_memory(session, args.runs, maps[500], floor["dir"], floor["chrome"])
        start["floor_page"] = {"cards": floor["cards"], "runs": floor["runs"], "chrome": floor["chrome"]}
        print("bench: frame times (tauri-driver)", file=sys.stderr)
        driver = Driver(session, work / "tauri-driver.log")
        frames = frame_times(driver, maps[2000], args.seconds)
        diag = diagnose(session, driver, maps, args.seconds, work) if args.diagnose else None
        elapsed = time.monotonic() - began
        f["load_after"] = facts()["load"]
        print(report(f, start, frames, diag, args.runs, args.seconds, elapsed))
        if args.json:
            args.json.write_text(
                json.dumps({"facts": f, "start": start, "frames": frames, "diagnose": diag, "elapsed_s": elapsed}, indent=1)
            )
    finally:
        if driver:
            driver.close()
        if session:
            session.close()
        if args.keep:
            print(f"bench: kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
