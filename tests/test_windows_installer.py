"""The Windows installer, built from this tree on Linux and smoke-tested under Wine 10.

Runs ``packaging/windows/smoke-wine.sh --build``: the cross-build (build.sh), then a silent
install, the installed CLI, the GUI's first page (screenshot in
``packaging/windows/build/smoke.out/first-page.png``), an upgrade in place and a silent
uninstall, in the Debian trixie chroot that ``scripts/install-test-deps.d/50-wine`` sets up once.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import time

import pytest

from tests._tools import require, require_tool

ROOT = pathlib.Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"
SUMMARY = WINDOWS / "build" / "smoke.out" / "summary.json"
INSTALLER_BUDGET_BYTES = 25_000_000

pytestmark = pytest.mark.wine


def _rig_ready() -> bool:
    env = (WINDOWS / "wine" / "env.sh").read_text(encoding="utf-8")
    recipe = next(line.split("=", 1)[1] for line in env.splitlines() if line.startswith("CHROOT_RECIPE="))
    stamp = WINDOWS / "cache" / "wine.chroot" / ".mailwizard-recipe"
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == recipe.strip()


@pytest.mark.timeout(1200)
def test_installer_builds_installs_runs_and_uninstalls_under_wine() -> None:
    require(os.geteuid() == 0, "the Wine rig needs root (debootstrap, chroot, unshare)")
    for tool in ("makensis", "osslsigncode", "x86_64-w64-mingw32-gcc", "Xvfb", "unshare"):
        require_tool(tool, why="Windows installer build and Wine smoke test")
    require(_rig_ready(), "the Wine 10 rig is not set up (scripts/install-test-deps.d/50-wine)")

    started = time.monotonic()
    proc = subprocess.run(
        [str(WINDOWS / "smoke-wine.sh"), "--build"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=1140,
        check=False,
    )
    elapsed = time.monotonic() - started
    output = proc.stdout + proc.stderr
    assert SUMMARY.is_file(), f"no smoke summary; output:\n{output[-4000:]}"
    summary = json.loads(SUMMARY.read_text(encoding="utf-8"))
    print(f"\nbuild + Wine smoke test: {elapsed:.0f} s")
    print(json.dumps(summary, indent=2, ensure_ascii=False))

    assert proc.returncode == 0, f"smoke test failed: {summary['failures']}\n{output[-4000:]}"
    assert summary["failures"] == []
    assert 0 < summary["metrics"]["installer_bytes"] <= INSTALLER_BUDGET_BYTES
