"""The Windows installer, built from this tree on Linux and tested under Wine 10.

``test_installer_…_under_wine`` runs ``packaging/windows/smoke-wine.sh --build``: the
cross-build (build.sh), then a silent install, the installed CLI, the GUI's first page, the
start against a bare QWizard, the end-to-end test against loopback mail servers (TLS through
the Windows certificate store, the Credential Manager, a Windows Thunderbird folder, Outlook,
every export, the window from its first page to its last, with screenshots in
``packaging/windows/build/smoke.out/e2e/gui-flow/``), an upgrade in place and a silent
uninstall, in the Debian trixie chroot that ``scripts/install-test-deps.d/50-wine`` sets up once.

The pins the installer is built from (``requirements-win.txt``) must satisfy pyproject's
dependencies, as Windows resolves them: a test without Wine checks that.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import pathlib
import re
import subprocess
import time
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from tests._tools import require, require_tool

ROOT = pathlib.Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"
SUMMARY = WINDOWS / "build" / "smoke.out" / "summary.json"
INSTALLER_BUDGET_BYTES = 25_000_000
# The markers' values for the installer's runtime: CPython 3.13 on 64-bit Windows.
WINDOWS_CPYTHON = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "platform_machine": "AMD64",
    "python_version": "3.13",
    "python_full_version": "3.13.2",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}


def _pins() -> dict[str, Version]:
    text = (WINDOWS / "requirements-win.txt").read_text(encoding="utf-8")
    return {
        canonicalize_name(name): Version(version)
        for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", text, flags=re.MULTILINE)
    }


def test_the_windows_pins_satisfy_pyproject() -> None:
    """Every dependency of pyproject (and, where this environment has the same version
    installed, every dependency of those) that applies on Windows is pinned, at a version the
    requirement allows. Regenerate with packaging/windows/pin-requirements.sh."""
    pins = _pins()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    queue = [Requirement(text) for text in project["dependencies"]]
    followed: set[str] = set()
    problems = []
    while queue:
        requirement = queue.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(WINDOWS_CPYTHON):
            continue
        name = canonicalize_name(requirement.name)
        pinned = pins.get(name)
        if pinned is None:
            problems.append(f"{requirement} is not pinned")
            continue
        if not requirement.specifier.contains(pinned, prereleases=True):
            problems.append(f"{requirement} does not allow the pinned {pinned}")
        if name in followed:
            continue
        followed.add(name)
        try:
            installed = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        if Version(installed.version) == pinned:  # its own requirements, as that version states them
            queue.extend(Requirement(text) for text in installed.requires or [])
    assert not problems, "requirements-win.txt drifted from pyproject.toml: " + "; ".join(sorted(problems))


def _rig_ready() -> bool:
    env = (WINDOWS / "wine" / "env.sh").read_text(encoding="utf-8")
    recipe = next(line.split("=", 1)[1] for line in env.splitlines() if line.startswith("CHROOT_RECIPE="))
    stamp = WINDOWS / "cache" / "wine.chroot" / ".mailwizard-recipe"
    return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == recipe.strip()


@pytest.mark.wine
@pytest.mark.timeout(1800)
def test_installer_builds_installs_runs_and_uninstalls_under_wine() -> None:
    require(os.geteuid() == 0, "the Wine rig needs root (debootstrap, chroot, unshare)")
    for tool in ("makensis", "osslsigncode", "x86_64-w64-mingw32-gcc", "Xvfb", "unshare"):
        require_tool(tool, why="Windows installer build and Wine smoke test")
    require_tool("dovecot", why="the mail server of the Wine end-to-end test")
    require(_rig_ready(), "the Wine 10 rig is not set up (scripts/install-test-deps.d/50-wine)")

    started = time.monotonic()
    proc = subprocess.run(
        # With an ISP's own edition beside the generic wizard (a silent install with a preset).
        [str(WINDOWS / "smoke-wine.sh"), "--build", "--brand", str(ROOT / "packaging" / "brands" / "astra")],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=1740,
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
    assert 0 < summary["metrics"]["brand_installer_bytes"] <= INSTALLER_BUDGET_BYTES
