"""Is Thunderbird running on a profile? (Gecko ``toolkit/profile/nsProfileLock.cpp``.)

- Linux: a ``lock`` symlink to ``"<ip>:+<pid>"`` plus an fcntl lock on ``.parentlock``.
- macOS: an fcntl lock on ``.parentlock``.
- Windows: ``parent.lock`` held open without sharing (the file stays after Thunderbird exits).

While the wizard writes, it holds the fcntl lock itself, so a Thunderbird started at that very
moment reports the profile as in use instead of reading half-written files.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem, write_error

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    except OSError:
        return False
    return True


def _symlink_lock_alive(folder: Path) -> bool:
    try:
        target = os.readlink(folder / "lock")
    except (OSError, NotImplementedError):
        return False
    _, _, pid_text = target.rpartition(":")
    try:
        pid = int(pid_text.lstrip("+"))
    except ValueError:
        return True  # a lock we cannot interpret: better safe than a clobbered profile
    return _pid_alive(pid)


def _fcntl_locked(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _windows_locked(path: Path) -> bool:
    if os.name != "nt" or not path.exists():
        return False
    try:
        with open(path, "r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def is_locked(profile: object) -> bool:
    """True while a Thunderbird process uses the profile (a ``Profile`` or a folder path)."""
    folder = Path(getattr(profile, "path", profile))  # type: ignore[arg-type]
    return (
        _symlink_lock_alive(folder)
        or _fcntl_locked(folder / ".parentlock")
        or _windows_locked(folder / "parent.lock")
    )


@contextlib.contextmanager
def hold_profile_lock(folder: Path) -> Iterator[None]:
    """Refuse with ``RUNNING`` if Thunderbird has the profile; otherwise keep it locked while
    the caller writes."""
    if is_locked(folder):
        raise ThunderbirdError(ThunderbirdProblem.RUNNING, path=folder)
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(folder / ".parentlock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only profile folder: nothing can be written there anyway
        raise write_error(exc, folder) from exc
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise ThunderbirdError(ThunderbirdProblem.RUNNING, path=folder) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
