"""The small INI dialect of ``profiles.ini``/``installs.ini`` (Gecko's ``nsINIParser``).

Keys keep their case, section order is kept, and the writer emits ``key=value`` lines without
spaces, as Gecko does.
"""

from __future__ import annotations

from pathlib import Path

IniData = dict[str, dict[str, str]]


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
    try:
        return parse_ini(path.read_text(encoding="utf-8", errors="replace"))
    except FileNotFoundError:
        return {}


def format_ini(data: IniData) -> str:
    chunks = []
    for name, values in data.items():
        for key, value in values.items():
            if any(c in f"{key}{value}" for c in "\r\n"):
                raise ValueError("INI values cannot contain line breaks")
        body = "".join(f"{key}={value}\n" for key, value in values.items())
        chunks.append(f"[{name}]\n{body}")
    return "\n".join(chunks) + "\n"
