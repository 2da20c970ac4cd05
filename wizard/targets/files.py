"""How every target replaces a file: only a regular file or a new name, atomically, with backups.

A path the user names (``export -o``, a ``.prf``, a profile's ``prefs.js``) may be a device, a
pipe, a folder or a link. Renaming a finished temporary file over it would replace that node
with a regular file (``/dev/full`` run as root, a symlink into another tree), so anything but a
regular file or a missing name is refused before a byte is written. The replacement itself is
a temporary file in the same folder, fsync and ``os.replace``: at every moment the path holds
the complete old or the complete new content.

Backups are ``<name>.mailwizard-<timestamp>.bak`` beside the file; the newest
:data:`KEEP_BACKUPS` of each file are kept and older ones removed, so repeated runs do not pile
them up.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import re
import secrets
import stat
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)
KEEP_BACKUPS = 5  # per file: enough to go back a few runs, few enough not to clutter a profile


class NotARegularFile(OSError):
    """The path exists and is not a regular file (a device, pipe, socket, folder or link)."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EEXIST, "not a regular file", str(path))
        self.path = path


def ensure_replaceable(path: Path) -> None:
    """Raise :class:`NotARegularFile` unless ``path`` is missing or a regular file (not a link)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; ReplaceFile is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, mode: int | None = None, new_mode: int = 0o600) -> None:
    """Replace ``path`` with ``data``. ``mode`` forces the permission bits; otherwise the old
    file's bits are kept and a new file gets ``new_mode`` (less the umask).

    Raises :class:`NotARegularFile`, or the ``OSError`` of the step that failed; the temporary
    file is removed then."""
    path = Path(path)
    folder = path.parent
    ensure_replaceable(path)
    perms = mode
    if perms is None:
        try:
            perms = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            perms = new_mode
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), perms)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)  # exact bits even where the umask took some away
        ensure_replaceable(path)  # again, just before the rename
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(folder)
    log.info("wrote %s (%d bytes)", path, len(data))


def _backup_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(name)}\.mailwizard-(\d{{8}}-\d{{6}})(?:-(\d+))?\.bak\Z")


def _backups(path: Path) -> list[tuple[tuple[str, int], Path]]:
    """Mail Wizard's backups of ``path`` with their (timestamp, counter), oldest first."""
    pattern = _backup_pattern(path.name)
    found = []
    for candidate in path.parent.glob(glob.escape(path.name) + ".mailwizard-*.bak"):
        match = pattern.match(candidate.name)
        if match:
            found.append(((match.group(1), int(match.group(2) or 1)), candidate))
    return sorted(found)


def backups_of(path: Path) -> list[Path]:
    """The backups of ``path`` that Mail Wizard made, oldest first."""
    return [candidate for _, candidate in _backups(path)]


def backup_copy(path: Path, *, now: datetime | None = None, keep: int = KEEP_BACKUPS) -> Path | None:
    """Copy ``path`` to ``<name>.mailwizard-<timestamp>.bak`` next to it and remove all but the
    newest ``keep`` such copies; None if ``path`` is absent."""
    ensure_replaceable(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    # After the newest of this second: a pruned older name is never reused.
    counter = max((c for (s, c), _ in _backups(path) if s == stamp), default=0)
    target = path
    while target == path or os.path.lexists(target):
        counter += 1
        suffix = stamp if counter == 1 else f"{stamp}-{counter}"
        target = path.with_name(f"{path.name}.mailwizard-{suffix}.bak")
    atomic_write(target, data, mode=0o600)  # a copy of logins.json is as private as the file
    for old in backups_of(path)[:-keep]:
        if old != target and stat.S_ISREG(os.lstat(old).st_mode):
            with contextlib.suppress(OSError):
                old.unlink()
                log.info("removed the old backup %s", old)
    return target
