"""Reading a brand's files safely: a size cap on every read, and the logo proven to be the
PNG or SVG image its name says (the build turns it into the window and installer icons).

Problems are raised with an English technical detail; ``wizard.brand.folder`` puts that
detail into the sentence that names the brand file and the field.
"""

from __future__ import annotations

import stat
import struct
import xml.etree.ElementTree as ET
import zlib
from enum import StrEnum
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_PNG_CHUNK_HEAD = struct.Struct(">I4s")
_PNG_IHDR_LENGTH = 13


class FileTooLarge(Exception):
    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.limit = limit


class LogoFormat(StrEnum):
    PNG = "png"
    SVG = "svg"


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``; ``FileTooLarge`` beyond ``limit`` bytes,
    ``OSError`` when it cannot be read (a folder, a pipe or a device counts as unreadable:
    opening a pipe would wait forever)."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError(0, "not a regular file", str(path))
    with path.open("rb") as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(limit)
    return data


def logo_format(name: str, data: bytes) -> LogoFormat:
    """The format of a logo file named ``name``: its extension says which, its content must
    agree. Raises ``ValueError`` with the reason."""
    suffix = Path(name).suffix.lower()
    if suffix == ".png":
        check_png(data)
        return LogoFormat.PNG
    if suffix == ".svg":
        check_svg(data)
        return LogoFormat.SVG
    raise ValueError("the name ends neither in .png nor in .svg")


def check_png(data: bytes) -> None:
    """A PNG file: the signature, an IHDR header first with a non-empty size, image data, an
    IEND chunk last, and every chunk whole with its checksum right."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("no PNG signature")
    position = len(PNG_SIGNATURE)
    kinds: list[bytes] = []
    while position < len(data):
        if position + _PNG_CHUNK_HEAD.size > len(data):
            raise ValueError("the file is cut short")
        length, kind = _PNG_CHUNK_HEAD.unpack_from(data, position)
        body_start = position + _PNG_CHUNK_HEAD.size
        end = body_start + length + 4
        if end > len(data):
            raise ValueError("the file is cut short")
        checksum = int.from_bytes(data[end - 4 : end], "big")
        if zlib.crc32(data[position + 4 : end - 4]) != checksum:
            raise ValueError(f"the checksum of a {kind.decode('latin-1')!r} chunk is wrong")
        if not kinds:
            if kind != b"IHDR" or length != _PNG_IHDR_LENGTH:
                raise ValueError("the first chunk is not an IHDR header")
            width, height = struct.unpack_from(">II", data, body_start)
            if not width or not height:
                raise ValueError("the image has no pixels")
        kinds.append(kind)
        position = end
        if kind == b"IEND":
            break
    if b"IDAT" not in kinds:
        raise ValueError("no image data")
    if kinds[-1] != b"IEND":
        raise ValueError("no IEND chunk at the end")


def check_svg(data: bytes) -> None:
    """An SVG file: well-formed XML without a DTD or entities, whose root is ``<svg>``."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ValueError("it contains a DTD or entities, which are refused") from None
    except (ET.ParseError, ValueError) as exc:
        raise ValueError(f"not well-formed XML: {exc}") from None
    namespace, _, local = root.tag.rpartition("}")
    if local != "svg" or namespace.lstrip("{") not in ("", SVG_NAMESPACE):
        raise ValueError(f"the root element is <{local}>, not <svg>")
