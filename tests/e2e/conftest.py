"""End-to-end fixtures: a virtual X display, tauri-driver (which drives the
real Waymark window through WebKitWebDriver) and a temporary home, so the
tests never touch the user's settings. Screenshots go to tests/artifacts/e2e.
"""

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
    d = Path(tempfile.mkdtemp(prefix="waymark-e2e-home-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture(scope="session")
def display():
    """An Xvfb display for the whole session (tauri-driver must start inside it)."""
    for n in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            break
    else:
        raise RuntimeError("no free X display number")
    proc = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(lambda: Path(f"/tmp/.X11-unix/X{n}").exists(), 10, "Xvfb")
    yield f":{n}"
    proc.terminate()
    proc.wait(5)


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
    )
    env.pop("WAYLAND_DISPLAY", None)
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
    d = Path(tempfile.mkdtemp(prefix="waymark-e2e-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


@pytest.fixture
def launch(driver_url, display, request):
    """Open the real Waymark window on a project file; closed after the test."""
    from waymark import Window

    opened: list[Window] = []

    def _launch(path: Path, ready: str = ".layer.world") -> Window:
        w = Window.start(driver_url, APP, path, ARTIFACTS / request.node.name, display, ready)
        opened.append(w)
        return w

    yield _launch
    for w in opened:
        w.quit()


def cli(*args: str) -> str:
    """Run the waymark command line and return its output."""
    out = subprocess.run([str(CLI), *args], capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise AssertionError(f"waymark {' '.join(args)} failed: {out.stderr}")
    return out.stdout


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
