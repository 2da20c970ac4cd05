"""The rules every value from outside passes before the wizard uses it.

Host names, user names, ports and URLs arrive from clientConfig files, Autodiscover answers,
DNS records and the command line. Each rule lives here once, so that what one reader refuses
every reader refuses. Values that may hold placeholders (``%EMAILDOMAIN%``) are checked as
templates when read and normalised after expansion (``ServerSettings.expanded``), never
before: lower-casing ``%EMAILDOMAIN%`` first would leave it unexpandable.

Every pattern is matched against the whole string (``fullmatch``): ``$`` would also match
before a final newline. Errors are ``ConfigError`` (a ``ValueError``) with one sentence.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Collection

import idna

from wizard.model.enums import PORT_MAX, PORT_MIN
from wizard.model.errors import UNPRINTABLE, ConfigError, printable
from wizard.model.placeholders import KNOWN_PLACEHOLDERS, PLACEHOLDER

MAX_HOSTNAME_LENGTH = 253
MAX_USERNAME_LENGTH = 256
# ``[0-9]``, not ``\d``: ``\d`` also takes Arabic-Indic and other Unicode digits.
_PORT = re.compile(r"[0-9]{1,5}")
_HOST_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
# Placeholders a host name may hold: the others always give something that is no host name
# (the address has an @, a real name spaces).
HOST_PLACEHOLDERS = ("EMAILLOCALPART", "EMAILDOMAIN")
_HOST_PLACEHOLDER = re.compile("%(?:" + "|".join(HOST_PLACEHOLDERS) + ")%")
# A known placeholder's name still touching a % once the whole ones are taken out: one
# written without its opening or closing % (``%EMAILADDRESS``).
_BROKEN_PLACEHOLDER = re.compile(
    "%(?:{0})|(?:{0})%".format("|".join(KNOWN_PLACEHOLDERS)), re.IGNORECASE
)
_URL = re.compile(r"https?://[^\s<>\"\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def parse_port(text: str) -> int:
    """A port number: 1–65535 written in ASCII digits only, nothing around them.

    ``int()`` would also take ``+993``, ``9_93``, ``٩٩٣`` and padding; none of those is a port
    in any file format the wizard reads. Readers strip their format's own white space first."""
    if not _PORT.fullmatch(text) or not PORT_MIN <= int(text) <= PORT_MAX:
        raise ConfigError(f"'{printable(text)}' is not a port number from {PORT_MIN} to {PORT_MAX}.")
    return int(text)


def normalize_hostname(text: str) -> str:
    """A server's name as used on the wire: lower-case ASCII (punycode for an international
    name), no final dot; or an IP address. White space, shell characters, empty labels and
    placeholders are refused."""
    name = text[:-1] if text.endswith(".") else text
    if ":" in name:
        try:
            return str(ipaddress.IPv6Address(name.removeprefix("[").removesuffix("]")))
        except ValueError:
            raise _bad_host(text) from None
    if not name.isascii():
        try:
            name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise _bad_host(text) from None
    name = name.lower()
    if len(name) > MAX_HOSTNAME_LENGTH or not all(
        _HOST_LABEL.fullmatch(label) for label in name.split(".")
    ):
        raise _bad_host(text)
    return name


def host_template(text: str) -> str:
    """A host name as a settings file writes it: without placeholders it is normalised at
    once; with ``%EMAILLOCALPART%`` or ``%EMAILDOMAIN%`` it is kept as written (expansion
    normalises it) after checking that it reads as a host name with any value in their place.
    Any other placeholder, or a broken one, is refused."""
    if "%" not in text:
        return normalize_hostname(text)
    sample = _HOST_PLACEHOLDER.sub("x", text)
    if "%" in sample:
        raise ConfigError(
            f"The server name '{printable(text)}' holds a placeholder that cannot be filled in there."
        )
    normalize_hostname(sample)
    return text


def username_template(text: str, input_keys: Collection[str] = ()) -> str:
    """A user name as a file or a server gives it, placeholders allowed.

    Refused: control characters, line breaks (raw, NEL, U+2028/U+2029), more than 256
    characters, a placeholder nothing fills in (neither one of ours nor a declared input
    field) and a broken one (``%EMAILADDRESS``). Runs of white space become one space."""
    if UNPRINTABLE.search(text):
        raise ConfigError(f"The user name '{printable(text)}' contains a line break or a control character.")
    name = " ".join(text.split())
    if len(name) > MAX_USERNAME_LENGTH:
        raise ConfigError(f"The user name '{printable(name)}' is too long.")
    fillable = {*KNOWN_PLACEHOLDERS, *(key.upper() for key in input_keys)}
    unknown = [m.group(0) for m in PLACEHOLDER.finditer(name) if m.group(1) not in fillable]
    if unknown or _BROKEN_PLACEHOLDER.search(PLACEHOLDER.sub("", name)):
        raise ConfigError(f"The user name '{printable(name)}' holds a placeholder that cannot be filled in.")
    return name


def normalize_url(text: str, *, https_only: bool = False) -> str:
    """An http(s) URL on one line, without spaces or quotes (``https_only``: https only)."""
    if not _URL.fullmatch(text):
        raise ConfigError(f"'{printable(text)}' is not a web address.")
    if https_only and not text.lower().startswith("https:"):
        raise ConfigError(f"'{printable(text)}' is not an https address.")
    return text


def _bad_host(text: str) -> ConfigError:
    return ConfigError(f"'{printable(text)}' is not a valid server name.")
