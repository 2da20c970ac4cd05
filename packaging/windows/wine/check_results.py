"""Judges a Wine smoke run (smoke-inside.sh's OUTDIR) and writes OUTDIR/summary.json.

Exit status 1 when any check failed. The first-page screenshot stays in OUTDIR
(first-page.png); `--screenshot FILE` also copies it there (how docs/screenshots is refreshed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

EXPECTED_FILES = [
    "mailwizard-gui.exe",
    "mailwizard.exe",
    "uninstall.exe",
    "python/python313.dll",
    "python/python313._pth",
    "python/Lib/site-packages/wizard/__init__.py",
    "python/Lib/site-packages/wizard/resources/icons/mailwizard.svg",
    "python/Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
    "python/Lib/site-packages/PySide6/translations/qtbase_ru.qm",
]


def read_results(out: Path) -> dict[str, str]:
    results: dict[str, str] = {}
    for line in (out / "results.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        key, _, value = line.partition("=")
        results[key] = value
    return results


def text(out: Path, name: str) -> str:
    path = out / name
    return path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n") if path.exists() else ""


def linux_detect(repo: Path, address: str) -> dict[str, object] | None:
    """The same command from the source tree on Linux: the Windows build must agree with it."""
    python = repo / ".venv" / "bin" / "python"
    if not python.exists():
        return None
    env = {**os.environ, "PYTHONPATH": str(repo)}
    proc = subprocess.run(
        [str(python), "-m", "wizard", "detect", address, "--offline", "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=repo, timeout=60, check=False,
    )
    try:
        return json.loads(proc.stdout) if proc.returncode == 0 else None
    except ValueError:
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--version", required=True)
    parser.add_argument("--installer", type=Path, required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--screenshot", type=Path, help="also copy the first-page screenshot here")
    args = parser.parse_args()
    out: Path = args.out
    r = read_results(out)
    failures: list[str] = []
    notes: list[str] = []

    def check(ok: bool, message: str) -> None:
        if not ok:
            failures.append(message)

    # The installer's own pages (interactive run, Windows language Russian)
    check("gui_installer_ru_window_seconds" in r, "the interactive installer showed no window")
    check((out / "installer-ru.png").exists(), "no screenshot of the installer's first page")

    # Install
    check(r.get("install_exit") == "0", f"silent install exited {r.get('install_exit')}")
    for name in EXPECTED_FILES:
        check(r.get(f"file:{name}") == "present", f"not installed: {name}")
    check(r.get("stubs_in_install_dir") == "0", "a test-only stub DLL is in the install dir")
    check(r.get("start_menu_shortcut") == "present", "no Start-menu shortcut")
    check(r.get("desktop_shortcut") == "present", "no desktop shortcut")
    key = text(out, "uninstall-key.txt")
    check(r.get("uninstall_key_exit") == "0", "no HKCU uninstall key")
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize",
                  "UninstallString", "QuietUninstallString", "InstallLocation"):
        check(value in key, f"uninstall key lacks {value}")
    check("Mail Wizard" in key and args.version in key, "uninstall key has the wrong name or version")

    # Command line
    version_out = text(out, "cli-version.txt").strip()
    check(version_out == f"mailwizard {args.version}",
          f"mailwizard --version printed {version_out!r} (exit {r.get('cli_version_exit')})")
    detect_out = text(out, "cli-detect.txt")
    detect: dict[str, object] | None = None
    try:
        detect = json.loads(detect_out)
    except ValueError:
        failures.append(f"detect --json did not print JSON: {detect_out[:300]!r}")
    if detect is not None:
        check(r.get("cli_detect_exit") == "0", f"detect exited {r.get('cli_detect_exit')}")
        check(detect.get("email") == "someone@ovh.net", "detect: wrong email")
        provider = detect.get("provider")
        check(isinstance(provider, dict), "detect: ovh.net not found in the bundled catalog")
        incoming = detect.get("incoming")
        check(isinstance(incoming, list) and bool(incoming), "detect: no incoming server")
        reference = linux_detect(args.repo, "someone@ovh.net")
        if reference is None:
            notes.append("detect: no Linux reference to compare with")
        else:
            check(detect == reference, "detect: the Windows build and the Linux source disagree")
    providers_out = (out / "cli-providers.txt").read_bytes() if (out / "cli-providers.txt").exists() else b""
    if r.get("cli_providers_exit") == "0":
        try:
            providers_out.decode("utf-8")
        except UnicodeDecodeError:
            failures.append("`mailwizard providers --json` output through a pipe is not UTF-8")

    # Window
    screenshot = out / "first-page.png"
    check(r.get("file:python/Lib/site-packages/wizard/__init__.py") == "present", "the app is not installed")
    check("gui_app_first_window_seconds" in r,
          "the GUI showed no window" + (": " + text(out, "startup-error.txt").strip().splitlines()[-1]
                                         if (out / "startup-error.txt").exists() else ""))
    check(screenshot.exists() and screenshot.stat().st_size > 1000, "no screenshot of the first page")
    check(not (out / "startup-error.txt").exists(), "the GUI wrote a start-up error")
    check(r.get("gui_app_first_closed") == "gracefully", "the GUI did not close on WM_CLOSE")
    check("gui_baseline_first_window_seconds" in r, "the bare-QWizard baseline showed no window")
    if screenshot.exists() and args.screenshot is not None:
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(screenshot, args.screenshot)

    # Upgrade and uninstall
    check(r.get("reinstall_exit") == "0" and r.get("reinstall_files") == "present", "upgrade in place failed")
    check(r.get("uninstall_exit") == "0", f"silent uninstall exited {r.get('uninstall_exit')}")
    for item in ("install_dir", "start_menu", "desktop"):
        check(r.get(f"{item}_after_uninstall") == "absent", f"uninstall left the {item.replace('_', ' ')}")
    check(r.get("uninstall_key_after_exit") not in (None, "0"), "uninstall left the registry key")
    leftovers = text(out, "profile-leftovers.txt").split("\n")
    leftovers = [line for line in leftovers if line.strip()]
    check(not leftovers, f"uninstall left files in the user profile: {leftovers[:8]}")

    def seconds(name: str) -> float | None:
        value = r.get(name)
        return float(value) if value else None

    def best(*names: str) -> float | None:
        return min(filter(None, (seconds(name) for name in names)), default=None)

    app_warm = best("gui_app_warm_window_seconds", "gui_app_warm2_window_seconds")
    base_warm = best("gui_baseline_warm_window_seconds", "gui_baseline_warm2_window_seconds")
    metrics = {
        "installer_bytes": args.installer.stat().st_size,
        "installed_bytes": int(r.get("installed_bytes") or 0),
        "installed_files": int(r.get("installed_files") or 0),
        "install_seconds": seconds("install_seconds"),
        "reinstall_seconds": seconds("reinstall_seconds"),
        "uninstall_seconds": seconds("uninstall_seconds"),
        "cli_version_seconds": seconds("cli_version_seconds"),
        "gui_first_start_seconds": seconds("gui_app_first_window_seconds"),
        "gui_warm_start_seconds": app_warm,
        "baseline_first_start_seconds": seconds("gui_baseline_first_window_seconds"),
        "baseline_warm_start_seconds": base_warm,
        "warm_start_ratio": round(app_warm / base_warm, 2) if app_warm and base_warm else None,
        "window_title": r.get("gui_app_first_title"),
        "smoke_seconds": args.seconds,
    }
    summary = {"failures": failures, "notes": notes, "metrics": metrics}
    (out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")

    print("== Windows smoke test under Wine")
    for name, value in metrics.items():
        print(f"  {name:30} {value}")
    for message in notes:
        print(f"  note: {message}")
    for message in failures:
        print(f"  FAIL: {message}")
    print(f"  {'FAILED' if failures else 'passed'} in {args.seconds:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
