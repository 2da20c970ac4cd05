#!/usr/bin/env python3
"""Wizard window benchmarks (offscreen): cold start to the first painted page against a bare
PySide6 QWizard (the generic wizard, and an ISP's own edition: the example brand astra), the
longest GUI-thread stall while detection asks slow sources, peak memory.

    .venv/bin/python benchmarks/bench_gui.py [--runs 7] [--markdown]

Cold start is measured from outside: from spawning a fresh interpreter until it reports the
first Paint event of the wizard's current page (and, for Mail Wizard, also until that page
works: wired to the flow, the provider list filled). The stall probe is a 5 ms QTimer on the GUI
thread; the longest gap between two ticks, minus the interval, is the stall.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_PAINT_PROBE = r"""
import resource, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    # The first Paint event of the page or of anything on it: a page whose content is opaque
    # (a scroll area) never gets one itself.
    def __init__(self, page):
        super().__init__()
        self.page = page

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and (obj is self.page or self.page.isAncestorOf(obj)):
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"painted {rss}", flush=True)
            import os
            os._exit(0)
        return False
"""

BARE = (
    _PAINT_PROBE
    + r"""
from PySide6.QtWidgets import QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Welcome")
QVBoxLayout(page).addWidget(QLabel("Hello"))
wizard.addPage(page)
probe = FirstPaint(page)
app.installEventFilter(probe)
wizard.show()
app.exec()
"""
)

OURS = (
    _PAINT_PROBE
    + r"""
from wizard.app import create_window  # what ``mailwizard`` runs, up to showing the window
app, window = create_window(sys.argv[:1])
probe = FirstPaint(window.page(window.startId()))
app.installEventFilter(probe)
window.show()
app.exec()
"""
)

BRAND = REPO / "packaging" / "brands" / "astra"

# An ISP's own edition (the brand found as ``mailwizard --brand DIR`` or the per-machine
# ``brand/`` folder would give it): painted with a first look at brand.toml.
BRANDED = OURS.replace("create_window(sys.argv[:1])", f"create_window(sys.argv[:1], brand={str(BRAND)!r})")

def _polling(probe: str, interval_ms: int) -> str:
    """A child program: the app's window, shown, with ``probe()`` (defined by ``probe``)
    called every ``interval_ms`` on the GUI thread."""
    return (
        r"""
import os, resource, sys, time
from PySide6.QtCore import QTimer
from wizard.app import create_window
app, window = create_window(sys.argv[:1])
"""
        + probe
        + f"""
timer = QTimer()
timer.timeout.connect(probe)
timer.start({interval_ms})
window.show()
app.exec()
"""
    )


# Until the first page is in full working order: the provider list filled from the catalog
# (read on a worker after the first paint) and the page wired to the flow.
OURS_READY = _polling(
    r"""
welcome = window.page(window.startId())

def probe():
    if welcome.attached and welcome.providers.count() > 0:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {rss}", flush=True)
        os._exit(0)
""",
    2,
)

# Until the branded first page works: the whole brand loaded (its checks, its logo, its provider
# files) and the page wired, ready to take one of the brand's addresses.
BRANDED_READY = _polling(
    r"""
welcome = window.page(window.startId())

def probe():
    if welcome.attached and window.brand is not None and window.services.catalog is not None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {rss}", flush=True)
        os._exit(0)
""",
    2,
).replace("create_window(sys.argv[:1])", f"create_window(sys.argv[:1], brand={str(BRAND)!r})")

# The longest GUI-thread stall during the first 2.5 s after ``show()``: the first paint, the
# page wired to the flow, the catalog shown, the other pages built, the core imported.
STARTUP_STALL = _polling(
    r"""
gaps, last = [], [time.perf_counter()]
started = last[0]

def probe():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
    if now - started > 2.5:
        from wizard.flow import PageId

        built = "built" if len(window.pages) == len(PageId) else "unbuilt"
        print(f"stall {(max(gaps) - 0.005) * 1000:.1f} pages {built}", flush=True)
        os._exit(0)
""",
    5,
)


def _child_env() -> dict[str, str]:
    """The environment of the measured programs. As installed by pip, with the bytecode
    compiled: a source checkout has none until a first run writes it, and
    PYTHONDONTWRITEBYTECODE may forbid that."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "wizard")], check=True)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}


def _startup_stall(runs: int) -> float:
    env = _child_env()
    stalls = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", STARTUP_STALL], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        line = next((x for x in proc.stdout.splitlines() if x.startswith("stall")), None)
        if line is None or not line.endswith("pages built"):
            raise RuntimeError(f"start-up did not finish: {proc.stdout[-500:]} {proc.stderr[-2000:]}")
        stalls.append(float(line.split()[1]))
    return statistics.median(stalls)


def _start_once(code: str, env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    elapsed = time.perf_counter() - start
    line = next((x for x in proc.stdout.splitlines() if x.startswith("painted")), None)
    if line is None:
        raise RuntimeError(f"no paint reported: {proc.stderr[-2000:]}")
    return elapsed, int(line.split()[1])


def _cold_starts(codes: list[str], runs: int) -> list[tuple[float, int]]:
    """(median seconds, peak RSS KiB) per program. The runs take turns (one of each, then
    again), so that a machine getting busier or quieter does not favour one of them."""
    env = _child_env()
    times: list[list[float]] = [[] for _ in codes]
    memory = [0 for _ in codes]
    for _ in range(runs):
        for index, code in enumerate(codes):
            elapsed, rss = _start_once(code, env)
            times[index].append(elapsed)
            memory[index] = max(memory[index], rss)
    return [(statistics.median(t), m) for t, m in zip(times, memory, strict=True)]


def _stall_during_detection(domains: list[str]) -> list[tuple[str, float, float, int]]:
    """(domain, detection seconds, longest stall ms, events) for each slow scenario."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.fixtures.discovery_servers import LoopbackWorld, build_scenarios
    from wizard.catalog import Catalog
    from wizard.discovery import discover
    from wizard.flow import PageId, WizardData
    from wizard.ui.services import Services
    from wizard.ui.window import MailWizard

    app = QApplication.instance() or QApplication(sys.argv[:1])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        world = LoopbackWorld(Path(tmp))
        try:
            build_scenarios(world)
            network = world.network()
            catalog = Catalog.load(bundled=False, site=False)

            async def run(address: str, password: str, emit: object) -> object:
                return await discover(address, network=network, catalog=catalog, on_event=emit, timeout=4.0)

            # As in the app, the core modules are imported by the warm-up after the first
            # paint, not in the middle of the first detection.
            from wizard.ui.services import warm_up

            warm_up(Services(catalog=catalog))
            for domain in domains:
                window = MailWizard(Services(catalog=catalog, discover=run), WizardData())
                window.show()
                app.processEvents()
                window.first_painted()
                window.ensure_pages()
                page = window.pages[PageId.DETECT]
                window.data.set_address(f"someone@{domain}")
                window.data.set_password("x")
                gaps: list[float] = []
                last = [time.perf_counter()]

                def tick(gaps: list[float] = gaps, last: list[float] = last) -> None:
                    now = time.perf_counter()
                    gaps.append(now - last[0])
                    last[0] = now

                timer = QTimer()
                timer.setInterval(5)
                timer.timeout.connect(tick)
                timer.start()
                started = time.perf_counter()
                window.next()
                window.next()  # Welcome -> Password -> Finding settings: detection starts
                while window.data.detecting or not window.data.detection_done:
                    app.processEvents()
                    time.sleep(0.001)
                    if time.perf_counter() - started > 30:
                        break
                elapsed = time.perf_counter() - started
                timer.stop()
                stall = max(gaps[1:], default=0.0) - 0.005
                results.append((domain, elapsed, max(stall, 0.0) * 1000, len(page.events)))
                window.shutdown()
                window.close()
                window.deleteLater()
                app.processEvents()
        finally:
            world.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    starts = _cold_starts([BARE, OURS, OURS_READY, BRANDED, BRANDED_READY], args.runs)
    (bare, bare_mem), (ours, ours_mem), (ready, _), (branded, branded_mem), (branded_ready, _) = starts
    startup_stall = _startup_stall(args.runs)
    stalls = _stall_during_detection(["slowisp.test", "blackhole.test", "priority.test"])
    import resource

    from PySide6 import __version__ as pyside_version

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ratio = ours / bare
    lines = [
        "## Wizard window",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, PySide6 {pyside_version}, Qt platform offscreen; `benchmarks/bench_gui.py "
        f"--runs {args.runs}` (median of {args.runs} cold starts each).",
        "",
        "| measure | result | goal |",
        "|---|---|---|",
        f"| cold start to first painted page, bare PySide6 QWizard | {bare * 1000:.0f} ms | |",
        f"| cold start to first painted page, Mail Wizard | {ours * 1000:.0f} ms "
        f"(**{ratio:.2f}×** bare) | ≤ 1.3× |",
        f"| cold start until the first page works (provider list filled), Mail Wizard | "
        f"{ready * 1000:.0f} ms | |",
        f"| peak memory at first paint, bare QWizard / Mail Wizard | {bare_mem / 1024:.0f} MiB / "
        f"{ours_mem / 1024:.0f} MiB | |",
        f"| cold start to first painted page, Mail Wizard as the brand astra (first look at "
        f"brand.toml) | {branded * 1000:.0f} ms (**{branded / bare:.2f}×** bare) | ≤ 1.3× |",
        f"| cold start until the branded first page works (brand loaded and checked) | "
        f"{branded_ready * 1000:.0f} ms | |",
        f"| peak memory at first paint, branded | {branded_mem / 1024:.0f} MiB | |",
    ]
    lines.append(
        f"| longest GUI-thread stall in the first 2.5 s (first paint, wiring, catalog, other "
        f"pages, core imports; median of {args.runs}) | {startup_stall:.0f} ms | |"
    )
    for domain, elapsed, stall, events in stalls:
        lines.append(
            f"| longest GUI-thread stall, detection of `{domain}` ({elapsed:.1f} s, {events} "
            f"sources shown) | {stall:.1f} ms | ≤ 50 ms |"
        )
    lines.append(
        f"| peak memory of the stall run (window + loopback servers in one process) | "
        f"{peak / 1024:.0f} MiB | |"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
