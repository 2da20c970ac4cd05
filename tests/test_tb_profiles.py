"""Profiles: CityHash64 v1, profiles.ini/installs.ini reading and creation, the profile lock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.targets.thunderbird import (
    ThunderbirdError,
    ThunderbirdProblem,
    create_profile,
    default_profile,
    find_profiles,
    is_locked,
    profile_for_writing,
    profile_roots,
)
from wizard.targets.thunderbird.cityhash import cityhash64, install_hash
from wizard.targets.thunderbird.ini import read_ini
from wizard.targets.thunderbird.lock import hold_profile_lock


@pytest.mark.parametrize(
    ("install_dir", "expected"),
    [
        # Written by the real Thunderbird 153 (Debian) into installs.ini on a fresh HOME.
        ("/usr/lib/thunderbird", "FDC34C9F024745EB"),
        # Well-known Firefox install hashes (33-64 byte inputs).
        (r"C:\Program Files\Mozilla Firefox", "308046B0AF4A39CB"),
        ("/usr/lib/firefox", "4F96D1932A9F858E"),
        # > 64 bytes: the long-input loop.
        ("/Applications/Firefox.app/Contents/MacOS", "2656FF1E876E9973"),
    ],
)
def test_install_hash_matches_mozilla(install_dir: str, expected: str) -> None:
    assert install_hash(install_dir) == expected


def test_cityhash_short_inputs_are_stable() -> None:
    # CityHash64 v1.0 of the empty string is the constant k2.
    assert cityhash64(b"") == 0x9AE16A3B2F90404F
    values = {cityhash64(bytes(range(n))) for n in range(0, 200)}
    assert len(values) == 200  # every length path (0-16, 17-32, 33-64, >64) gives distinct values


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_roots_per_platform(tmp_path: Path) -> None:
    assert profile_roots(platform="win32", env={"APPDATA": "C:\\AppData"}) == [
        Path("C:\\AppData") / "Thunderbird"
    ]
    assert profile_roots(platform="darwin", env={}, home=tmp_path) == [
        tmp_path / "Library" / "Thunderbird"
    ]
    linux = profile_roots(platform="linux", env={}, home=tmp_path)
    assert tmp_path / ".thunderbird" in linux
    assert tmp_path / ".var/app/org.mozilla.Thunderbird/.thunderbird" in linux
    assert tmp_path / ".var/app/net.thunderbird.Thunderbird/.thunderbird" in linux
    assert tmp_path / "snap/thunderbird/common/.thunderbird" in linux


def test_install_section_wins_over_legacy_default(tmp_path: Path) -> None:
    root = tmp_path / ".thunderbird"
    _write(root / "profiles.ini", """[Profile1]
Name=default
IsRelative=1
Path=y3vphpt6.default
Default=1

[InstallFDC34C9F024745EB]
Default=htkfnhpf.default-default
Locked=1

[Profile0]
Name=default-default
IsRelative=1
Path=htkfnhpf.default-default

[General]
StartWithLastProfile=1
Version=2
""")
    profiles = find_profiles([root], installs=[])
    assert {p.name for p in profiles} == {"default", "default-default"}
    chosen = default_profile([root], installs=[])
    assert chosen is not None
    assert chosen.path == root / "htkfnhpf.default-default"


def test_several_installs_use_the_hash(tmp_path: Path) -> None:
    root = tmp_path / "tb"
    _write(root / "profiles.ini", """[General]
StartWithLastProfile=1

[Profile0]
Name=a
IsRelative=1
Path=a.default

[Profile1]
Name=b
IsRelative=0
Path=/abs/b.default

[InstallFDC34C9F024745EB]
Default=a.default

[Install0123456789ABCDEF]
Default=/abs/b.default
""")
    found = default_profile([root], installs=[Path("/usr/lib/thunderbird")])
    assert found is not None and found.name == "a"
    other = default_profile([root], installs=[Path("/nowhere")])
    assert other is None  # no legacy Default=1 and two profiles: nothing to pick


def test_installs_ini_alone_and_single_profile(tmp_path: Path) -> None:
    root = tmp_path / "tb"
    _write(root / "profiles.ini", "[Profile0]\nName=x\nIsRelative=1\nPath=x.default\n")
    only = default_profile([root], installs=[])
    assert only is not None and only.name == "x"
    _write(root / "profiles.ini",
           "[Profile0]\nName=x\nPath=x.default\n\n[Profile1]\nName=y\nPath=y.default\n")
    _write(root / "installs.ini", "[FDC34C9F024745EB]\nDefault=y.default\nLocked=1\n")
    chosen = default_profile([root], installs=[])
    assert chosen is not None and chosen.name == "y"


def test_no_profiles_anywhere(tmp_path: Path) -> None:
    assert find_profiles([tmp_path / "missing"], installs=[]) == []
    assert default_profile([tmp_path / "missing"], installs=[]) is None
    with pytest.raises(ThunderbirdError) as caught:
        profile_for_writing([tmp_path / "missing"], installs=[])
    assert caught.value.kind is ThunderbirdProblem.NOT_INSTALLED


def test_create_profile_registers_like_thunderbird(tmp_path: Path) -> None:
    root = tmp_path / ".thunderbird"
    created = profile_for_writing([root], installs=[Path("/usr/lib/thunderbird")])
    assert created.path.is_dir() and created.path.parent == root
    profiles_ini = read_ini(root / "profiles.ini")
    installs_ini = read_ini(root / "installs.ini")
    relative = created.path.name
    assert profiles_ini["InstallFDC34C9F024745EB"] == {"Default": relative, "Locked": "1"}
    assert installs_ini["FDC34C9F024745EB"] == {"Default": relative, "Locked": "1"}
    assert profiles_ini["General"]["StartWithLastProfile"] == "1"
    assert profiles_ini["Profile0"]["Path"] == relative
    # Thunderbird (and we) now find it as the default.
    again = default_profile([root], installs=[Path("/usr/lib/thunderbird")])
    assert again is not None and again.path == created.path
    # A second install gets its own section; the first keeps its default.
    second = create_profile(root, Path(r"C:\Program Files\Mozilla Firefox"), name="other")
    data = read_ini(root / "profiles.ini")
    assert data["InstallFDC34C9F024745EB"]["Default"] == relative
    assert data["Install308046B0AF4A39CB"]["Default"] == second.path.name
    assert len(find_profiles([root], installs=[])) == 2


def _odd_node(kind: str, path: Path) -> None:
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # nobody writes: opening it for reading must not wait
    elif kind == "endless":
        path.symlink_to("/dev/zero")
    elif kind == "link-loop":
        path.symlink_to(path)
    else:
        path.write_bytes(b"[Profile0]\nPath=p\n" + b"; padding\n" * (2 << 17))  # over 1 MB


@pytest.mark.skipif(os.name != "posix", reason="FIFOs, /dev/zero and link loops are POSIX")
@pytest.mark.parametrize("kind", ["folder", "fifo", "endless", "link-loop", "too-large"])
@pytest.mark.parametrize("name", ["profiles.ini", "installs.ini"])
def test_an_ini_file_that_cannot_be_read_is_one_sentence(kind: str, name: str, tmp_path: Path) -> None:
    """Each used to end in an unexpected IsADirectoryError, MemoryError or OSError, or to wait
    for ever (a FIFO)."""
    root = tmp_path / ".thunderbird"
    root.mkdir()
    if name == "installs.ini":
        (root / "profiles.ini").write_text("[Profile0]\nPath=p\n", encoding="utf-8")
    _odd_node(kind, root / name)
    with pytest.raises(ThunderbirdError) as caught:
        find_profiles([root], installs=[])
    assert caught.value.kind is ThunderbirdProblem.PREFS_UNREADABLE
    assert str(root / name) in str(caught.value) and "\n" not in str(caught.value)


def test_a_profile_folder_that_cannot_be_made_is_one_sentence(tmp_path: Path) -> None:
    """A home where ~/.thunderbird cannot be created (a file there, or an unwritable HOME)."""
    (tmp_path / "home").write_text("a file, not a folder\n", encoding="utf-8")
    with pytest.raises(ThunderbirdError) as caught:
        profile_for_writing([tmp_path / "home" / ".thunderbird"], installs=[Path("/usr/lib/thunderbird")])
    assert caught.value.kind is ThunderbirdProblem.WRITE_FAILED
    assert str(tmp_path / "home" / ".thunderbird") in str(caught.value)


def test_stale_symlink_lock_is_not_a_lock(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("symlink locks are a Linux thing")
    (tmp_path / "lock").symlink_to("127.0.0.1:+999999999")
    assert not is_locked(tmp_path)


def test_live_symlink_lock(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("symlink locks are a Linux thing")
    (tmp_path / "lock").symlink_to(f"127.0.0.1:+{os.getpid()}")
    assert is_locked(tmp_path)
    with pytest.raises(ThunderbirdError) as caught, hold_profile_lock(tmp_path):
        pass
    assert caught.value.kind is ThunderbirdProblem.RUNNING
    assert "close Thunderbird first" in str(caught.value)


_HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
print("locked", flush=True)
sys.stdin.readline()
"""


def test_fcntl_lock_held_by_another_process(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("fcntl locks are POSIX")
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(tmp_path / ".parentlock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        assert is_locked(tmp_path)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
        assert child.stdout is not None
        child.stdout.close()
    assert not is_locked(tmp_path)
