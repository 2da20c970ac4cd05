"""A declaration with an unknown or non-text encoding is a bad file, not a crash (issue 19).

The data file is tests/data/readers/unknown-encoding.xml; the other codecs are put in place
of its encoding name. Python's XML parser looked such names up among all codecs and ended in
a ``LookupError`` (or another exception) that stopped ``providers`` and ``detect``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wizard.catalog import Catalog
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.model import ConfigError

DATA = Path(__file__).parent / "data" / "readers"
ODD = (DATA / "unknown-encoding.xml").read_bytes()
ENCODINGS = [
    "x-no-such-encoding", "rot13", "base64", "zlib", "bz2", "hex", "uu", "quopri",  # no text encodings
    "idna", "punycode", "unicode_escape", "raw_unicode_escape", "undefined", "utf-7",  # no document's
    "mbcs", "",
]
GOOD = (DATA / "oauth2-provider.xml").read_bytes()


def declared(encoding: str) -> bytes:
    return ODD.replace(b"x-no-such-encoding", encoding.encode())


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_unknown_or_non_text_encodings_are_one_sentence(encoding: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_clientconfig(declared(encoding), origin="odd.xml")
    message = str(caught.value)
    assert message.startswith("The settings document from odd.xml ") and message.endswith(".")
    assert "\n" not in message


def test_bytes_that_are_not_in_the_declared_encoding_are_one_sentence() -> None:
    data = declared("utf-8").replace(b"Odd Encoding Mail", b"Odd \xff Mail")
    with pytest.raises(ConfigError, match="is not valid utf-8 text"):
        parse_clientconfig(data)


def test_real_encodings_still_read() -> None:
    for encoding in ("UTF-8", "utf8", "ISO-8859-2", "windows-1251", "Shift_JIS", "latin-1"):
        assert parse_clientconfig(declared(encoding)).id == "odd-encoding.example", encoding


def catalog_folder(tmp_path: Path) -> Path:
    (tmp_path / "odd-encoding.xml").write_bytes(declared("rot13"))
    (tmp_path / "signin.xml").write_bytes(GOOD)
    return tmp_path


def test_the_catalog_skips_such_a_file_and_keeps_the_others(tmp_path: Path) -> None:
    catalog = Catalog.load([catalog_folder(tmp_path)], bundled=False, site=False)
    assert [p.id for p in catalog.providers] == ["signin.example"]
    (problem,) = catalog.problems
    assert problem.startswith("Skipped odd-encoding.xml: ") and "rot13" in problem


def mailwizard(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )


def test_providers_and_detect_still_work_with_such_a_file_in_the_folder(tmp_path: Path) -> None:
    folder = str(catalog_folder(tmp_path))
    listed = mailwizard("providers", "--json", "--catalog", folder)
    assert listed.returncode == 0, listed.stderr
    assert "odd-encoding.xml" in listed.stderr and "Traceback" not in listed.stderr
    assert '"signin.example"' in listed.stdout
    for address in ("jana@signin.example", "jana@ovh.net"):  # the folder's and the bundled list's
        found = mailwizard("detect", address, "--offline", "--json", "--catalog", folder)
        assert found.returncode == 0, found.stderr
        assert "odd-encoding.xml" in found.stderr and "Traceback" not in found.stderr
