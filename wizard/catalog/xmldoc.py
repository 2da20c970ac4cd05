"""Turning bytes from outside into an XML tree, safely: one place for the size cap, the
character encoding and the refusal of DTDs and entities. Used by the clientConfig reader and
the Autodiscover reader.

The bytes are decoded here, not by the XML parser: Python's parser looks the declared
encoding up among all codecs, so ``encoding="rot13"`` or ``"x-no-such-encoding"`` ended in a
``LookupError`` instead of a refusal, and multi-byte encodings such as Shift_JIS were not
read at all. Leading white space before the declaration is forgiven (some server scripts
send a newline first), as is a byte order mark.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from wizard.model import ConfigError, printable

MAX_DOCUMENT_BYTES = 1024 * 1024
XML_WHITESPACE = " \t\r\n"
_DECLARATION = re.compile(rb"<\?xml[^>]*?\bencoding\s*=\s*[\"']([^\"'>]*)[\"']")
# Text codecs in Python's sense that no document is written in: they turn escapes, punycode
# or UTF-7 shifts into characters the document did not contain.
_NOT_DOCUMENT_ENCODINGS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7"}
)


def parse_document(data: bytes | str, *, origin: str = "", max_bytes: int = MAX_DOCUMENT_BYTES) -> ET.Element:
    """The root element of ``data``; raises ``ConfigError`` with one sentence."""
    at = f" from {origin}" if origin else ""
    size = len(data.encode("utf-8", "replace")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise ConfigError(f"The settings document{at} is larger than {max_bytes // 1024 // 1024} MB.")
    text = data.removeprefix("\ufeff") if isinstance(data, str) else _decode(bytes(data), at)
    try:
        root: ET.Element = SafeET.fromstring(
            text.lstrip(XML_WHITESPACE), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise ConfigError(
            f"The settings document{at} contains a DTD or entities, which are refused."
        ) from None
    except (ET.ParseError, ValueError) as exc:
        raise ConfigError(f"The settings document{at} is not valid XML ({printable(str(exc))}).") from None
    return root


def _decode(raw: bytes, at: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return _decoded(raw[len(codecs.BOM_UTF8):], "utf-8", at)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(raw, "utf-16", at)
    declared = _DECLARATION.match(raw.lstrip(XML_WHITESPACE.encode()))
    name = declared.group(1).decode("ascii", "replace").strip() if declared else "utf-8"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise ConfigError(
            f"The settings document{at} declares the unknown character encoding '{printable(name)}'."
        ) from None
    if codec in _NOT_DOCUMENT_ENCODINGS:
        raise ConfigError(
            f"The settings document{at} declares '{printable(name)}', which is no document encoding."
        )
    return _decoded(raw, codec, at, name)


def _decoded(raw: bytes, codec: str, at: str, declared: str = "") -> str:
    try:
        return raw.decode(codec)
    except LookupError:  # rot13, base64, zlib…: codecs, but not of text
        raise ConfigError(
            f"The settings document{at} declares '{printable(declared)}', which is no character encoding."
        ) from None
    except UnicodeDecodeError:
        shown = printable(declared or codec)
        raise ConfigError(f"The settings document{at} is not valid {shown} text.") from None
