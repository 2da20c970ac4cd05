"""``mailwizard export`` and ``mailwizard write outlook`` through the real command line."""

from __future__ import annotations

import argparse
import json
import pathlib
import plistlib
import subprocess
import sys

import pytest

from tests.test_exports_support import read_prf, zxing_decode
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.cli.commands import _write_outlook as write_outlook_command
from wizard.targets.exports import check_android_payload

SEEDS = ["astra.od.ua", "ovh.net", "mamutmail.com", "ispis.cz"]
SUFFIX = {"autoconfig": "xml", "prf": "prf", "mobileconfig": "mobileconfig", "qr": "png",
          "json": "json"}


def mailwizard(*args: str, cwd: pathlib.Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True, text=True, input=stdin, cwd=cwd, check=False, timeout=120,
    )


def _read_back(fmt: str, path: pathlib.Path) -> None:
    data = path.read_bytes()
    if fmt == "autoconfig":
        assert parse_clientconfig(data).incoming
    elif fmt == "prf":
        assert "Account1" in read_prf(data).sections()
    elif fmt == "mobileconfig":
        assert plistlib.loads(data)["PayloadContent"]
    elif fmt == "qr":
        check_android_payload(zxing_decode(data).decode("utf-8"))
    else:
        assert json.loads(data)["incoming"]


@pytest.mark.parametrize("domain", SEEDS)
@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_export_every_format_for_every_seed(domain: str, fmt: str, tmp_path: pathlib.Path) -> None:
    out = tmp_path / f"settings.{SUFFIX[fmt]}"
    args = ["export", f"test@{domain}", "--format", fmt, "-o", str(out), "--offline",
            "--name", "Test User"]
    if domain == "ispis.cz":
        args += ["--field", "USERNAME=abc7xyz"]
    if domain == "astra.od.ua":  # listed without encryption; offline nothing can upgrade it
        args += ["--allow-plaintext"]
    done = mailwizard(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Saved" in done.stdout
    _read_back(fmt, out)


def test_export_from_a_config_file(tmp_path: pathlib.Path) -> None:
    """A detected account comes back as clientConfig XML; every format works from it."""
    xml = tmp_path / "found.xml"
    done = mailwizard("export", "jane@ovh.net", "--format", "autoconfig", "-o", str(xml),
                      "--offline", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    for fmt, suffix in SUFFIX.items():
        out = tmp_path / f"from-config.{suffix}"
        done = mailwizard("export", "jane@my-shop.lt", "--format", fmt, "-o", str(out),
                          "--config", str(xml), "--offline", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        _read_back(fmt, out)


def test_prf_output_tells_what_outlook_still_asks(tmp_path: pathlib.Path) -> None:
    done = mailwizard("export", "ivan@astra.od.ua", "--format", "prf", "-o", "a.prf",
                      "--offline", "--allow-plaintext", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Outlook asks for the password the first time" in done.stdout
    assert "new Outlook" in done.stdout
    assert (tmp_path / "a.prf").read_bytes().startswith(b"[General]\r\n")


def test_password_from_stdin_goes_into_the_qr_code_only(tmp_path: pathlib.Path) -> None:
    secret = "Tajne-Heslo-42"
    done = mailwizard("export", "jana@ovh.net", "--format", "qr", "-o", "code.png", "--offline",
                      "--include-password", "--password-stdin", cwd=tmp_path, stdin=secret + "\n")
    assert done.returncode == 0, done.stderr
    assert secret not in done.stdout and secret not in done.stderr
    data = json.loads(zxing_decode((tmp_path / "code.png").read_bytes()))
    assert data[2][7] == secret


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["export", "not-an-address", "--format", "json", "-o", "x"], "", "not an e-mail"),
        (["export", "a@ovh.net", "--format", "json", "-o", "x", "--include-password"], "",
         "--password-stdin"),
        (["export", "a@ovh.net", "--format", "prf", "-o", "x", "--include-password",
          "--password-stdin"], "pw\n", "cannot hold a password"),
        (["export", "a@ispis.cz", "--format", "prf", "-o", "x", "--offline"], "", "--field"),
        (["export", "a@ovh.net", "--format", "json", "-o", "x", "--config", "missing.xml"], "",
         "cannot be read"),
        (["export", "a@ovh.net", "--format", "pdf", "-o", "x"], "", "--format cannot be 'pdf'; choose one of"),
        (["export", "a@ovh.net", "--format", "json", "-o", "x", "--field", "nokey"], "",
         "KEY=VALUE"),
    ],
)
def test_bad_usage_exits_2(args: list[str], stdin: str, needle: str, tmp_path: pathlib.Path) -> None:
    done = mailwizard(*args, cwd=tmp_path, stdin=stdin)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert needle in done.stderr
    assert "Traceback" not in done.stderr


def test_task_failures_exit_1(tmp_path: pathlib.Path) -> None:
    config = tmp_path / "exchange.xml"
    config.write_text(
        '<clientConfig version="1.1"><emailProvider id="contoso.com">'
        "<domain>contoso.com</domain>"
        '<incomingServer type="exchange"><hostname>outlook.office365.com</hostname>'
        "<port>443</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
        "<authentication>OAuth2</authentication></incomingServer>"
        "</emailProvider></clientConfig>"
    )
    done = mailwizard("export", "anna@contoso.com", "--format", "qr", "-o", "x.png",
                      "--config", str(config), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "Exchange" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.png").exists()
    done = mailwizard("export", "a@example.invalid", "--format", "json", "-o", "x.json",
                      "--offline", cwd=tmp_path)
    assert done.returncode == 1
    assert "No settings were found" in done.stderr


# --------------------------------------------------------------------------- write outlook


def run_write_outlook(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="mailwizard write")
    write_outlook_command.register(parser.add_subparsers())
    args = parser.parse_args(["outlook", *argv])
    result: int = args.handler(args)
    return result


def test_write_outlook_writes_the_prf(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ovh.prf"
    assert run_write_outlook(["jane@ovh.net", "-o", str(out), "--offline", "--name", "Jane"]) == 0
    prf = read_prf(out.read_bytes())
    assert prf["Account1"]["IMAPServer"] == "ssl0.ovh.net"
    printed = capsys.readouterr().out
    assert "the first time" in printed
    assert "/importprf" in printed


def test_write_outlook_exchange_explains_autodiscover(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mamut.prf"
    code = run_write_outlook(["ola@mamutmail.com", "-o", str(out), "--offline",
                           "--protocol", "exchange"])
    assert code == 0
    assert not out.exists()
    printed = capsys.readouterr().out
    assert "Autodiscover" in printed and "ola@mamutmail.com" in printed


@pytest.mark.skipif(sys.platform == "win32", reason="checks the message on other systems")
def test_write_outlook_apply_needs_windows(tmp_path: pathlib.Path) -> None:
    from wizard.targets.outlook import OutlookError, OutlookProblem

    out = tmp_path / "a.prf"
    with pytest.raises(OutlookError) as caught:
        run_write_outlook(["ivan@astra.od.ua", "-o", str(out), "--offline", "--allow-plaintext",
                           "--apply"])
    assert caught.value.kind is OutlookProblem.NEEDS_WINDOWS
    assert out.exists()  # the file is kept for use on a Windows computer


def test_write_outlook_through_the_command_line(tmp_path: pathlib.Path) -> None:
    done = mailwizard("write", "outlook", "ivan@astra.od.ua", "-o", "a.prf", "--offline",
                      "--allow-plaintext", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "the first time" in done.stdout
    if sys.platform != "win32":
        done = mailwizard("write", "outlook", "ivan@astra.od.ua", "-o", "b.prf", "--offline",
                          "--allow-plaintext", "--apply", cwd=tmp_path)
        assert done.returncode == 1
        assert "only be set up on Windows" in done.stderr


def test_an_offline_export_carries_no_unencrypted_alternative_without_consent(
    tmp_path: pathlib.Path,
) -> None:
    """Offline nothing is proven: the file holds the servers as listed, but an unencrypted
    alternative beside an encrypted choice would hand a reader a way to send the password
    readable that nobody agreed to (--allow-plaintext)."""
    listed = tmp_path / "listed.xml"
    listed.write_text(
        '<clientConfig version="1.1"><emailProvider id="alt.example"><domain>alt.example</domain>'
        + "".join(
            f'<{kind} type="{proto}"><hostname>{proto}.alt.example</hostname><port>{port}</port>'
            f"<socketType>{socket}</socketType><authentication>password-cleartext</authentication>"
            f"<username>%EMAILADDRESS%</username></{kind}>"
            for kind, proto, port, socket in (
                ("incomingServer", "imap", 993, "SSL"), ("incomingServer", "imap", 143, "plain"),
                ("incomingServer", "pop3", 110, "plain"), ("outgoingServer", "smtp", 465, "SSL"),
                ("outgoingServer", "smtp", 25, "plain"))
        )
        + "</emailProvider></clientConfig>",
        encoding="utf-8",
    )
    out = tmp_path / "out.xml"
    done = mailwizard("export", "jana@alt.example", "--format", "autoconfig", "-o", str(out),
                      "--config", str(listed), "--offline", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = parse_clientconfig(out.read_bytes())
    assert [(s.hostname, s.port) for s in (*written.incoming, *written.outgoing)] == [
        ("imap.alt.example", 993), ("smtp.alt.example", 465)]
    # with the consent, the file is the list as it was
    done = mailwizard("export", "jana@alt.example", "--format", "autoconfig", "-o", str(out),
                      "--config", str(listed), "--offline", "--allow-plaintext", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(parse_clientconfig(out.read_bytes()).incoming) == 3
