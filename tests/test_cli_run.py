"""``mailwizard run --preset``: unattended set-up against the real loopback servers."""

from __future__ import annotations

import json
import plistlib
from pathlib import Path

import pytest

from tests.fixtures.mailservers import MailServers
from tests.test_verify_cli import write_config
from wizard.cli import main
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict


@pytest.fixture
def env(mail_servers: MailServers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SSL_CERT_FILE", str(mail_servers.ca_pem_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("TEST_MAIL_PASSWORD", mail_servers.password)
    write_config(
        tmp_path / "settings.xml",
        mail_servers.host,
        ("imap", mail_servers.imaps_port, "SSL"),
        (mail_servers.smtp_starttls_port, "STARTTLS"),
    )
    (tmp_path / "profile").mkdir()
    return tmp_path


def preset(folder: Path, text: str) -> Path:
    path = folder / "preset.toml"
    path.write_text(text, encoding="utf-8")
    return path


FULL = """
address = "user@example.test"
name = "Test User"
password = "env:TEST_MAIL_PASSWORD"
config = "settings.xml"

[thunderbird]
profile = "profile"

[[export]]
format = "mobileconfig"
output = "user.mobileconfig"

[[export]]
format = "json"
output = "user.json"
"""


@pytest.mark.dovecot
def test_preset_verifies_then_writes_every_target(
    env: Path, mail_servers: MailServers, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["run", "--preset", str(preset(env, FULL.replace('"profile"', f'"{env / "profile"}"')))])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Incoming server: works" in out and "Outgoing server: works" in out
    assert mail_servers.password not in out + err
    prefs = prefs_dict(parse_prefs((env / "profile" / "prefs.js").read_text(encoding="utf-8")))
    assert "user@example.test" in prefs.values()
    profile = plistlib.loads((env / "user.mobileconfig").read_bytes())
    assert profile["PayloadContent"][0]["IncomingMailServerHostName"] == mail_servers.host
    assert json.loads((env / "user.json").read_text(encoding="utf-8"))["email"] == "user@example.test"


@pytest.mark.dovecot
def test_wrong_password_writes_nothing(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TEST_MAIL_PASSWORD", "wrong-password")
    code = main(["run", "--preset", str(preset(env, FULL.replace('"profile"', f'"{env / "profile"}"')))])
    _, err = capsys.readouterr()
    assert code == 1
    assert "nothing was written" in err
    assert not (env / "profile" / "prefs.js").exists()
    assert not (env / "user.mobileconfig").exists()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('address = "a@example.com"\npassword = "hunter2"\n[thunderbird]\n', "never holds the password"),
        ('address = "not an address"\npassword = "none"\n[thunderbird]\n', "is not an e-mail address"),
        ('address = "a@example.com"\npassword = "none"\n', "names nothing to write"),
        ('address = "a@example.com"\nbogus = 1\n', "unknown keys: bogus"),
        ("address = ", "not valid TOML"),
        ('address = "a@example.com"\n[[export]]\nformat = "pdf"\noutput = "x"\n', "Each [[export]]"),
    ],
)
def test_bad_presets_exit_2_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fragment: str
) -> None:
    code = main(["run", "--preset", str(preset(tmp_path, text))])
    _, err = capsys.readouterr()
    assert code == 2
    assert fragment in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_value_the_provider_asks_for_is_asked_for_in_the_preset(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The provider's ``<inputField>`` without a value in the preset: exit 2, one sentence
    that says where it goes in the preset (not a command-line option), nothing sent."""
    settings = env / "settings.xml"
    text = settings.read_text(encoding="utf-8").replace(
        "</emailProvider>", '<inputField key="USERNAME" label="Customer number"/></emailProvider>'
    )
    settings.write_text(text.replace("%EMAILADDRESS%", "%USERNAME%"), encoding="utf-8")
    body = FULL.replace('"profile"', f'"{env / "profile"}"')
    code = main(["run", "--preset", str(preset(env, body))])
    _, err = capsys.readouterr()
    assert code == 2
    assert 'add USERNAME = "VALUE" under [fields] in the preset' in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert not (env / "profile" / "prefs.js").exists()
    code = main(["run", "--preset", str(preset(env, body + '\n[fields]\nUSERNAME = "user@example.test"\n'))])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Incoming server: works" in out


def test_a_preset_names_provider_folders_searched_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``catalog = [...]`` in a preset is ``--catalog`` for ``run``: folders relative to the
    preset, searched before the bundled list (here offline, nothing proven)."""
    (tmp_path / "providers").mkdir()
    write_config(tmp_path / "providers" / "example.test.xml", "mail.example.test", ("imap", 993, "SSL"), (465, "SSL"))
    text = (
        'address = "user@example.test"\npassword = "none"\nverify = false\noffline = true\n'
        'catalog = ["providers"]\n\n[[export]]\nformat = "json"\noutput = "user.json"\n'
    )
    code = main(["run", "--preset", str(preset(tmp_path, text))])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert "mail.example.test" in (tmp_path / "user.json").read_text(encoding="utf-8")
    code = main(["run", "--preset", str(preset(tmp_path, text.replace('["providers"]', "[1]")))])
    assert code == 2 and "catalog must list folder names" in capsys.readouterr().err
