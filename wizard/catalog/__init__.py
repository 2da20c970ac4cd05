"""The provider catalog: the bundled clientConfig files plus an administrator's own.

Search order for a domain: ``--catalog`` folders, then the per-machine admin folder
(platformdirs' site config, ``providers/``), then the bundled list; a later file with the
same provider id or domain as an earlier one is shadowed by it. Bad files are skipped and
reported in ``Catalog.problems``, never fatal.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import platformdirs

from wizard import APP_NAME
from wizard.catalog.clientconfig import MAX_CONFIG_BYTES, parse_clientconfig, write_clientconfig
from wizard.model import AccountConfig, ConfigError, Source, normalize_domain

__all__ = [
    "Catalog",
    "bundled_dir",
    "default_catalog",
    "parse_clientconfig",
    "site_dir",
    "write_clientconfig",
]

# Country-code domains whose providers come first for a user reading that language.
_REGION_SUFFIXES: dict[str, tuple[str, ...]] = {
    "ru": (".ru", ".ua", ".by", ".kz", ".su", ".xn--p1ai"),
    "lt": (".lt",),
    "sv": (".se",),
    "cs": (".cz",),
}


def bundled_dir() -> Path:
    return Path(str(resources.files("wizard") / "resources" / "providers"))


def site_dir() -> Path:
    """The per-machine folder an administrator fills (e.g. /etc/xdg/mailwizard/providers)."""
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / "providers"


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("Volný" matches "volny")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Catalog:
    providers: tuple[AccountConfig, ...]
    problems: tuple[str, ...] = ()
    _by_domain: dict[str, AccountConfig] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(
        cls,
        extra_dirs: Sequence[Path | str] = (),
        *,
        bundled: bool = True,
        site: bool = True,
    ) -> Catalog:
        folders: list[tuple[Path, Source]] = [(Path(d), Source.ADMIN) for d in extra_dirs]
        if site:
            folders.append((site_dir(), Source.ADMIN))
        if bundled:
            folders.append((bundled_dir(), Source.CATALOG))
        providers: list[AccountConfig] = []
        by_domain: dict[str, AccountConfig] = {}
        problems: list[str] = []
        for folder, source in folders:
            if folder not in (site_dir(), bundled_dir()) and not folder.is_dir():
                missing = "is not a folder" if folder.exists() else "does not exist"
                problems.append(f"The provider folder {folder} {missing}.")
                continue
            seen_before = {p.id.casefold() for p in providers}
            for config in _read_folder(folder, source, problems):
                if config.id.casefold() in seen_before:
                    continue  # shadowed by an administrator's file with the same id
                providers.append(config)
                for domain in config.domains:
                    by_domain.setdefault(domain, config)
        return cls(tuple(providers), tuple(problems), by_domain)

    def find_by_domain(self, domain: str) -> AccountConfig | None:
        """The provider serving ``domain`` (ASCII or Unicode form, any case)."""
        try:
            ascii_domain = normalize_domain(domain)[0]
        except ValueError:
            return None
        return self._by_domain.get(ascii_domain)

    def get(self, provider_id: str) -> AccountConfig | None:
        wanted = provider_id.casefold()
        return next((p for p in self.providers if p.id.casefold() == wanted), None)

    def search(self, query: str = "", language: str = "en") -> list[AccountConfig]:
        """Providers matching ``query`` in name or domain; best matches first, then the
        providers of the user's region, then the rest alphabetically."""
        needle = fold(query.strip())
        scored: list[tuple[int, int, str, AccountConfig]] = []
        for provider in self.providers:
            score = _match(provider, needle)
            if score is not None:
                scored.append((score, _region_rank(provider, language), fold(provider.name), provider))
        scored.sort(key=lambda item: item[:3])
        return [item[3] for item in scored]


def _read_folder(folder: Path, source: Source, problems: list[str]) -> Iterable[AccountConfig]:
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xml" and p.is_file())
    except OSError:
        return
    for path in files:
        try:
            if path.stat().st_size > MAX_CONFIG_BYTES:
                raise ConfigError("The file is larger than 1 MB.")
            yield parse_clientconfig(path.read_bytes(), source=source, origin=str(path))
        except ConfigError as exc:
            problems.append(f"Skipped {path.name}: {exc}")
        except OSError as exc:
            problems.append(f"Skipped {path.name}: it cannot be read ({exc.strerror}).")


def _match(provider: AccountConfig, needle: str) -> int | None:
    """0 = name starts with the query, 1 = a domain starts with it, 2 = contained, None = no."""
    if not needle:
        return 0
    names = [fold(n) for n in (provider.display_name, provider.display_short_name, provider.id) if n]
    domains = [fold(d) for d in provider.domains]
    domains += [fold(normalize_domain(d)[1]) for d in provider.domains if "xn--" in d]
    if any(n.startswith(needle) for n in names):
        return 0
    if any(d.startswith(needle) for d in domains):
        return 1
    if any(needle in text for text in names + domains):
        return 2
    return None


def _region_rank(provider: AccountConfig, language: str) -> int:
    suffixes = _REGION_SUFFIXES.get(language.split("_", maxsplit=1)[0].split("-", maxsplit=1)[0].lower(), ())
    return 0 if any(d.endswith(suffixes) for d in provider.domains) and suffixes else 1


@functools.cache
def default_catalog() -> Catalog:
    """The bundled list plus the per-machine admin folder, loaded once."""
    return Catalog.load()
