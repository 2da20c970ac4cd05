"""Find Thunderbird profiles, pick the one Thunderbird opens, create one when there is none.

Roots (the folders holding ``profiles.ini``): ``%APPDATA%\\Thunderbird`` on Windows,
``~/Library/Thunderbird`` on macOS, ``~/.thunderbird`` plus the Flatpak and Snap copies on
Linux. Thunderbird opens the ``Default`` of its own ``[Install<HASH>]`` section, where HASH is
CityHash64 of its install folder (see :mod:`.cityhash`); older set-ups use ``Default=1``.
"""

from __future__ import annotations

import os
import secrets
import shutil
import string
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from wizard.targets.files import atomic_write
from wizard.targets.thunderbird.cityhash import install_hash
from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem, write_error
from wizard.targets.thunderbird.ini import IniData, format_ini, read_ini

LINUX_INSTALL_DIRS = (
    "/usr/lib/thunderbird",
    "/usr/lib64/thunderbird",
    "/usr/local/lib/thunderbird",
    "/opt/thunderbird",
)


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    path: Path
    root: Path  # the folder with profiles.ini
    is_default: bool = False  # the profile Thunderbird opens from this root


def _platform(platform: str | None) -> str:
    return platform or sys.platform


def profile_roots(
    *, platform: str | None = None, env: Mapping[str, str] | None = None, home: Path | None = None
) -> list[Path]:
    """Every folder where Thunderbird may keep ``profiles.ini`` here, most usual first."""
    env = os.environ if env is None else env
    home = home or Path(env.get("HOME") or Path.home())
    system = _platform(platform)
    if system.startswith("win"):
        appdata = env.get("APPDATA")
        return [Path(appdata) / "Thunderbird"] if appdata else []
    if system == "darwin":
        return [home / "Library" / "Thunderbird"]
    return [
        home / ".thunderbird",
        home / ".var" / "app" / "org.mozilla.Thunderbird" / ".thunderbird",
        home / ".var" / "app" / "net.thunderbird.Thunderbird" / ".thunderbird",
        home / "snap" / "thunderbird" / "common" / ".thunderbird",
    ]


def install_dirs(
    *, platform: str | None = None, env: Mapping[str, str] | None = None
) -> list[Path]:
    """Installed Thunderbird program folders (the directory of the executable)."""
    env = os.environ if env is None else env
    system = _platform(platform)
    candidates: list[Path] = []
    if system.startswith("win"):
        for var in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432", "LOCALAPPDATA"):
            if env.get(var):
                candidates.append(Path(env[var]) / "Mozilla Thunderbird")
        executable = "thunderbird.exe"
    elif system == "darwin":
        for apps in (Path("/Applications"), Path(env.get("HOME", "~")) / "Applications"):
            candidates.append(apps / "Thunderbird.app" / "Contents" / "MacOS")
        executable = "thunderbird"
    else:
        candidates.extend(Path(p) for p in LINUX_INSTALL_DIRS)
        found = shutil.which("thunderbird", path=env.get("PATH"))
        if found:
            real = Path(os.path.realpath(found)).parent
            if real not in candidates and real.name != "bin":
                candidates.insert(0, real)
        executable = "thunderbird"
    seen: list[Path] = []
    for folder in candidates:
        if folder not in seen and (folder / executable).is_file():
            seen.append(folder)
    return seen


def _install_hash_for(folder: Path) -> str:
    return install_hash(str(folder).rstrip("/\\") or str(folder))


def _resolve(root: Path, value: str, relative: bool = True) -> Path:
    path = Path(value)
    return path if path.is_absolute() or not relative else root / value


def _install_defaults(root: Path, profiles_ini: IniData) -> dict[str, str]:
    """``{HASH: Default}`` from profiles.ini's ``[Install…]`` sections and installs.ini."""
    defaults: dict[str, str] = {}
    for name, values in read_ini(root / "installs.ini").items():
        if values.get("Default"):
            defaults[name.upper()] = values["Default"]
    for name, values in profiles_ini.items():
        if name.startswith("Install") and values.get("Default"):
            defaults[name[len("Install") :].upper()] = values["Default"]
    return defaults


def _root_profiles(root: Path, installs: Sequence[Path]) -> list[Profile]:
    data = read_ini(root / "profiles.ini")
    entries: list[tuple[str, Path, bool]] = []
    for section, values in data.items():
        if not section.startswith("Profile") or "Path" not in values:
            continue
        path = _resolve(root, values["Path"], values.get("IsRelative", "1") == "1")
        entries.append((values.get("Name", path.name), path, values.get("Default") == "1"))
    defaults = _install_defaults(root, data)
    chosen: Path | None = None
    if len(defaults) == 1:
        chosen = _resolve(root, next(iter(defaults.values())))
    elif defaults:
        for folder in installs:
            value = defaults.get(_install_hash_for(folder))
            if value:
                chosen = _resolve(root, value)
                break
    if chosen is None:
        legacy = [path for _, path, flag in entries if flag]
        if legacy:
            chosen = legacy[0]
        elif len(entries) == 1:
            chosen = entries[0][1]
    return [
        Profile(name, path, root, chosen is not None and _same(path, chosen))
        for name, path, _ in entries
    ]


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def find_profiles(
    roots: Iterable[Path] | None = None, *, installs: Sequence[Path] | None = None
) -> list[Profile]:
    """All profiles listed in the ``profiles.ini`` of every root, in root order."""
    roots = profile_roots() if roots is None else roots
    installs = install_dirs() if installs is None else installs
    result: list[Profile] = []
    for root in roots:
        result.extend(_root_profiles(Path(root), installs))
    return result


def default_profile(
    roots: Iterable[Path] | None = None, *, installs: Sequence[Path] | None = None
) -> Profile | None:
    """The profile Thunderbird would open (from the first root that has one), or None."""
    for profile in find_profiles(roots, installs=installs):
        if profile.is_default:
            return profile
    return None


def _salt() -> str:
    alphabet = string.ascii_lowercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(8))


def create_profile(root: Path, install_dir: Path, *, name: str = "default-release") -> Profile:
    """Create an empty profile and register it as Thunderbird's default for ``install_dir``.

    Writes ``[ProfileN]`` and ``[Install<HASH>] Default=… Locked=1`` into profiles.ini and the
    same ``[<HASH>]`` into installs.ini, as Thunderbird does for a dedicated profile."""
    if any(c in name for c in "\r\n/\\") or not name:
        raise ValueError("a profile name cannot be empty or contain slashes or line breaks")
    relative = f"{_salt()}.{name}"
    folder = root / relative
    try:
        root.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder.mkdir(mode=0o700)
    except OSError as exc:
        raise write_error(exc, root) from exc
    ini_path = root / "profiles.ini"
    data = read_ini(ini_path)
    data.setdefault("General", {})
    data["General"].setdefault("StartWithLastProfile", "1")
    data["General"].setdefault("Version", "2")
    index = 0
    while f"Profile{index}" in data:
        index += 1
    entry = {"Name": name, "IsRelative": "1", "Path": relative}
    if not any(v.get("Default") == "1" for k, v in data.items() if k.startswith("Profile")):
        entry["Default"] = "1"
    data[f"Profile{index}"] = entry
    digest = _install_hash_for(install_dir)
    data[f"Install{digest}"] = {"Default": relative, "Locked": "1"}
    installs_path = root / "installs.ini"
    installs = read_ini(installs_path)
    installs[digest] = {"Default": relative, "Locked": "1"}
    try:
        atomic_write(installs_path, format_ini(installs).encode("utf-8"), new_mode=0o644)
        atomic_write(ini_path, format_ini(data).encode("utf-8"), new_mode=0o644)
    except OSError as exc:
        raise write_error(exc, root) from exc
    return Profile(name, folder, root, True)


def profile_for_writing(
    roots: Sequence[Path] | None = None, *, installs: Sequence[Path] | None = None
) -> Profile:
    """The default profile, or a new one when Thunderbird is installed but has none yet."""
    roots = profile_roots() if roots is None else list(roots)
    installs = install_dirs() if installs is None else installs
    found = default_profile(roots, installs=installs)
    if found is not None:
        return found
    profiles = find_profiles(roots, installs=installs)
    if profiles:
        return profiles[0]
    if installs and roots:
        return create_profile(roots[0], installs[0])
    raise ThunderbirdError(
        ThunderbirdProblem.NOT_INSTALLED, path=", ".join(str(r) for r in roots)
    )
