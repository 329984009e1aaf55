"""Small helpers shared by the end-to-end fixtures (conftest.py) and the app
benchmark (bench/app/run.py): both start Xvfb, tauri-driver and the app,
wait for them and read the screen."""

import ctypes
import ctypes.util
import socket
import struct
import subprocess
import time
import zlib
from pathlib import Path


def free_port() -> int:
    """A TCP port on localhost that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float, what: str):
    """Poll `predicate` until it returns something truthy (returned), or
    raise TimeoutError naming `what` after `timeout` seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


def listening(port: int) -> bool:
    """Whether something accepts TCP connections on localhost:`port`."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def start_tauri_driver(env: dict, log) -> tuple[subprocess.Popen, str]:
    """Start tauri-driver on free ports and return it with its URL once both
    it and the WebKitWebDriver it spawns accept connections. tauri-driver
    listens before WebKitWebDriver does; a session requested in between is
    dropped without a reply (RemoteDisconnected), which on a cold machine
    failed the first e2e test."""
    port, native = free_port(), free_port()
    proc = subprocess.Popen(
        ["tauri-driver", "--port", str(port), "--native-port", str(native)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )

    def up():
        if proc.poll() is not None:
            raise RuntimeError(f"tauri-driver exited with {proc.returncode} before it was ready")
        return listening(port) and listening(native)

    try:
        wait_for(up, 30, "tauri-driver and WebKitWebDriver")
    except BaseException:
        proc.kill()
        raise
    return proc, f"http://127.0.0.1:{port}"


class XImage(ctypes.Structure):
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


class Screen:
    """Reads rectangles of the X root window as raw 32-bit pixels (libX11's
    XGetImage: a 1440x900 read costs about 3 ms, so polling steals little
    from the app being started)."""

    ZPIXMAP = 2

    def __init__(self, display: str):
        path = ctypes.util.find_library("X11")
        if not path:
            raise RuntimeError("libX11 not found")
        x = ctypes.CDLL(path)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XGetImage.restype = ctypes.POINTER(XImage)
        x.XGetImage.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_ulong,
            ctypes.c_int,
        ]
        x.XDefaultScreen.argtypes = [ctypes.c_void_p]
        x.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x = x
        self.d = x.XOpenDisplay(display.encode())
        if not self.d:
            raise RuntimeError(f"cannot open X display {display}")
        self.root = x.XDefaultRootWindow(self.d)
        screen = x.XDefaultScreen(self.d)
        self.width = x.XDisplayWidth(self.d, screen)
        self.height = x.XDisplayHeight(self.d, screen)

    def grab(self, left: int, top: int, w: int, h: int) -> bytes:
        img = self.x.XGetImage(self.d, self.root, left, top, w, h, 0xFFFFFFFF, self.ZPIXMAP)
        if not img:
            raise RuntimeError("XGetImage failed")
        i = img.contents
        if i.bits_per_pixel != 32 or i.bytes_per_line != 4 * w:
            raise RuntimeError(f"unexpected X image layout ({i.bits_per_pixel} bpp, {i.bytes_per_line} bytes a line)")
        data = ctypes.string_at(i.data, i.bytes_per_line * i.height)
        self.x.XFree(ctypes.c_void_p(i.data))
        self.x.XFree(img)
        return data

    def close(self):
        self.x.XCloseDisplay(self.d)

    def save_png(self, path: Path, left: int, top: int, w: int, h: int) -> Path:
        """Write a rectangle of the screen as an RGB PNG: what the user would
        see there, menu bar and all (WebKitWebDriver's own screenshot hangs
        when WebKit draws without compositing, as it does without a GPU)."""
        bgrx = self.grab(left, top, w, h)
        rgb = bytearray(w * h * 3)
        rgb[0::3] = bgrx[2::4]
        rgb[1::3] = bgrx[1::4]
        rgb[2::3] = bgrx[0::4]
        stride = 3 * w
        raw = b"".join(b"\0" + bytes(rgb[y * stride : (y + 1) * stride]) for y in range(h))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        png += chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
        path.write_bytes(png)
        return path
