#!/usr/bin/env python3
"""Start-up as a user sees it: from launching the real ``mailwizard`` command until its first
window is on screen, against a bare PySide6 QWizard started the same way (an executable
Python script with the same interpreter), the two taking turns.

    .venv/bin/python benchmarks/bench_start.py [--runs 7] [--command .venv/bin/mailwizard] [--markdown]

The window is seen from outside, through the X server: a client listening for the root
window's MapNotify events notes the moment the program's first top-level window is mapped
(no polling). The benchmark starts its own Xvfb. Only the standard library is used (ctypes
and libX11), because the Wine smoke test runs the same code inside its chroot:

    bench_start.py launch [--class WM_CLASS] [--timeout S] [--output FILE] -- COMMAND...

starts COMMAND, prints ``seconds=… window=…`` once its first window (of that WM_CLASS
instance name, e.g. ``mailwizard-gui.exe`` under Wine) is mapped, then waits for COMMAND and
exits with its exit status; ``bench_start.py bare-qwizard`` prints the baseline program.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19

BARE_QWIZARD = """\
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

app = QApplication([])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Welcome")
QVBoxLayout(page).addWidget(QLabel("A bare QWizard"))
wizard.addPage(page)
wizard.show()
app.exec()
"""


class _XMapEvent(ctypes.Structure):
    _fields_ = (
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    )


class _XEvent(ctypes.Union):
    _fields_ = (("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24))


class _XClassHint(ctypes.Structure):
    # Pointers, not c_char_p: XFree needs Xlib's own pointers, not copies.
    _fields_ = (("res_name", ctypes.c_void_p), ("res_class", ctypes.c_void_p))


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _display, _error: 0)  # a window may vanish meanwhile


class MapWatcher:
    """A connection to the X server that reports top-level windows as they are mapped."""

    def __init__(self, display: str | None = None) -> None:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x11.XPending.argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x11.XGetClassHint.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(_XClassHint)]
        x11.XFree.argtypes = [ctypes.c_void_p]
        x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XSetErrorHandler(_ignore_errors)
        self._x11 = x11
        self._display = x11.XOpenDisplay(display.encode() if display else None)
        if not self._display:
            raise RuntimeError(f"cannot open the X display {display or os.environ.get('DISPLAY')!r}")
        x11.XSelectInput(self._display, x11.XDefaultRootWindow(self._display), SUBSTRUCTURE_NOTIFY_MASK)
        x11.XSync(self._display, 0)
        self._fd = x11.XConnectionNumber(self._display)

    def close(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def instance_name(self, window: int) -> str:
        hint = _XClassHint()
        if not self._x11.XGetClassHint(self._display, window, ctypes.byref(hint)):
            return ""
        name = ctypes.string_at(hint.res_name).decode("utf-8", "replace") if hint.res_name else ""
        for pointer in (hint.res_name, hint.res_class):
            if pointer:
                self._x11.XFree(pointer)
        return name

    def wait_for_window(
        self, deadline: float, instance: str | None = None, alive: object = None
    ) -> int | None:
        """The first top-level window mapped before ``deadline`` (monotonic), of that WM_CLASS
        instance name if given (case-insensitive); None on time-out or when ``alive()`` says
        the program has ended."""
        event = _XEvent()
        while True:
            while self._x11.XPending(self._display):
                self._x11.XNextEvent(self._display, ctypes.byref(event))
                if event.type != MAP_NOTIFY or event.xmap.override_redirect:
                    continue
                window = event.xmap.window
                if instance is None or self.instance_name(window).lower() == instance.lower():
                    return int(window)
            left = deadline - time.monotonic()
            if left <= 0 or (callable(alive) and not alive()):
                return None
            select.select([self._fd], [], [], min(left, 0.2))


def launch(
    command: Sequence[str],
    *,
    instance: str | None = None,
    timeout: float = 60.0,
    display: str | None = None,
    **popen: object,
) -> tuple[float | None, int | None, subprocess.Popen[bytes]]:
    """Start ``command``; return (seconds until its first window is mapped, that window, the
    process). Seconds and window are None if no window came."""
    watcher = MapWatcher(display)
    try:
        started = time.monotonic()
        process = subprocess.Popen(list(command), **popen)  # type: ignore[call-overload]
        window = watcher.wait_for_window(started + timeout, instance, alive=lambda: process.poll() is None)
        seconds = time.monotonic() - started if window is not None else None
    finally:
        watcher.close()
    return seconds, window, process


def _launch_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_start.py launch")
    parser.add_argument("--class", dest="instance", help="the window's WM_CLASS instance name")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--output", type=Path, help="the program's output goes here")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        output = stack.enter_context(args.output.open("wb")) if args.output else None
        seconds, window, process = launch(
            args.command,
            instance=args.instance,
            timeout=args.timeout,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
        )
    if window is None:
        print("window=none", flush=True)
    else:
        print(f"seconds={seconds:.3f} window={window}", flush=True)
    return process.wait()


# -- the benchmark on Linux ------------------------------------------------------------------


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X server for the measurements."""
    if not shutil.which("Xvfb"):
        raise SystemExit("bench_start: Xvfb is needed (Debian: apt-get install xvfb)")
    for number in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait()


def _measure(command: Sequence[str], env: dict[str, str], display: str) -> float:
    seconds, _window, process = launch(
        command,
        display=display,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    process.kill()
    process.wait()
    if seconds is None:
        raise SystemExit(f"bench_start: {command[0]} showed no window")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["launch"]:
        return _launch_main(argv[1:])
    if argv[:1] == ["bare-qwizard"]:  # the baseline program, for the Wine smoke test
        print(BARE_QWIZARD, end="")
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--command",
        type=Path,
        default=REPO / ".venv" / "bin" / "mailwizard",
        help="the installed mailwizard command (default: the .venv's)",
    )
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    command = args.command.absolute()
    interpreter = command.read_text(encoding="utf-8").splitlines()[0]
    if not interpreter.startswith("#!"):
        raise SystemExit(f"bench_start: {command} is not a script with a #! line")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTHONDONTWRITEBYTECODE"))}
    env["LANG"] = env.get("LANG", "C.UTF-8")
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp, xvfb() as display:
        env["DISPLAY"] = display
        bare = Path(tmp) / "bare-qwizard"
        bare.write_text(f"{interpreter}\n{BARE_QWIZARD}", encoding="utf-8")
        bare.chmod(0o755)
        # Warm-up (page cache, bytecode), then the two programs in turns.
        programs = {"bare QWizard": [str(bare)], "mailwizard": [str(command)]}
        for program in programs.values():
            _measure(program, env, display)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, program in programs.items():
                times[name].append(_measure(program, env, display))
    bare_s = statistics.median(times["bare QWizard"])
    ours_s = statistics.median(times["mailwizard"])
    ratio = ours_s / bare_s
    if args.markdown:
        print(f"| launch to first visible window, bare PySide6 QWizard script | {bare_s * 1000:.0f} ms | |")
        print(
            f"| launch to first visible window, `mailwizard` | {ours_s * 1000:.0f} ms (**{ratio:.2f}×** bare) | ≤ 1.3× |"
        )
    else:
        import PySide6  # the interpreter running the benchmark is the measured one's (.venv)

        print(
            f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}; median of {args.runs} starts each, in turns"
        )
        for name, values in times.items():
            shown = ", ".join(f"{v * 1000:.0f}" for v in values)
            print(f"  {name:14} median {statistics.median(values) * 1000:6.1f} ms   ({shown})")
        print(f"  ratio mailwizard / bare: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
