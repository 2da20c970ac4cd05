"""E-mail address parsing: international domains in, a clear error for anything malformed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import idna

from wizard.model.errors import AddressError, AddressProblem

# RFC 5322 dot-atom text, widened to any non-ASCII character as RFC 6531 (SMTPUTF8) allows,
# except the C1 controls (NEL among them), the line and paragraph separators and lone
# surrogates (undecodable bytes of a command line). Both
# patterns are matched with ``fullmatch``: ``$`` would let a final newline through.
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u00a0-\u2027\u202a-\ud7ff\ue000-\U0010ffff]+")
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
MAX_ADDRESS_LENGTH = 254
MAX_LOCAL_LENGTH = 64


@dataclass(frozen=True, slots=True)
class EmailAddress:
    """A checked address. ``domain`` is the lower-case ASCII (punycode) form used on the wire;
    ``unicode_domain`` is what the user reads."""

    local_part: str
    domain: str
    unicode_domain: str

    @property
    def address(self) -> str:
        """The address as used for logins and lookups (ASCII domain)."""
        return f"{self.local_part}@{self.domain}"

    @property
    def display(self) -> str:
        return f"{self.local_part}@{self.unicode_domain}"

    def __str__(self) -> str:
        return self.address


def normalize_domain(text: str) -> tuple[str, str]:
    """Return (ascii, unicode) forms of a domain name, or raise ``ValueError``."""
    name = text.strip().rstrip(".")
    if not name or len(name) > 253:
        raise ValueError(text)
    try:
        ascii_name = idna.encode(name, uts46=True).decode("ascii").lower()
        unicode_name = idna.decode(ascii_name)
    except (idna.IDNAError, UnicodeError) as exc:
        raise ValueError(text) from exc
    labels = ascii_name.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise ValueError(text)
    if labels[-1].isdigit():  # an IP address or nonsense, not a mail domain
        raise ValueError(text)
    return ascii_name, unicode_name


def parse_address(text: str) -> EmailAddress:
    """Parse what a user typed. Surrounding spaces and a ``mailto:`` prefix are forgiven."""
    raw = text.strip()
    if raw.lower().startswith("mailto:"):
        raw = raw[len("mailto:"):]
    if not raw:
        raise AddressError(AddressProblem.EMPTY, text)
    if len(raw) > MAX_ADDRESS_LENGTH:
        raise AddressError(AddressProblem.TOO_LONG, raw)
    if raw.count("@") != 1:
        raise AddressError(AddressProblem.NO_AT, raw)
    local, _, domain = raw.partition("@")
    if (
        not all(_ATOM.fullmatch(atom) for atom in local.split("."))  # also "", "a..b", ".a"
        or len(local.encode("utf-8")) > MAX_LOCAL_LENGTH
    ):
        raise AddressError(AddressProblem.LOCAL_PART, raw)
    try:
        ascii_domain, unicode_domain = normalize_domain(domain)
    except ValueError:
        raise AddressError(AddressProblem.DOMAIN, raw) from None
    return EmailAddress(local, ascii_domain, unicode_domain)
