"""A first look at a brand folder: what the window needs before its first paint (the title,
the short name in its sentences, the language, whether the first page asks only for the
address), read from ``brand.toml`` alone.

Loading the whole brand (``wizard.brand.folder``: every check, the logo, the provider files)
costs about as much as the rest of the start-up, so the window paints with this look and
loads the brand right after. Nothing is refused here: a value that is missing or doubtful is
left out (None), and the full load reports the problem in its one sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from wizard.brand import BRAND_FILE
from wizard.i18n import SUPPORTED_LANGUAGES

_MAX_FIRST_LOOK_BYTES = 64 * 1024  # as wizard.brand.folder.MAX_BRAND_FILE_BYTES


class BrandLook(NamedTuple):
    folder: Path
    name: str | None  # the window title
    short_name: str | None  # "Mail Wizard" in the window's sentences
    language: str | None  # when the system's language is not one of ours
    locked: bool  # the first page asks only for the address


def look_at_brand(folder: Path) -> BrandLook:
    """The first look at the brand in ``folder``; every value None (unlocked) when
    ``brand.toml`` cannot be read."""
    import tomllib

    data: dict[str, object] = {}
    try:
        with (folder / BRAND_FILE).open("rb") as stream:
            data = tomllib.loads(stream.read(_MAX_FIRST_LOOK_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        pass
    providers = data.get("providers")
    locked = isinstance(providers, dict) and providers.get("locked") is True
    language = data.get("language")
    return BrandLook(
        folder=folder,
        name=_one_line(data.get("name")),
        short_name=_one_line(data.get("short_name")),
        language=language if language in SUPPORTED_LANGUAGES else None,
        locked=locked,
    )


def _one_line(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip() or not value.isprintable() or len(value) > 64:
        return None
    return value.strip()
