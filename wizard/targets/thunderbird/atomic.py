"""Crash-safe file replacement: a temporary file in the same folder, fsync, ``os.replace``.

At every moment the target path holds either the complete old or the complete new content.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from datetime import datetime
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; ReplaceFile is durable enough there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` with ``data``; keeps the old file's permission bits (else ``mode``/0600)."""
    folder = path.parent
    try:
        perms = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        perms = 0o600 if mode is None else mode
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), perms)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(folder)


def backup_copy(path: Path, *, now: datetime | None = None) -> Path | None:
    """Copy ``path`` to ``<name>.mailwizard-<timestamp>.bak`` next to it; None if it is absent."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.mailwizard-{stamp}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.mailwizard-{stamp}-{counter}.bak")
    atomic_write(target, data)
    return target
