"""Judges a Wine smoke run (smoke-inside.sh's OUTDIR, with the end-to-end part in OUTDIR/e2e)
and writes OUTDIR/summary.json. Run by smoke-wine.sh with the project's .venv.

Exit status 1 when any check failed. The screenshots stay in OUTDIR (first-page.png,
installer-ru.png, e2e/gui-flow/NN-page.png); ``--screenshots DIR`` also copies the window's
pages and the installer's first page there (how docs/screenshots/wine is refreshed).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

EXPECTED_FILES = [
    "mailwizard-gui.exe",
    "mailwizard.exe",
    "uninstall.exe",
    "LICENSE.txt",
    "NOTICE.txt",
    "THIRD-PARTY-NOTICES.txt",
    "licenses/LGPL-3.0.txt",
    "licenses/CPython/LICENSE.txt",
    "python/python313.dll",
    "python/python313._pth",
    "python/Lib/site-packages/wizard/__init__.py",
    "python/Lib/site-packages/wizard/resources/icons/mailwizard.svg",
    "python/Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
    "python/Lib/site-packages/PySide6/translations/qtbase_ru.qm",
]
# Measured to be never loaded (BENCHMARKS.md, "Windows installer"): the build leaves them out.
TRIMMED_FILES = [
    "python/DLLs/sqlite3.dll",
    "python/Lib/sqlite3",
    "python/Lib/venv",
    "python/Lib/unittest",
    "python/Lib/_pyrepl",
    "python/Lib/site-packages/PySide6/plugins/imageformats/qjpeg.dll",
    "python/Lib/site-packages/shiboken6/vcamp140.dll",
]


EXPORT_FORMATS = ("autoconfig", "prf", "mobileconfig", "qr", "json")


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
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=repo,
        timeout=60,
        check=False,
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
    parser.add_argument(
        "--screenshots", type=Path, help="also copy the screenshots of the window's pages here"
    )
    parser.add_argument("--brand-installer", type=Path, help="an ISP's own edition was installed too")
    parser.add_argument("--brand-id")
    parser.add_argument("--brand-name")
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
    check((out / "installer-ru-licence.png").exists(), "no screenshot of the installer's licence page")

    # Install
    check(r.get("install_exit") == "0", f"silent install exited {r.get('install_exit')}")
    installed = set(text(out, "installed-files.txt").splitlines())
    for name in EXPECTED_FILES:
        check(name in installed, f"not installed: {name}")
    for name in TRIMMED_FILES:
        check(name not in installed, f"installed although trimmed: {name}")
    check(r.get("stubs_in_install_dir") == "0", "a test-only stub DLL is in the install dir")
    check(r.get("start_menu_shortcut") == "present", "no Start-menu shortcut")
    check(r.get("desktop_shortcut") == "present", "no desktop shortcut")
    key = text(out, "uninstall-key.txt")
    check(r.get("uninstall_key_exit") == "0", "no HKCU uninstall key")
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "EstimatedSize",
        "UninstallString",
        "QuietUninstallString",
        "InstallLocation",
    ):
        check(value in key, f"uninstall key lacks {value}")
    check("Mail Wizard" in key and args.version in key, "uninstall key has the wrong name or version")

    # Command line
    version_out = text(out, "cli-version.txt").strip()
    check(
        version_out == f"mailwizard {args.version}",
        f"mailwizard --version printed {version_out!r} (exit {r.get('cli_version_exit')})",
    )
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
    check(
        "gui_app_first_window_seconds" in r,
        "the GUI showed no window"
        + (
            ": " + text(out, "startup-error.txt").strip().splitlines()[-1]
            if (out / "startup-error.txt").exists()
            else ""
        ),
    )
    check(screenshot.exists() and screenshot.stat().st_size > 1000, "no screenshot of the first page")
    check(not (out / "startup-error.txt").exists(), "the GUI wrote a start-up error")
    check(r.get("gui_app_first_closed") == "gracefully", "the GUI did not close on WM_CLOSE")
    check("gui_baseline_first_window_seconds" in r, "the bare-QWizard baseline showed no window")

    if args.brand_installer is not None:
        failures += check_brand(out, r, args.brand_installer, args.brand_id, args.brand_name)

    sys.path.insert(0, str(args.repo))
    failures += check_end_to_end(out / "e2e", r)
    if args.screenshots is not None:
        copy_screenshots(out, args.screenshots)

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

    def median(kind: str) -> float | None:
        values = [
            float(v)
            for k, v in r.items()
            if k.startswith(f"gui_{kind}_turn") and k.endswith("_window_seconds")
        ]
        return round(statistics.median(values), 3) if values else None

    app_turns, command_turns = median("app"), median("command")
    base_gui_turns, base_turns = median("barew"), median("baseline")
    metrics = {
        "installer_bytes": args.installer.stat().st_size,
        "brand_installer_bytes": args.brand_installer.stat().st_size if args.brand_installer else None,
        "brand_window_title": r.get("gui_brand_first_title"),
        "installed_bytes": int(r.get("installed_bytes") or 0),
        "installed_files": int(r.get("installed_files") or 0),
        "install_seconds": seconds("install_seconds"),
        "reinstall_seconds": seconds("reinstall_seconds"),
        "uninstall_seconds": seconds("uninstall_seconds"),
        "cli_version_seconds": seconds("cli_version_seconds"),
        "gui_first_start_seconds": seconds("gui_app_first_window_seconds"),
        "baseline_first_start_seconds": seconds("gui_baseline_first_window_seconds"),
        "later_starts_gui_exe_seconds": app_turns,
        "later_starts_mailwizard_exe_seconds": command_turns,
        "later_starts_bare_qwizard_pythonw_seconds": base_gui_turns,
        "later_starts_bare_qwizard_python_seconds": base_turns,
        "start_ratio_gui_exe": round(app_turns / base_gui_turns, 2) if app_turns and base_gui_turns else None,
        "start_ratio_mailwizard_exe": round(command_turns / base_turns, 2)
        if command_turns and base_turns
        else None,
        "gui_flow_pages": r.get("gui_flow_pages"),
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


def check_brand(out: Path, r: dict[str, str], installer: Path, brand_id: str, name: str) -> list[str]:
    """An ISP's own edition installed beside the generic wizard with a preset, then uninstalled:
    every key smoke-inside.sh writes for it must say so."""
    failures: list[str] = []

    def check(ok: bool, message: str) -> None:
        if not ok:
            failures.append(f"brand {brand_id}: {message}")

    expected = {
        "brand_installer_name": installer.name,
        "brand_install_exit": "0",
        "brand_preset_applied": "yes",
        "brand_install_dir": "present",
        "brand_beside_generic": "yes",
        "brand_start_menu": "present",
        "brand_uninstall_key_exit": "0",
        "gui_brand_first_title": name,
        "gui_brand_first_closed": "gracefully",
        "brand_uninstall_exit": "0",
        "brand_dir_after_uninstall": "absent",
        "brand_start_menu_after_uninstall": "absent",
        "brand_generic_kept": "yes",
    }
    for key, value in expected.items():
        check(r.get(key) == value, f"{key} is {r.get(key)!r}, not {value!r}")
    check(r.get("brand_uninstall_key_after_exit") not in (None, "0"), "uninstall left its registry key")
    key = text(out, "brand-uninstall-key.txt")
    names = [line.split("REG_SZ", 1)[1].strip() for line in key.splitlines() if "DisplayName" in line]
    shown = names[0] if names else None
    check(shown == name, f"the uninstall entry is named {shown!r}")
    export = text(out, "brand-preset-export.xml")
    check("<clientConfig" in export and "<domain>" in export, "the preset wrote no settings file")
    picture = out / "brand-first-page.png"
    check(picture.exists() and picture.stat().st_size > 1000, "no screenshot of the locked first page")
    return failures


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return None


def check_end_to_end(e2e: Path, r: dict[str, str]) -> list[str]:
    """The end-to-end part (wine/e2e-inside.sh): every step with the installed mailwizard.exe."""
    failures: list[str] = []

    def check(ok: bool, message: str) -> None:
        if not ok:
            failures.append("e2e: " + message)

    if not (e2e / "ready").exists():
        return ["e2e: the loopback mail servers did not start (see e2e-servers.log)"]
    env = dict(
        line.split("=", 1)
        for line in (e2e / "e2e.env").read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    for name, value in env.items():
        env[name] = value.strip("'")
    for err in sorted(e2e.glob("*.err")):
        said = err.read_text(encoding="utf-8", errors="replace")
        check(
            "Traceback" not in said and "Fatal Python error" not in said,
            f"{err.stem} failed with a traceback: {said[-300:]!r}",
        )

    def exit_code(step: str) -> str | None:
        return r.get(f"e2e_{step}_exit")

    def failure_of(step: str) -> dict[str, Any]:
        data = load_json(e2e / f"{step}.out")
        if isinstance(data, dict) and isinstance(data.get("checks"), dict):
            data = data["checks"]  # verify --json: the settings, then what the check found
        incoming = data.get("incoming") if isinstance(data, dict) else None
        failure = incoming.get("failure") if isinstance(incoming, dict) else None
        return failure if isinstance(failure, dict) else {}

    # TLS through the Windows certificate store: rejected while the CA is unknown, then trusted.
    untrusted = failure_of("verify_untrusted")
    check(
        exit_code("verify_untrusted") == "1" and untrusted.get("kind") == "tls-unknown-issuer",
        f"verify with the CA not yet trusted: exit {exit_code('verify_untrusted')}, "
        f"failure {untrusted.get('kind')}",
    )
    check(
        bool((untrusted.get("certificate") or {}).get("sha256")), "the rejected certificate is not described"
    )
    check(r.get("e2e_trust_ca_exit") == "0", "the test CA could not be put into the Windows Root store")
    detect = load_json(e2e / "detect.out") or {}
    incoming = (detect.get("incoming") or [{}])[0] if isinstance(detect, dict) else {}
    check(
        r.get("e2e_detect_exit") == "0"
        and incoming.get("host") == "mail.example.test"
        and str(incoming.get("port")) == env.get("E2E_IMAP_PORT")
        and detect.get("source") == "admin",
        f"detect (from C:\\ProgramData\\mailwizard\\providers): exit {r.get('e2e_detect_exit')}, {incoming}",
    )
    verify = load_json(e2e / "verify.out") or {}
    check(
        r.get("e2e_verify_exit") == "0" and verify.get("ok") is True,
        f"verify over TLS: exit {r.get('e2e_verify_exit')}: {text(e2e, 'verify.err')[-300:]!r}",
    )
    wrong = failure_of("verify_wrong_host")
    check(
        exit_code("verify_wrong_host") == "1"
        and wrong.get("kind") == "tls-wrong-host"
        and "wrong.example.test" in (wrong.get("certificate") or {}).get("names", []),
        f"a certificate for another host: exit {exit_code('verify_wrong_host')}, failure {wrong.get('kind')}",
    )

    # The Credential Manager: stored by run --preset, read back by the keyring API and a preset.
    check(
        r.get("e2e_remember_exit") == "0",
        f"run --preset (remember the password) exited {r.get('e2e_remember_exit')}",
    )
    check(r.get("e2e_keyring") == "ok", f"the password read back through keyring: {r.get('e2e_keyring')}")
    check(
        r.get("e2e_from_keyring_exit") == "0" and (e2e / "preset-keyring.json").is_file(),
        f'run --preset with password = "keyring" exited {r.get("e2e_from_keyring_exit")}',
    )

    # Thunderbird's Windows layout, without an NSS library: the account, no password file.
    from wizard import texts

    files = text(e2e, "thunderbird-files.txt").split()
    prefs = text(e2e, "thunderbird-prefs.js")
    check(r.get("e2e_thunderbird_exit") == "0", f"write thunderbird exited {r.get('e2e_thunderbird_exit')}")
    check(
        '"mail.example.test"' in prefs and "mail.shell.checkDefaultClient" in prefs,
        "prefs.js of the profile the install hash picks lacks the account, or lost a setting",
    )
    check(not any("k7x2m9qa.beta" in f for f in files), f"the other install's profile was written: {files}")
    check(
        not any(f.endswith(("logins.json", "key4.db", ".tmp")) for f in files),
        f"something was written half-way without NSS: {files}",
    )
    said = text(e2e, "thunderbird.out")
    check(
        texts.password_outcome_text("nss-unavailable") in said,
        f"write thunderbird does not say what happens to the password: {said!r}",
    )

    # Outlook: the file, and --apply where there is no Outlook.
    prf = e2e / "outlook.prf"
    check(
        r.get("e2e_outlook_exit") == "0" and prf.is_file() and b"mail.example.test" in prf.read_bytes(),
        f"write outlook exited {r.get('e2e_outlook_exit')}",
    )
    apply_err = text(e2e, "outlook_apply.err").strip().splitlines()
    check(
        exit_code("outlook_apply") == "1"
        and apply_err[-1:] == ["mailwizard: " + texts.TARGET_PROBLEMS["not-found"]],
        f"write outlook --apply without Outlook: exit {exit_code('outlook_apply')}, said {apply_err[-1:]}",
    )

    for fmt in EXPORT_FORMATS:
        path = e2e / f"export.{fmt}"
        check(
            exit_code(f"export_{fmt}") == "0" and path.is_file() and path.stat().st_size > 0,
            f"export --format {fmt} exited {exit_code(f'export_{fmt}')}",
        )
    check(r.get("e2e_export_exit") == "0", f"an export failed (e2e_export_exit={r.get('e2e_export_exit')})")

    # The window, first page to last.
    from wizard.flow.graph import PageId

    pages = text(e2e, "gui-flow/pages.txt").split()
    shots = sorted((e2e / "gui-flow").glob("[0-9][0-9]-*.png"))
    check(
        r.get("gui_flow_pages") == str(len(PageId)) and r.get("gui_flow_last") == PageId.DONE.name,
        f"the window reached {r.get('gui_flow_pages')} of {len(PageId)} pages: {r.get('gui_flow_sequence')}",
    )
    check(len(shots) == len(set(pages)), f"{len(shots)} screenshots for {len(set(pages))} pages")
    check(
        r.get("gui_flow_closed") == "gracefully" and r.get("gui_flow_exit") == "0",
        f"the window did not close from its last page (exit {r.get('gui_flow_exit')})",
    )
    return failures


def copy_screenshots(out: Path, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    for shot in sorted((out / "e2e" / "gui-flow").glob("[0-9][0-9]-*.png")):
        shutil.copyfile(shot, folder / shot.name)
    for name in ("installer-ru.png", "installer-ru-licence.png", "brand-first-page.png"):
        if (out / name).exists():
            shutil.copyfile(out / name, folder / name)


if __name__ == "__main__":
    sys.exit(main())
