"""End-to-end fixtures: a virtual X display, tauri-driver (which drives the
real Waymark window through WebKitWebDriver) and a temporary home, so the
tests never touch the user's settings. Screenshots go to tests/artifacts/e2e.
"""

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from support import start_tauri_driver, wait_for

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts" / "e2e"
APP = Path(os.environ.get("WAYMARK_APP", ROOT / "target" / "debug" / "waymark-app")).resolve()
CLI = Path(os.environ.get("WAYMARK_CLI", ROOT / "target" / "debug" / "waymark")).resolve()


@pytest.fixture(scope="session")
def home():
    """A throwaway home: settings, recent files and window state land here."""
    with scratch("waymark-e2e-home-") as d:
        yield d


@pytest.fixture(scope="session")
def display(home):
    """An Xvfb display for the whole session (tauri-driver must start inside
    it), with a window manager (openbox): windows get frames and keyboard
    focus the way they do on a desktop, which real X input (xinput.py)
    depends on."""
    for n in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    else:
        raise RuntimeError("no free X display number")
    name = f":{n}"
    xvfb = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{n}").exists(), 10, "Xvfb")
    wm_env = {
        "DISPLAY": name,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    wm = subprocess.Popen(["openbox"], env=wm_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wm_up():
        if wm.poll() is not None:
            raise RuntimeError(f"openbox exited with {wm.returncode}")
        # Desktops are a window manager's (EWMH): xdotool can count them once openbox runs.
        return subprocess.run(["xdotool", "get_num_desktops"], env=wm_env, capture_output=True).returncode == 0

    try:
        wait_for(wm_up, 10, "openbox")
    except BaseException:
        wm.kill()
        xvfb.terminate()
        raise
    yield name
    for proc in (wm, xvfb):
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def bus():
    """A private D-Bus session bus: the single-instance hand-over goes over it."""
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = proc.stdout.readline().strip()
    assert address, "dbus-daemon printed no address"
    yield address
    proc.terminate()
    proc.wait(5)


@pytest.fixture(scope="session")
def app_env(display, home, bus):
    """The environment the app runs in: the virtual display, the temp home, the private bus."""
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        WAYMARK_CONFIG_DIR=str(home / "waymark"),
        DBUS_SESSION_BUS_ADDRESS=bus,
        GDK_BACKEND="x11",
        NO_AT_BRIDGE="1",
        # The UI follows the system's language until one is chosen: the
        # tests read English words, whatever the machine's locale.
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("LANGUAGE", None)
    env.pop("LC_MESSAGES", None)
    return env


@pytest.fixture(scope="session")
def driver_url(app_env):
    """tauri-driver on a free port, with the virtual display and the temp home."""
    assert APP.exists(), f"{APP} is missing: run `make app` first"
    log = open(ARTIFACTS.parent / "tauri-driver.log", "w") if ARTIFACTS.parent.exists() else subprocess.DEVNULL
    proc, url = start_tauri_driver(app_env, log)
    yield url
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session", autouse=True)
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def workdir():
    with scratch("waymark-e2e-") as d:
        yield d


@pytest.fixture
def launch(driver_url, display, request):
    """Open the real Waymark window on a project file; closed after the test."""
    with windows(driver_url, display, ARTIFACTS / request.node.name) as start:
        yield start


@pytest.fixture(scope="module")
def module_workdir():
    """A folder for the project files a whole test module shares."""
    with scratch("waymark-e2e-") as d:
        yield d


@pytest.fixture(scope="module")
def module_launch(driver_url, display, request):
    """Like `launch`, but the window lives for the whole module, so checks
    that do not disturb each other share one start of the app."""
    with windows(driver_url, display, ARTIFACTS / request.module.__name__) as start:
        yield start


@contextlib.contextmanager
def scratch(prefix: str):
    """A temporary folder, removed afterwards."""
    d = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


@contextlib.contextmanager
def windows(driver_url: str, display: str, shots: Path):
    """A way to open real Waymark windows (screenshots in `shots`, emptied
    first so none is left from an earlier run); all closed afterwards."""
    from waymark import Window

    opened: list[Window] = []
    shutil.rmtree(shots, ignore_errors=True)

    def start(path: Path, ready: str = ".layer.world") -> Window:
        w = Window.start(driver_url, APP, path, shots, display, ready)
        opened.append(w)
        return w

    try:
        yield start
    finally:
        for w in opened:
            w.quit()


def cli(*args: str) -> str:
    """Run the waymark command line and return its output."""
    out = subprocess.run([str(CLI), *args], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise AssertionError(f"waymark {' '.join(args)} failed: {out.stderr}")
    return out.stdout


def info(path: Path) -> dict:
    """What `waymark info --json` says about a project (waits, like `sqlite`,
    for the app to let go of the file)."""
    import json

    end = time.monotonic() + 15
    while True:
        out = subprocess.run([str(CLI), "info", "--json", str(path)], capture_output=True, text=True, timeout=60)
        if out.returncode == 0:
            return json.loads(out.stdout)
        if "open in another" not in out.stderr or time.monotonic() > end:
            raise AssertionError(f"waymark info failed: {out.stderr}")
        time.sleep(0.2)


def sqlite(path: Path, sql: str) -> str:
    """Read a project file with the sqlite3 shell (read-only). The app holds
    its file locked while open, so right after closing the window this waits
    (up to 15 s) for the app to let go."""
    end = time.monotonic() + 15
    while True:
        out = subprocess.run(
            ["sqlite3", "-readonly", str(path), sql], capture_output=True, text=True, timeout=30
        )
        if out.returncode == 0:
            return out.stdout
        if "locked" not in out.stderr or time.monotonic() > end:
            raise AssertionError(f"sqlite3 failed: {out.stderr}")
        time.sleep(0.2)
