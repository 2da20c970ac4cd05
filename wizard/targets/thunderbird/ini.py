"""The small INI dialect of ``profiles.ini``/``installs.ini`` (Gecko's ``nsINIParser``).

Keys keep their case, section order is kept, and the writer emits ``key=value`` lines without
spaces, as Gecko does.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wizard.targets.thunderbird.errors import ThunderbirdError, ThunderbirdProblem

IniData = dict[str, dict[str, str]]
MAX_INI_BYTES = 1024 * 1024  # Thunderbird's own files are a few hundred bytes


def parse_ini(text: str) -> IniData:
    sections: IniData = {}
    current: dict[str, str] | None = None
    for raw_line in text.lstrip("\ufeff").splitlines():
        line = raw_line.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and "]" in line:
            current = sections.setdefault(line[1 : line.index("]")], {})
        elif current is not None and "=" in line:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections


def read_ini(path: Path) -> IniData:
    """The INI file at ``path``; none there: empty. Anything else but a readable ordinary file
    of at most ``MAX_INI_BYTES`` (a folder, a pipe that would block, ``/dev/zero``, a link loop)
    is a ``ThunderbirdError`` that names it."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block
    except (FileNotFoundError, NotADirectoryError):  # also a file where a folder of the path should be
        return {}
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise _unreadable(path, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise _unreadable(path, "not an ordinary file")
        data = os.read(handle, MAX_INI_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        os.close(handle)
    if len(data) > MAX_INI_BYTES:
        raise _unreadable(path, f"larger than {MAX_INI_BYTES // (1024 * 1024)} MB")
    return parse_ini(data.decode("utf-8", errors="replace"))


def _unreadable(path: Path, reason: OSError | ValueError | str) -> ThunderbirdError:
    detail = reason.strerror or str(reason) if isinstance(reason, OSError) else str(reason)
    return ThunderbirdError(ThunderbirdProblem.PREFS_UNREADABLE, path=path, detail=detail)


def format_ini(data: IniData) -> str:
    chunks = []
    for name, values in data.items():
        for key, value in values.items():
            if any(c in f"{key}{value}" for c in "\r\n"):
                raise ValueError("INI values cannot contain line breaks")
        body = "".join(f"{key}={value}\n" for key, value in values.items())
        chunks.append(f"[{name}]\n{body}")
    return "\n".join(chunks) + "\n"
