"""Which language the wizard speaks: the supported languages, the system's choice, the user's
remembered choice, where the compiled ``.qm`` files live, and a pseudo-locale for layout tests;
and the name it speaks as (Mail Wizard, or an ISP brand's short name).

No Qt here: the core stays Qt-free. Installing ``QTranslator`` objects (ours and Qt's own
``qtbase_<lang>.qm``) is the UI's job (``wizard/ui/``); it asks this module what to load.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from wizard import APP_NAME

SOURCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "ru", "lt", "sv", "cs")

# Endonyms: each language is offered in its own name, never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "lt": "Lietuvių",
    "sv": "Svenska",
    "cs": "Čeština",
}

# Windows primary language ids (LANGID & 0x3FF), so every regional variant maps too
# (sv-FI 0x081D, en-GB 0x0809 …). Values from [MS-LCID].
_WINDOWS_PRIMARY_LANGUAGES: dict[int, str] = {
    0x09: "en",
    0x19: "ru",
    0x27: "lt",
    0x1D: "sv",
    0x05: "cs",
}

_SETTINGS_FILE = "language.json"


def language_of_locale(name: str) -> str | None:
    """The supported language of a locale name (``ru_RU.UTF-8``, ``sv-SE``, ``cs_CZ@euro``), or None."""
    base = re.split(r"[_\-.@]", name.strip(), maxsplit=1)[0].lower()
    return base if base in SUPPORTED_LANGUAGES else None


def language_of_windows_langid(langid: int) -> str | None:
    """The supported language of a Windows LANGID/LCID (0x0419 -> "ru"), or None."""
    return _WINDOWS_PRIMARY_LANGUAGES.get(langid & 0x3FF)


def windows_ui_langid() -> int | None:
    """The user's default UI language on Windows (``GetUserDefaultUILanguage``); None elsewhere."""
    if sys.platform == "win32":
        import ctypes

        try:
            return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
        except (AttributeError, OSError):
            return None
    return None


def system_language(
    environ: Mapping[str, str] | None = None,
    windows_langid: Callable[[], int | None] = windows_ui_langid,
    fallback: str = SOURCE_LANGUAGE,
) -> str:
    """The language the system asks for, as one of ``SUPPORTED_LANGUAGES``; ``fallback`` when
    it asks for none of them (a brand's own language, else English).

    Follows gettext: the locale is the first non-empty of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
    ``LANGUAGE`` (a colon-separated priority list) comes first unless the locale is set to
    ``C``/``POSIX``. When none of them is set (the usual case on Windows), the Windows user
    interface language decides.
    """
    env = os.environ if environ is None else environ
    locale = next((env.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(v)), "")
    if locale in ("C", "POSIX") or locale.startswith(("C.", "POSIX.")):
        candidates: list[str] = []
    else:
        candidates = [*env.get("LANGUAGE", "").split(":"), locale]
    for candidate in candidates:
        if candidate and (language := language_of_locale(candidate)):
            return language
    if not any(candidates) and (langid := windows_langid()) is not None:
        return language_of_windows_langid(langid) or fallback
    return fallback


def qm_dir() -> Path:
    """The folder holding the package's compiled translations (``wizard_<lang>.qm``)."""
    return Path(__file__).resolve().parent / "translations"


def qm_file(language: str) -> Path | None:
    """The compiled translation for ``language``; None for English (the source) or when missing."""
    if language == SOURCE_LANGUAGE or language not in SUPPORTED_LANGUAGES:
        return None
    path = qm_dir() / f"wizard_{language}.qm"
    return path if path.is_file() else None


def settings_path() -> Path:
    """platformdirs' user configuration folder, without platformdirs where its rule is one
    line: it is read before the window's first paint, and importing platformdirs costs ~10 ms
    there on Linux and 70-180 ms under Wine (it loads ctypes to ask Windows for the folder
    that Windows also puts in %LOCALAPPDATA%)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / APP_NAME / _SETTINGS_FILE
    if sys.platform.startswith("linux"):  # the XDG rule
        base = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
        return Path(base) / APP_NAME / _SETTINGS_FILE
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / _SETTINGS_FILE


def remembered_language(path: Path | None = None) -> str | None:
    """The language the user picked last time, or None (then follow ``system_language()``)."""
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:  # none yet: the usual case
        return None
    import json  # here: the window's first paint needs no json otherwise

    try:
        data = json.loads(text)
    except ValueError:
        return None
    language = data.get("language") if isinstance(data, dict) else None
    return language if language in SUPPORTED_LANGUAGES else None


def remember_language(language: str | None, path: Path | None = None) -> None:
    """Store the user's choice; None forgets it (the system language applies again)."""
    if language is not None and language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language: {language!r}")
    path = path or settings_path()
    if language is None:
        path.unlink(missing_ok=True)
        return
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps({"language": language}) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def initial_language(
    environ: Mapping[str, str] | None = None, path: Path | None = None, fallback: str = SOURCE_LANGUAGE
) -> str:
    """What the window opens in: the remembered choice, else the system language, else
    ``fallback`` (a brand's language)."""
    return remembered_language(path) or system_language(environ, fallback=fallback)


# -- compiled translations without Qt (the command line) -----------------------------------

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69
# Tags inside a .qm message record (Qt's QTranslator): end, translation, obsolete (4 bytes),
# source text, context, comment.
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_TEXTS = {6: "source", 7: "context", 8: "comment"}


def plural_form(language: str, n: int) -> int:
    """Which numerus form Qt Linguist keeps for ``n`` in ``language`` (the .ts order)."""
    n = abs(n)
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "lt":
        if 11 <= n % 100 <= 19:
            return 2
        return 0 if n % 10 == 1 else 1 if n % 10 >= 2 else 2
    if language == "cs":
        return 0 if n == 1 else 1 if 2 <= n <= 4 else 2
    return 0 if n == 1 else 1


class QmTranslations:
    """The messages of one compiled ``.qm`` file, read without Qt (for the command line).

    ``lookup`` mirrors ``QCoreApplication.translate``: the English source text when a
    message is missing or unfinished, ``%n`` replaced by the number."""

    def __init__(self, language: str, messages: Mapping[tuple[str, str, str], list[str]]) -> None:
        self.language = language
        self.messages = dict(messages)

    @classmethod
    def empty(cls) -> QmTranslations:
        return cls(SOURCE_LANGUAGE, {})

    @classmethod
    def load(cls, language: str, path: Path | None = None) -> QmTranslations:
        """``language``'s compiled file (the package's own unless ``path``); empty when
        there is none or it cannot be read."""
        path = path or qm_file(language)
        if path is None:
            return cls.empty()
        try:
            return cls(language, _read_qm(path.read_bytes()))
        except (OSError, ValueError):
            return cls.empty()

    def lookup(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if forms:
            index = plural_form(self.language, n) if n >= 0 and len(forms) > 1 else 0
            result = forms[min(index, len(forms) - 1)]
        else:
            result = text
        return result.replace("%n", str(n)) if n >= 0 else result


# -- where translations come from ---------------------------------------------------------

Translator = Callable[[str, str, "str | None", int], str]

_translator: list[Translator] = [QmTranslations.empty().lookup]  # English until told otherwise


def use_translator(translator: Translator) -> None:
    """Where ``translate`` looks from now on (``QCoreApplication.translate`` in the window)."""
    _translator[0] = translator


@contextlib.contextmanager
def translated_by(translator: Translator) -> Iterator[None]:
    """``translator`` for the time of a ``with`` block (a command run), then the one before."""
    previous = _translator[0]
    _translator[0] = translator
    try:
        yield
    finally:
        _translator[0] = previous


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (the words table and the command line ask here)."""
    return _translator[0](context, text, disambiguation, n)


# -- who speaks: the program's name in the shared sentences ---------------------------------

PRODUCT_NAME = "Mail Wizard"  # never translated (translations/GLOSSARY.md)

# A process is one edition: the generic wizard, or one brand. The window (when it learns its
# brand) and the command line (``--brand``) say which; the words table, the browser's page
# after a sign-in and the sign-in errors ask here, so that no caller has to pass it along.
_brand_name: list[str | None] = [None]


def use_brand_name(name: str | None) -> None:
    """The brand's short name, which the shared sentences call the program by from now on;
    None: Mail Wizard (the generic build)."""
    _brand_name[0] = name or None


@contextlib.contextmanager
def branded_as(name: str | None) -> Iterator[None]:
    """``name`` for the time of a ``with`` block (a command run), then the one before."""
    previous = _brand_name[0]
    use_brand_name(name)
    try:
        yield
    finally:
        _brand_name[0] = previous


def brand_name() -> str | None:
    """The brand's short name; None in the generic build."""
    return _brand_name[0]


def product_name() -> str:
    """What the sentences call the program: the brand's short name, else Mail Wizard."""
    return _brand_name[0] or PRODUCT_NAME


def _read_qm(data: bytes) -> dict[tuple[str, str, str], list[str]]:
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a .qm file")
    position, messages = len(_QM_MAGIC), b""
    while position + 5 <= len(data):
        tag, length = data[position], int.from_bytes(data[position + 1 : position + 5], "big")
        if tag == _QM_MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: dict[tuple[str, str, str], list[str]] = {}
    record: dict[str, str] = {}
    forms: list[str] = []
    at = 0
    while at < len(messages):
        tag = messages[at]
        at += 1
        if tag == _TAG_END:
            if forms:
                key = (record.get("context", ""), record.get("source", ""), record.get("comment", ""))
                found[key] = forms
            record, forms = {}, []
        elif tag == _TAG_OBSOLETE1:
            at += 4
        elif tag == _TAG_TRANSLATION or tag in _TAG_TEXTS:
            length = int.from_bytes(messages[at : at + 4], "big")
            at += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            chunk = messages[at : at + length]
            at += length
            if tag == _TAG_TRANSLATION:
                forms.append(chunk.decode("utf-16-be"))
            else:
                record[_TAG_TEXTS[tag]] = chunk.decode("utf-8")
        else:
            raise ValueError(f"unknown .qm message tag {tag}")
    return found


# -- pseudo-locale ---------------------------------------------------------------------------

PSEUDO_LANGUAGE = "pseudo"
PSEUDO_GROWTH = 0.4

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþʠŕšţûvŵxýžÅƁÇĐÉƑĜĤÎĴĶĹϺÑÖÞǪŔŠŢÛVŴXÝŽ",
)
# Kept verbatim: HTML tags, entities, Qt placeholders (%1, %L1, %n, %Ln), "&&" and an
# accelerator "&X" (the letter stays, so the shortcut key stays the same).
_PROTECTED = re.compile(r"<[^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);|&&|&.|%L?\d{1,2}|%L?n|%%", re.S)
_WORD = re.compile(r"[^\W\d_]+")


def _pseudo_word(match: re.Match[str]) -> str:
    word = match.group(0).translate(_ACCENTED)
    extra = math.ceil(len(word) * PSEUDO_GROWTH)
    return word + (word * (extra // len(word) + 1))[:extra]


def pseudo_translate(text: str) -> str:
    """``"Found %1"`` -> ``"Ƒöûñđƒö %1"``: accented, each word ~40 % longer, markup kept.

    Used as a translation for layout tests: a label that clips or a window that outgrows
    its size in this locale will do so in a real one.
    """
    parts: list[str] = []
    position = 0
    for match in _PROTECTED.finditer(text):
        parts.append(_WORD.sub(_pseudo_word, text[position : match.start()]))
        parts.append(match.group(0))
        position = match.end()
    parts.append(_WORD.sub(_pseudo_word, text[position:]))
    return "".join(parts)
