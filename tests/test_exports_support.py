"""Shared pieces for the export and Outlook tests: sample accounts, golden files, readers.

The readers here are independent of the code under test: ``configparser`` for PRF, a
minimal PNG decoder feeding a real QR decoder (zxing-cpp), and ``zbarimg``.
"""

from __future__ import annotations

import configparser
import os
import pathlib
import struct
import subprocess
import zlib

from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    Protocol,
    Security,
    ServerSettings,
    parse_address,
)

GOLDEN = pathlib.Path(__file__).parent / "data" / "exports"

IMAP_CONFIG = AccountConfig(
    id="example.com",
    display_name="Example Mail",
    domains=("example.com",),
    incoming=(
        ServerSettings(Protocol.IMAP, "imap.example.com", 993, Security.SSL),
        ServerSettings(Protocol.POP3, "pop.example.com", 995, Security.SSL),
    ),
    outgoing=(ServerSettings(Protocol.SMTP, "smtp.example.com", 465, Security.SSL),),
)
POP3_CONFIG = AccountConfig(
    id="example.net",
    display_name="Example POP",
    domains=("example.net",),
    incoming=(
        ServerSettings(
            Protocol.POP3,
            "pop.example.net",
            995,
            Security.SSL,
            username="%EMAILLOCALPART%",
            leave_on_server=True,
            days_to_leave=20,
        ),
    ),
    outgoing=(
        ServerSettings(
            Protocol.SMTP,
            "smtp.example.net",
            587,
            Security.STARTTLS,
            auth_methods=(AuthMethod.PASSWORD_ENCRYPTED, AuthMethod.PASSWORD_CLEARTEXT),
        ),
    ),
)
IMAP_ADDRESS = parse_address("jane.doe@example.com")
POP3_ADDRESS = parse_address("tom@example.net")
REAL_NAME = "Jane Doe"


def account(config: AccountConfig, address: str, real_name: str = "") -> Account:
    return Account.from_config(config, parse_address(address), real_name)


def golden(name: str, data: bytes) -> None:
    """Compare with ``tests/data/exports/NAME``; ``UPDATE_GOLDEN=1`` rewrites the file."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"golden file {path} is missing (run with UPDATE_GOLDEN=1)"
    assert data == path.read_bytes(), f"{name} differs from its golden file"


def read_prf(data: bytes, encoding: str = "cp1252") -> configparser.ConfigParser:
    parser = configparser.ConfigParser(
        interpolation=None, strict=True, delimiters=("=",), comment_prefixes=(";",),
        inline_comment_prefixes=None, empty_lines_in_values=False,
    )
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(data.decode(encoding))
    return parser


# --------------------------------------------------------------------------- QR decoding


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Decode a greyscale PNG (bit depth 1 or 8) into 8-bit luminance rows."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        chunk = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if chunk == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif chunk == b"IDAT":
            idat += body
        pos += 12 + length
    assert header is not None
    width, height, depth, colour, _, _, interlace = header
    assert colour == 0 and depth in (1, 8) and interlace == 0, header
    raw = zlib.decompress(idat)
    stride = (width * depth + 7) // 8
    rows, previous, offset = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[offset], bytearray(raw[offset + 1 : offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - 1] if i else 0
            up = previous[i]
            corner = previous[i - 1] if i else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 0xFF
        previous = line
        if depth == 1:
            rows.append(bytes(255 if line[x // 8] >> (7 - x % 8) & 1 else 0 for x in range(width)))
        else:
            rows.append(bytes(line))
    return width, height, b"".join(rows)


def zxing_decode(png: bytes) -> bytes:
    import zxingcpp

    width, height, pixels = png_pixels(png)
    image = memoryview(pixels).cast("B", (height, width))
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1, f"expected one QR code, found {len(found)}"
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode
    assert found[0].ec_level == "L"  # Thunderbird's error correction level
    return bytes(found[0].bytes)


def zbar_decode(zbarimg: str, path: pathlib.Path) -> bytes:
    completed = subprocess.run(
        [zbarimg, "--raw", "-q", "-Sbinary", str(path)], capture_output=True, check=True
    )
    return completed.stdout.removesuffix(b"\n")
