"""Brand folders (an ISP's own edition): the two examples load as declared, every kind of
malformed brand is refused with one sentence naming brand.toml and the field, the brand's
catalog is locked or not as it says, and the per-machine brand folder is found."""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.brand import (
    BRAND_FILE,
    BrandError,
    LogoFormat,
    OutsideAddress,
    active_brand,
    find_brand_dir,
    load_brand,
    machine_config_dir,
)
from wizard.brand.files import check_png
from wizard.flow.data import Target
from wizard.i18n import SUPPORTED_LANGUAGES, QmTranslations, qm_file, translated_by
from wizard.model import NoteKind, Source
from wizard.targets.exports import ExportFormat

BRANDS = Path(__file__).resolve().parents[1] / "packaging" / "brands"

Brand = dict[str, Any]


# -- helpers -----------------------------------------------------------------------------------


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # A JSON string is a TOML basic string once DEL is escaped too.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return repr(value)


def dump_toml(data: Brand) -> str:
    """Enough of a TOML writer for brand.toml: scalars and lists first, then one level of tables."""
    lines = [f"{key} = {toml_value(value)}" for key, value in data.items() if not isinstance(value, dict)]
    for name, table in data.items():
        if isinstance(table, dict):
            lines += ["", f"[{name}]"] + [f"{key} = {toml_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def base_brand() -> Brand:
    """A complete, valid brand.toml (the astra example's folder supplies the files)."""
    return {
        "id": "astra-mail",
        "name": "Astra Mail Setup",
        "short_name": "Astra Mail",
        "installer": "AstraMail",
        "logo": "logo.svg",
        "language": "ru",
        "providers": {"folder": "providers", "locked": True, "outside": "search"},
        "support": {
            "web": "https://support.example.invalid/",
            "phone": "+380 00 000 0000",
            "email": "help@example.invalid",
        },
        "preset": {"targets": ["thunderbird", "file"], "checked": ["thunderbird"], "formats": ["qr"]},
    }


@pytest.fixture
def brand_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "brand"
    shutil.copytree(BRANDS / "astra", folder)
    (folder / BRAND_FILE).write_text(dump_toml(base_brand()), encoding="utf-8")
    return folder


def refusal(folder: Path) -> BrandError:
    with pytest.raises(BrandError) as caught:
        load_brand(folder)
    return caught.value


def assert_one_sentence(error: BrandError, folder: Path, field: str) -> None:
    sentence = str(error)
    assert sentence.startswith(f"{folder / BRAND_FILE}"), sentence
    assert "\n" not in sentence and "Traceback" not in sentence
    assert sentence.endswith("."), sentence
    assert error.path == folder / BRAND_FILE
    assert error.field == field
    if field:
        assert f"'{field}'" in sentence, sentence
    assert error.__suppress_context__ and error.__cause__ is None  # nothing chained to print


# -- the examples --------------------------------------------------------------------------------


def test_astra_loads_russian_locked_with_its_password_notes() -> None:
    brand = load_brand(BRANDS / "astra")
    assert (brand.id, brand.name, brand.language) == ("astra-mail", "Astra Mail Setup", "ru")
    assert brand.installer_file("1.2.0") == "AstraMail-Setup-1.2.0.exe"
    assert brand.logo.format is LogoFormat.SVG and brand.logo.path == BRANDS / "astra" / "logo.svg"
    assert brand.locked and brand.outside is OutsideAddress.SEARCH
    assert brand.domains == ("astra.od.ua",)
    assert brand.serves("Astra.OD.ua") and not brand.serves("gmail.com") and not brand.serves("not a domain")
    assert brand.support.email and brand.support.email.endswith(".invalid")  # an example, not Astra's
    assert brand.preset is not None
    assert brand.preset.targets == (Target.THUNDERBIRD, Target.OUTLOOK, Target.FILE)
    assert brand.preset.checked == (Target.THUNDERBIRD,)
    assert brand.preset.formats == (ExportFormat.AUTOCONFIG, ExportFormat.QR, ExportFormat.PRF)

    (provider,) = brand.providers
    assert provider.source is Source.ADMIN and provider.origin == str(brand.providers_dir / "astra.od.ua.xml")
    rules, hint = [n for n in provider.notes if n.kind is NoteKind.PASSWORD]
    for note in (rules, hint):
        assert note.text.languages == set(SUPPORTED_LANGUAGES)
    assert all("6" in rules.text.get(lang) for lang in SUPPORTED_LANGUAGES)
    assert all("Caps Lock" in hint.text.get(lang) for lang in SUPPORTED_LANGUAGES)
    assert "раскладк" in hint.text.get("ru") and "кириллиц" in hint.text.get("ru")


def test_ispis_loads_czech_locked_with_the_data_box_login_and_the_delivery_notice() -> None:
    brand = load_brand(BRANDS / "ispis")
    assert (brand.language, brand.domains, brand.installer) == ("cs", ("ispis.cz",), "iSpisMail")
    assert brand.locked and brand.outside is OutsideAddress.STOP
    assert brand.preset is not None and brand.preset.formats is None
    assert brand.preset.targets == (Target.THUNDERBIRD, Target.OUTLOOK)
    (provider,) = brand.providers
    (login,) = provider.input_fields
    assert login.key == "USERNAME" and "ISDS" in login.label.get("cs")
    assert {s.username for s in provider.incoming + provider.outgoing} == {"%USERNAME%"}
    delivery = provider.notes[0]
    assert delivery.kind is NoteKind.INFO and delivery.text.languages == set(SUPPORTED_LANGUAGES)
    assert "doručena" in delivery.text.get("cs") and "delivered" in delivery.text.get("en")


def test_a_locked_brand_catalog_holds_only_its_providers_and_the_generic_one_everything() -> None:
    brand = load_brand(BRANDS / "ispis")
    locked = brand.catalog()
    assert [p.id for p in locked.providers] == ["ispis.cz"] and locked.problems == ()
    assert locked.find_by_domain("gmail.com") is None
    generic = brand.catalog(generic=True)
    assert generic.find_by_domain("gmail.com") is not None
    own = generic.find_by_domain("ispis.cz")
    assert own is not None and own.origin == str(
        brand.providers_dir / "ispis.cz.xml"
    )  # the brand's file wins


def test_an_unlocked_brand_catalog_puts_its_providers_before_the_bundled_ones(brand_dir: Path) -> None:
    data = base_brand()
    data["providers"]["locked"] = False
    (brand_dir / BRAND_FILE).write_text(dump_toml(data), encoding="utf-8")
    brand = load_brand(brand_dir)
    catalog = brand.catalog()
    assert catalog.providers[0].origin == str(brand.providers_dir / "astra.od.ua.xml")
    assert catalog.find_by_domain("astra.od.ua") == catalog.providers[0]
    assert catalog.find_by_domain("seznam.cz") is not None
    assert sum(p.id == "astra.od.ua" for p in catalog.providers) == 1  # the bundled entry is shadowed


def test_defaults_without_optional_keys(brand_dir: Path) -> None:
    data = base_brand()
    del data["preset"]
    data["providers"] = {"folder": "providers"}
    data["support"] = {"phone": "1550"}
    (brand_dir / BRAND_FILE).write_text(dump_toml(data), encoding="utf-8")
    brand = load_brand(brand_dir)
    assert brand.preset is None and not brand.locked and brand.outside is OutsideAddress.SEARCH
    assert (brand.support.web, brand.support.phone, brand.support.email) == (None, "1550", None)

    data["preset"] = {"oauth2": "providers/astra.od.ua.xml"}  # any readable file inside
    (brand_dir / BRAND_FILE).write_text(dump_toml(data), encoding="utf-8")
    preset = load_brand(brand_dir).preset
    assert preset is not None
    assert preset.targets == tuple(Target) and preset.checked is None and preset.formats is None
    assert preset.oauth2 == brand_dir.resolve() / "providers" / "astra.od.ua.xml"


def test_a_png_logo_is_accepted(brand_dir: Path) -> None:
    data = base_brand()
    data["logo"] = "art/logo.png"
    (brand_dir / "art").mkdir()
    (brand_dir / "art" / "logo.png").write_bytes(png(256, 256))
    (brand_dir / BRAND_FILE).write_text(dump_toml(data), encoding="utf-8")
    assert load_brand(brand_dir).logo.format is LogoFormat.PNG


# -- malformed brands ----------------------------------------------------------------------------


def edit(change: Callable[[Brand], None]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        data = base_brand()
        change(data)
        (folder / BRAND_FILE).write_text(dump_toml(data), encoding="utf-8")

    return apply


def setting(field: str, value: Any) -> Callable[[Path], None]:
    table, _, key = field.rpartition(".")

    def change(data: Brand) -> None:
        (data[table] if table else data)[key] = value

    return edit(change)


def removing(field: str) -> Callable[[Path], None]:
    table, _, key = field.rpartition(".")
    return edit(lambda data: (data[table] if table else data).pop(key))


def writing(name: str, content: bytes | str) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)

    return apply


def both(*changes: Callable[[Path], None]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        for change in changes:
            change(folder)

    return apply


def copying(source: str, target: str) -> Callable[[Path], None]:
    return lambda folder: shutil.copyfile(folder / source, folder / target)


def dangling_provider(folder: Path) -> None:
    (folder / "providers" / "gone.xml").symlink_to(folder / "nowhere.xml")


def many_providers(folder: Path) -> None:
    original = (folder / "providers" / "astra.od.ua.xml").read_text(encoding="utf-8")
    for n in range(100):
        (folder / "providers" / f"copy{n:03}.xml").write_text(original, encoding="utf-8")


_VALID_PROVIDER = (BRANDS / "astra" / "providers" / "astra.od.ua.xml").read_text(encoding="utf-8")

MALFORMED: dict[str, tuple[Callable[[Path], None], str, str]] = {
    # case: (change, field named, words of the sentence)
    "no brand.toml": (lambda f: (f / BRAND_FILE).unlink(), "", "cannot be read (No such file"),
    "brand.toml too large": (writing(BRAND_FILE, "#" * 70_000), "", "is larger than 64 KB"),
    "bad TOML": (writing(BRAND_FILE, 'name = "Astra\n'), "", "is not valid TOML"),
    "not UTF-8": (writing(BRAND_FILE, b'name = "\xff"\n'), "", "is not valid TOML (not UTF-8"),
    "unknown key": (setting("colour", "red"), "colour", "is not a known key"),
    "unknown key in a table": (setting("support.fax", "+1 000"), "support.fax", "is not a known key"),
    "missing id": (removing("id"), "id", "is missing"),
    "missing name": (removing("name"), "name", "is missing"),
    "missing logo": (removing("logo"), "logo", "is missing"),
    "missing language": (removing("language"), "language", "is missing"),
    "missing providers": (removing("providers.folder"), "providers.folder", "is missing"),
    "name not text": (setting("name", 5), "name", "must be text"),
    "empty short name": (setting("short_name", "  "), "short_name", "is empty"),
    "name too long": (setting("name", "A" * 65), "name", "is longer than 64 characters"),
    "name on two lines": (setting("name", "Astra\tMail"), "name", "one line"),
    "locked not a flag": (setting("providers.locked", "yes"), "providers.locked", "true or false"),
    "support not a table": (setting("support", "call us"), "support", "must be a table"),
    "bad id": (setting("id", "Astra Mail"), "id", "lower-case Latin letters"),
    "bad installer name": (setting("installer", "Astra/Mail"), "installer", "Latin letters, digits, dots"),
    "installer name starting with a dot": (setting("installer", ".Astra"), "installer", "must start with"),
    "logo file missing": (setting("logo", "missing.svg"), "logo", "names missing.svg, which cannot be read"),
    "logo is a folder": (setting("logo", "providers"), "logo", "names providers, which cannot be read"),
    "logo outside the folder": (setting("logo", "../astra/logo.svg"), "logo", "inside the brand folder"),
    "logo absolute": (setting("logo", str(BRANDS / "astra" / "logo.svg")), "logo", "inside the brand folder"),
    "logo too large": (
        both(writing("big.svg", "<svg>" + " " * (1024 * 1024) + "</svg>"), setting("logo", "big.svg")),
        "logo",
        "larger than 1024 KB",
    ),
    "logo neither png nor svg": (
        both(writing("logo.gif", b"GIF89a"), setting("logo", "logo.gif")),
        "logo",
        "not a PNG or SVG image (the name ends neither",
    ),
    "text named .png": (
        both(writing("logo.png", "not an image"), setting("logo", "logo.png")),
        "logo",
        "(no PNG signature)",
    ),
    "svg named .png": (
        both(copying("logo.svg", "logo.png"), setting("logo", "logo.png")),
        "logo",
        "(no PNG signature)",
    ),
    "png cut short": (
        both(writing("logo.png", png()[:-6]), setting("logo", "logo.png")),
        "logo",
        "cut short",
    ),
    "svg not xml": (writing("logo.svg", "<svg"), "logo", "not well-formed XML"),
    "svg with a dtd": (
        writing(
            "logo.svg", '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'
        ),
        "logo",
        "DTD or entities",
    ),
    "xml that is not svg": (writing("logo.svg", "<html><body/></html>"), "logo", "root element is <html>"),
    "unknown language": (setting("language", "de"), "language", "must be one of en, ru, lt, sv, cs"),
    "providers folder missing": (
        setting("providers.folder", "nowhere"),
        "providers.folder",
        "names nowhere, which is not a folder",
    ),
    "providers folder is a file": (
        setting("providers.folder", "logo.svg"),
        "providers.folder",
        "which is not a folder",
    ),
    "providers folder empty": (
        lambda f: (f / "providers" / "astra.od.ua.xml").unlink(),
        "providers.folder",
        "holds no provider files",
    ),
    "providers folder outside": (
        setting("providers.folder", ".."),
        "providers.folder",
        "inside the brand folder",
    ),
    "too many provider files": (many_providers, "providers.folder", "more than 100 provider files"),
    "provider not XML": (
        writing("providers/broken.xml", "<clientConfig"),
        "providers.folder",
        "names providers/broken.xml, which is not a valid provider file (",
    ),
    "provider without servers": (
        writing(
            "providers/empty.xml",
            '<clientConfig><emailProvider id="x"><domain>x.example</domain></emailProvider></clientConfig>',
        ),
        "providers.folder",
        "no usable incoming server",
    ),
    "provider without domain": (
        writing("providers/nodomain.xml", _VALID_PROVIDER.replace("<domain>astra.od.ua</domain>", "")),
        "providers.folder",
        "names providers/nodomain.xml, which lists no domain",
    ),
    "provider too large": (
        writing("providers/huge.xml", _VALID_PROVIDER + "<!--" + "x" * (1024 * 1024) + "-->"),
        "providers.folder",
        "larger than 1024 KB",
    ),
    "provider unreadable": (
        dangling_provider,
        "providers.folder",
        "names providers/gone.xml, which cannot be read",
    ),
    "provider is a folder": (
        lambda f: (f / "providers" / "sub.xml").mkdir(),
        "providers.folder",
        "names providers/sub.xml, which cannot be read (not a regular file)",
    ),
    "unknown outside policy": (
        setting("providers.outside", "maybe"),
        "providers.outside",
        "one of search, stop",
    ),
    "stop without a lock": (
        edit(lambda d: d["providers"].update(locked=False, outside="stop")),
        "providers.outside",
        "only when 'providers.locked' is true",
    ),
    "no support contact": (setting("support", {}), "support", "at least one of web, phone and email"),
    "support page over http": (setting("support.web", "http://example.org/help"), "support.web", "https://"),
    "support page without host": (setting("support.web", "https:///help"), "support.web", "https://"),
    "support page with a password": (
        setting("support.web", "https://user:pw@example.org/"),
        "support.web",
        "https://",
    ),
    "support phone with letters": (
        setting("support.phone", "call us"),
        "support.phone",
        "not a phone number",
    ),
    "support phone too short": (setting("support.phone", "+1"), "support.phone", "not a phone number"),
    "support e-mail without @": (
        setting("support.email", "help.example.org"),
        "support.email",
        "not an e-mail address",
    ),
    "support e-mail as mailto": (
        setting("support.email", "mailto:help@example.org"),
        "support.email",
        "not an e-mail address",
    ),
    "unknown target": (
        setting("preset.targets", ["kmail"]),
        "preset.targets",
        "may hold only thunderbird, outlook, file",
    ),
    "targets not a list": (setting("preset.targets", "thunderbird"), "preset.targets", "a list of texts"),
    "no targets": (setting("preset.targets", []), "preset.targets", "is empty"),
    "checked but not offered": (
        setting("preset.checked", ["outlook"]),
        "preset.checked",
        "only hold targets that 'preset.targets' offers",
    ),
    "unknown format": (setting("preset.formats", ["docx"]), "preset.formats", "may hold only autoconfig"),
    "oauth2 file missing": (
        setting("preset.oauth2", "oauth2.toml"),
        "preset.oauth2",
        "names oauth2.toml, which cannot be read",
    ),
    "oauth2 file outside": (
        setting("preset.oauth2", "../oauth2.toml"),
        "preset.oauth2",
        "inside the brand folder",
    ),
    "oauth2 file too large": (
        both(writing("oauth2.toml", "#" * (1024 * 1024 + 1)), setting("preset.oauth2", "oauth2.toml")),
        "preset.oauth2",
        "larger than 1024 KB",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_brand_is_refused_with_one_sentence_naming_file_and_field(
    brand_dir: Path, case: str
) -> None:
    change, field, words = MALFORMED[case]
    change(brand_dir)
    error = refusal(brand_dir)
    assert_one_sentence(error, brand_dir, field)
    assert words in str(error)


def test_the_sentence_is_translated(brand_dir: Path) -> None:
    if qm_file("cs") is None:
        pytest.fail("the compiled translations are missing: run scripts/translations compile")
    setting("support.email", "help")(brand_dir)
    with translated_by(QmTranslations.load("cs").lookup):
        error = refusal(brand_dir)
    assert_one_sentence(error, brand_dir, "support.email")
    assert "e-mailová adresa" in str(error)


_NOT_TEXT = st.one_of(
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=3),
)
_TEXT_FIELDS = [
    "id",
    "name",
    "short_name",
    "installer",
    "logo",
    "language",
    "providers.folder",
    "support.web",
]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(field=st.sampled_from(_TEXT_FIELDS), value=_NOT_TEXT)
def test_any_value_of_the_wrong_kind_is_refused_naming_its_field(
    brand_dir: Path, field: str, value: Any
) -> None:
    setting(field, value)(brand_dir)
    error = refusal(brand_dir)
    assert_one_sentence(error, brand_dir, field)
    assert "must be text in quotes" in str(error)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(language=st.text(max_size=8).filter(lambda t: t.strip() not in SUPPORTED_LANGUAGES))
def test_any_other_language_is_refused(brand_dir: Path, language: str) -> None:
    setting("language", language)(brand_dir)
    error = refusal(brand_dir)
    assert_one_sentence(error, brand_dir, "language")


@given(position=st.integers(min_value=0), value=st.integers(min_value=1, max_value=255))
def test_a_png_with_any_one_byte_changed_is_refused(position: int, value: int) -> None:
    good = bytearray(png())
    check_png(bytes(good))
    position %= len(good)
    good[position] ^= value
    with pytest.raises(ValueError):
        check_png(bytes(good))


@given(st.binary(max_size=200))
def test_random_bytes_are_not_a_png(data: bytes) -> None:
    with pytest.raises(ValueError):
        check_png(b"\x89PNG\r\n\x1a\n" + data)


# -- finding the brand in use ----------------------------------------------------------------------


def test_the_per_machine_brand_folder_is_found_in_the_injected_config_folder(tmp_path: Path) -> None:
    assert find_brand_dir(config_dir=tmp_path) is None
    assert active_brand(config_dir=tmp_path) is None
    shutil.copytree(BRANDS / "ispis", tmp_path / "brand")
    assert find_brand_dir(config_dir=tmp_path) == tmp_path / "brand"
    brand = active_brand(config_dir=tmp_path)
    assert brand is not None and brand.id == "ispis-mail"
    # An explicit folder (--brand DIR) comes first.
    assert find_brand_dir(BRANDS / "astra", config_dir=tmp_path) == BRANDS / "astra"
    explicit = active_brand(BRANDS / "astra", config_dir=tmp_path)
    assert explicit is not None and explicit.id == "astra-mail"


def test_a_branded_builds_own_brand_comes_before_the_per_machine_one(tmp_path: Path) -> None:
    from wizard.brand import INSTALLED_BRAND_DIR

    assert not INSTALLED_BRAND_DIR.exists()  # a source checkout is the generic wizard
    shutil.copytree(BRANDS / "ispis", tmp_path / "machine" / "brand")
    installed = tmp_path / "program" / "brand"
    assert find_brand_dir(config_dir=tmp_path / "machine", installed=installed) == tmp_path / "machine" / "brand"
    shutil.copytree(BRANDS / "astra", installed)
    assert find_brand_dir(config_dir=tmp_path / "machine", installed=installed) == installed
    assert find_brand_dir(BRANDS / "ispis", config_dir=tmp_path, installed=installed) == BRANDS / "ispis"


def test_a_broken_per_machine_brand_is_refused_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "brand").mkdir()
    with pytest.raises(BrandError) as caught:
        active_brand(config_dir=tmp_path)
    assert str(caught.value).startswith(str(tmp_path / "brand" / BRAND_FILE))


def test_an_explicit_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BrandError, match="cannot be read"):
        active_brand(tmp_path / "nowhere", config_dir=tmp_path)


def test_the_per_machine_folder_is_the_catalogs_admin_folder_parent() -> None:
    from wizard.catalog import site_dir

    assert machine_config_dir() == site_dir().parent


# -- the first look (before the window's first paint) ----------------------------------------------


@pytest.mark.parametrize(("name", "language"), [("astra", "ru"), ("ispis", "cs")])
def test_the_first_look_agrees_with_the_loaded_brand(name: str, language: str) -> None:
    from wizard.brand import look_at_brand

    brand = load_brand(BRANDS / name)
    look = look_at_brand(BRANDS / name)
    assert look.language == language
    assert (look.name, look.short_name, look.language, look.locked) == (
        brand.name,
        brand.short_name,
        brand.language,
        brand.locked,
    )
    assert brand.look.folder == brand.folder


@pytest.mark.parametrize(
    "content",
    [None, b"name = ", b"\xff\xfe", b'name = 7\nlanguage = "de"\n[providers]\nlocked = "yes"\n',
     b'name = "two\\nlines"\nshort_name = ""\nproviders = 3\n'],
)
def test_a_doubtful_first_look_leaves_the_values_out(tmp_path: Path, content: bytes | None) -> None:
    """Nothing is refused at a first look (the full load says why); what is doubtful is left out."""
    from wizard.brand import look_at_brand

    if content is not None:
        (tmp_path / BRAND_FILE).write_bytes(content)
    look = look_at_brand(tmp_path)
    assert (look.name, look.short_name, look.language, look.locked) == (None, None, None, False)


@pytest.mark.parametrize("dirs", [None, "", "/opt/xdg:/etc/xdg"])
def test_the_per_machine_folder_is_platformdirs_site_config_folder(
    monkeypatch: pytest.MonkeyPatch, dirs: str | None
) -> None:
    """``machine_config_dir`` follows platformdirs' rule without importing it (on this platform)."""
    import platformdirs

    if dirs is None:
        monkeypatch.delenv("XDG_CONFIG_DIRS", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_DIRS", dirs)
    assert machine_config_dir() == Path(platformdirs.site_config_dir("mailwizard", appauthor=False))


def test_a_brand_folder_that_is_a_link_loop_is_one_sentence(tmp_path: Path) -> None:
    """``--brand`` naming a link loop used to end in a traceback before the log started."""
    loop = tmp_path / "brand"
    loop.symlink_to(tmp_path / "other")
    (tmp_path / "other").symlink_to(loop)
    assert_one_sentence(refusal(loop), loop, "")
