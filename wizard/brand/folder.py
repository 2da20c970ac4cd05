"""Reading a brand folder into a frozen, checked ``Brand``.

Strict, like the ISPDB's validator: a brand is read once by the build and at every start of
a branded wizard, so anything doubtful (an unknown key, a wrong type, a logo that is not the
image its name says, one bad provider file) refuses the whole brand with one translated
sentence that names ``brand.toml`` and the field, never a traceback. Every file is read with
a size cap, and every path must stay inside the brand folder.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit

from wizard.brand import BRAND_FILE, find_brand_dir
from wizard.brand.files import FileTooLarge, LogoFormat, logo_format, read_capped
from wizard.brand.look import BrandLook
from wizard.catalog import Catalog
from wizard.catalog.clientconfig import MAX_CONFIG_BYTES, parse_clientconfig
from wizard.flow.data import Target
from wizard.i18n import SUPPORTED_LANGUAGES, translate
from wizard.model import AccountConfig, AddressError, ConfigError, Source, WizardError, normalize_domain
from wizard.model import parse_address as parse_email_address
from wizard.texts import arg

if TYPE_CHECKING:
    from wizard.targets.exports import ExportFormat

MAX_BRAND_FILE_BYTES = 64 * 1024
MAX_LOGO_BYTES = 1024 * 1024
MAX_OAUTH2_BYTES = 1024 * 1024
MAX_PROVIDER_FILES = 100

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_FILE_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_PHONE = re.compile(r"\+?[0-9(][0-9 ()./-]*")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_KEYS: dict[str, frozenset[str]] = {
    "": frozenset(
        {"id", "name", "short_name", "installer", "logo", "language", "providers", "support", "preset"}
    ),
    "providers": frozenset({"folder", "locked", "outside"}),
    "support": frozenset({"web", "phone", "email"}),
    "preset": frozenset({"targets", "checked", "formats", "oauth2"}),
}


class BrandError(WizardError, ValueError):
    """A brand that cannot be used. ``str()`` is one translated sentence naming the brand
    file and the field; ``path`` is that file, ``field`` the dotted key ("" for the file)."""

    def __init__(self, sentence: str, path: Path, field: str = "") -> None:
        super().__init__(sentence)
        self.path = path
        self.field = field


class OutsideAddress(StrEnum):
    """What a locked brand does with an address outside its domains."""

    SEARCH = "search"  # say so, then offer the generic search
    STOP = "stop"  # say so and go no further


@dataclass(frozen=True, slots=True)
class Logo:
    """The image for the window and installer icons; its content matches ``format``."""

    path: Path
    format: LogoFormat


@dataclass(frozen=True, slots=True)
class Support:
    """The brand's support contacts (at least one is set), shown on failure pages and in the
    diagnostic report."""

    web: str | None = None  # an https:// address
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class BrandPreset:
    """Which targets the wizard offers and ticks at first, in the wizard's own order."""

    targets: tuple[Target, ...]
    checked: tuple[Target, ...] | None = None  # None: the wizard's usual choice
    formats: tuple[ExportFormat, ...] | None = None  # settings files offered; None: all
    oauth2: Path | None = None  # the OAuth2 registrations file (format: the OAuth2 module's)


@dataclass(frozen=True)
class Brand:
    """An ISP's own edition, checked: what the build, the window and the command line need."""

    folder: Path  # absolute, like every path below
    id: str  # install folder, uninstall key: [a-z0-9-]
    name: str  # window title, installer pages, Start menu, uninstall entry
    short_name: str
    installer: str  # the installer is "<installer>-Setup-<version>.exe"
    logo: Logo
    language: str  # when the system's language is not one of ours
    providers_dir: Path
    providers: tuple[AccountConfig, ...]  # parsed from providers_dir, as the catalog reads them
    locked: bool  # the provider list holds only these providers
    outside: OutsideAddress
    support: Support
    preset: BrandPreset | None = None

    @property
    def domains(self) -> tuple[str, ...]:
        """The domains of the brand's providers (ASCII form), for "This setup is for
        addresses at …"."""
        return tuple(dict.fromkeys(d for provider in self.providers for d in provider.domains))

    def serves(self, domain: str) -> bool:
        """Whether an address at ``domain`` (ASCII or Unicode, any case) is one of the brand's."""
        try:
            return normalize_domain(domain)[0] in self.domains
        except ValueError:
            return False

    @property
    def look(self) -> BrandLook:
        """What the window shows before a brand is loaded, from this loaded one."""
        return BrandLook(self.folder, self.name, self.short_name, self.language, self.locked)

    @property
    def registration_files(self) -> tuple[Path, ...]:
        """The brand's OAuth2 registrations, for ``wizard.oauth.load_registrations``."""
        oauth2 = self.preset.oauth2 if self.preset is not None else None
        return () if oauth2 is None else (oauth2,)

    def installer_file(self, version: str) -> str:
        return f"{self.installer}-Setup-{version}.exe"

    def catalog(self, *, generic: bool = False, extra_dirs: Iterable[Path | str] = ()) -> Catalog:
        """The brand's provider list: its own files first, alone when it is locked, else
        followed by the per-machine and bundled lists. ``generic`` gives the latter even to
        a locked brand (the search offered for an address outside its domains);
        ``extra_dirs`` (``--catalog``) come before the brand's own."""
        everything = generic or not self.locked
        folders = (*extra_dirs, self.providers_dir)
        return Catalog.load(extra_dirs=folders, bundled=everything, site=everything)


def active_brand(explicit: Path | str | None = None, *, config_dir: Path | None = None) -> Brand | None:
    """The brand in use (see ``wizard.brand.find_brand_dir``), loaded; None without one."""
    folder = find_brand_dir(explicit, config_dir=config_dir)
    return None if folder is None else load_brand(folder)


def load_brand(folder: Path | str) -> Brand:
    """Read and check the brand in ``folder``. Raises ``BrandError``."""
    return _BrandReader(Path(folder)).read()


class _BrandReader:
    def __init__(self, folder: Path) -> None:
        try:
            self.root = folder.resolve()
        except (OSError, RuntimeError):  # a link loop: reading brand.toml below says so
            self.root = folder.absolute()
        self.path = folder / BRAND_FILE
        self.data: dict[str, Any] = {}

    def fail(self, template: str, field: str, *values: object) -> NoReturn:
        """``template``'s %1 is the brand file, %2 the field, %3… the ``values``."""
        raise BrandError(arg(template, self.path, field, *values), self.path, field) from None

    def fail_file(self, template: str, detail: object) -> NoReturn:
        """A problem of the brand file as a whole: %1 is the file, %2 the ``detail``."""
        raise BrandError(arg(template, self.path, detail), self.path) from None

    # -- brand.toml --------------------------------------------------------------------------

    def read(self) -> Brand:
        self.data = self._toml()
        self._no_unknown_keys()
        identifier = self.identifier("id")
        name = self.text("name", max_length=64)
        short_name = self.text("short_name", max_length=32)
        installer = self.file_stem("installer")
        logo = self._logo()
        language = self.choice("language", SUPPORTED_LANGUAGES)
        providers_dir, providers = self._providers()
        locked = self.flag("providers.locked", default=False)
        outside = OutsideAddress(self.choice("providers.outside", OutsideAddress, default="search"))
        if outside is OutsideAddress.STOP and not locked:
            self.fail(
                translate("Brand", "%1: '%2' can be \"stop\" only when '%3' is true."),
                "providers.outside",
                "providers.locked",
            )
        return Brand(
            folder=self.root,
            id=identifier,
            name=name,
            short_name=short_name,
            installer=installer,
            logo=logo,
            language=language,
            providers_dir=providers_dir,
            providers=providers,
            locked=locked,
            outside=outside,
            support=self._support(),
            preset=self._preset(),
        )

    def _toml(self) -> dict[str, Any]:
        try:
            raw = read_capped(self.path, MAX_BRAND_FILE_BYTES)
        except FileTooLarge as exc:
            self.fail_file(translate("Brand", "%1 is larger than %2 KB."), exc.limit // 1024)
        except OSError as exc:
            self.fail_file(translate("Brand", "%1 cannot be read (%2)."), exc.strerror or exc)
        try:
            return tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            self.fail_file(translate("Brand", "%1 is not valid TOML (%2)."), f"not UTF-8: {exc.reason}")
        except tomllib.TOMLDecodeError as exc:
            self.fail_file(translate("Brand", "%1 is not valid TOML (%2)."), exc)

    def _no_unknown_keys(self) -> None:
        for table, known in _KEYS.items():
            values = self.table(table) if table else self.data
            for key in values:
                if key not in known:
                    self.fail(translate("Brand", "%1: '%2' is not a known key."), _dotted(table, key))

    def value(self, field: str) -> Any:
        table, _, key = field.rpartition(".")
        return (self.table(table) if table else self.data).get(key)

    def table(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            self.fail(translate("Brand", "%1: '%2' must be a table of its own ([%2])."), name)
        return value

    def text(self, field: str, *, max_length: int = 256, required: bool = True) -> str:
        """A one-line text; "" for an absent key that is not ``required``."""
        value = self.value(field)
        if value is None and not required:
            return ""
        if value is None:
            self.fail(translate("Brand", "%1: '%2' is missing."), field)
        if not isinstance(value, str):
            self.fail(translate("Brand", "%1: '%2' must be text in quotes."), field)
        value = value.strip()
        if not value:
            self.fail(translate("Brand", "%1: '%2' is empty."), field)
        if len(value) > max_length:
            self.fail(translate("Brand", "%1: '%2' is longer than %3 characters."), field, max_length)
        if _CONTROL.search(value):
            self.fail(translate("Brand", "%1: '%2' must be one line without control characters."), field)
        return value

    def identifier(self, field: str) -> str:
        value = self.text(field, max_length=32)
        if not _ID.fullmatch(value):
            self.fail(
                translate(
                    "Brand",
                    "%1: '%2' may hold only lower-case Latin letters, digits and hyphens, and must "
                    "start with a letter or a digit.",
                ),
                field,
            )
        return value

    def file_stem(self, field: str) -> str:
        value = self.text(field, max_length=64)
        if not _FILE_STEM.fullmatch(value):
            self.fail(
                translate(
                    "Brand",
                    "%1: '%2' may hold only Latin letters, digits, dots, hyphens and underscores, and "
                    "must start with a letter or a digit.",
                ),
                field,
            )
        return value

    def flag(self, field: str, *, default: bool) -> bool:
        value = self.value(field)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.fail(translate("Brand", "%1: '%2' must be true or false."), field)
        return value

    def choice(self, field: str, allowed: Iterable[str], *, default: str | None = None) -> str:
        values = [str(a) for a in allowed]
        if self.value(field) is None and default is not None:
            return default
        value = self.text(field, max_length=64)
        if value not in values:
            self.fail(translate("Brand", "%1: '%2' must be one of %3."), field, ", ".join(values))
        return value

    def choices(self, field: str, allowed: Iterable[str]) -> tuple[str, ...] | None:
        """A list of ``allowed`` values, in ``allowed``'s order; None when the key is absent."""
        value = self.value(field)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(translate("Brand", "%1: '%2' must be a list of texts in quotes."), field)
        values = [str(a) for a in allowed]
        if not value:
            self.fail(translate("Brand", "%1: '%2' is empty."), field)
        if any(v.strip() not in values for v in value):
            self.fail(translate("Brand", "%1: '%2' may hold only %3."), field, ", ".join(values))
        chosen = {v.strip() for v in value}
        return tuple(v for v in values if v in chosen)

    # -- the files it names --------------------------------------------------------------------

    def inside(self, field: str) -> tuple[str, Path]:
        """The path ``field`` names, as written and resolved; it must stay in the brand folder."""
        written = self.text(field, max_length=255)
        path = (self.root / written).resolve()
        if Path(written).is_absolute() or not path.is_relative_to(self.root):
            self.fail(translate("Brand", "%1: '%2' must name a path inside the brand folder."), field)
        return written, path

    def file(self, field: str, written: str, path: Path, limit: int) -> bytes:
        try:
            return read_capped(path, limit)
        except FileTooLarge:
            self.fail(
                translate("Brand", "%1: '%2' names %3, which is larger than %4 KB."),
                field,
                written,
                limit // 1024,
            )
        except OSError as exc:
            self.fail(
                translate("Brand", "%1: '%2' names %3, which cannot be read (%4)."),
                field,
                written,
                exc.strerror or exc,
            )

    def _logo(self) -> Logo:
        written, path = self.inside("logo")
        data = self.file("logo", written, path, MAX_LOGO_BYTES)
        try:
            return Logo(path, logo_format(written, data))
        except ValueError as exc:
            self.fail(
                translate("Brand", "%1: '%2' names %3, which is not a PNG or SVG image (%4)."),
                "logo",
                written,
                exc,
            )

    def _providers(self) -> tuple[Path, tuple[AccountConfig, ...]]:
        field = "providers.folder"
        written, folder = self.inside(field)
        try:
            files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xml")
        except OSError:
            self.fail(translate("Brand", "%1: '%2' names %3, which is not a folder."), field, written)
        if not files:
            self.fail(
                translate("Brand", "%1: '%2' names the folder %3, which holds no provider files (*.xml)."),
                field,
                written,
            )
        if len(files) > MAX_PROVIDER_FILES:
            self.fail(
                translate("Brand", "%1: '%2' names the folder %3, which holds more than %4 provider files."),
                field,
                written,
                MAX_PROVIDER_FILES,
            )
        providers = []
        for path in files:
            shown = f"{written.rstrip('/')}/{path.name}"
            data = self.file(field, shown, path, MAX_CONFIG_BYTES)
            try:
                # Read as the catalog reads an administrator's files; the origin is left out of
                # the parser's sentence, which the brand's sentence already names.
                config = parse_clientconfig(data, source=Source.ADMIN)
            except ConfigError as exc:
                self.fail(
                    translate("Brand", "%1: '%2' names %3, which is not a valid provider file (%4)."),
                    field,
                    shown,
                    exc,
                )
            if not config.domains:
                self.fail(translate("Brand", "%1: '%2' names %3, which lists no domain."), field, shown)
            providers.append(replace(config, origin=str(path)))
        return folder, tuple(providers)

    # -- support and preset ----------------------------------------------------------------------

    def _support(self) -> Support:
        support = Support(
            web=self.text("support.web", max_length=2048, required=False) or None,
            phone=self.text("support.phone", max_length=32, required=False) or None,
            email=self.text("support.email", max_length=254, required=False) or None,
        )
        if not (support.web or support.phone or support.email):
            self.fail(translate("Brand", "%1: '%2' needs at least one of web, phone and email."), "support")
        if support.web and not _is_https_address(support.web):
            self.fail(translate("Brand", "%1: '%2' is not an https:// web address."), "support.web")
        if support.phone and not _is_phone_number(support.phone):
            self.fail(translate("Brand", "%1: '%2' is not a phone number."), "support.phone")
        if support.email and not _is_email_address(support.email):
            self.fail(translate("Brand", "%1: '%2' is not an e-mail address."), "support.email")
        return support

    def _preset(self) -> BrandPreset | None:
        if "preset" not in self.data:
            return None
        targets = tuple(Target(t) for t in self.choices("preset.targets", Target) or Target)
        checked = self.choices("preset.checked", Target)
        if checked is not None and not set(checked) <= set(targets):
            self.fail(
                translate("Brand", "%1: '%2' may only hold targets that '%3' offers."),
                "preset.checked",
                "preset.targets",
            )
        formats = None
        if self.value("preset.formats") is not None:
            from wizard.targets.exports import ExportFormat  # only then: the exports load slowly

            formats = tuple(ExportFormat(f) for f in self.choices("preset.formats", ExportFormat) or ())
        oauth2 = None
        if self.value("preset.oauth2") is not None:
            written, oauth2 = self.inside("preset.oauth2")
            self.file("preset.oauth2", written, oauth2, MAX_OAUTH2_BYTES)
        return BrandPreset(
            targets=targets,
            checked=None if checked is None else tuple(Target(t) for t in checked),
            formats=formats,
            oauth2=oauth2,
        )


def _dotted(table: str, key: str) -> str:
    return f"{table}.{key}" if table else key


def _is_https_address(text: str) -> bool:
    if any(c.isspace() for c in text):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError on a bad port
        normalize_domain(parts.hostname or "")
    except ValueError:
        return False
    return parts.scheme == "https" and parts.username is None and parts.password is None


def _is_phone_number(text: str) -> bool:
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE.fullmatch(text)) and 3 <= digits <= 20


def _is_email_address(text: str) -> bool:
    if text.lower().startswith("mailto:"):
        return False
    try:
        parse_email_address(text)
    except AddressError:
        return False
    return True
