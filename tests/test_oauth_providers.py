"""The providers that sign in on their own page (issue 15): the bundled entries list OAuth2 first
with the app-password way explained; ``detect`` shows it; ``write thunderbird`` writes OAuth2 on
both servers and no password; Google Workspace and Microsoft 365 domains are found by their MX;
``write outlook`` sends Outlook.com and Microsoft 365 to Outlook's own account setup; and the
settings files carry what they can of the sign-in."""

from __future__ import annotations

import asyncio
import io
import json
import plistlib
from pathlib import Path

import pytest

from tests.fixtures.discovery_servers import LoopbackWorld
from wizard.catalog import default_catalog
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.cli import main
from wizard.discovery import discover
from wizard.model import AuthMethod, NoteKind, Source, parse_address
from wizard.targets.exports import ExportError, ExportProblem, NoticeKind, export_bytes
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict

# address -> the issuer its provider's <oAuth2> names
SIGN_IN_PROVIDERS = {
    "someone@gmail.com": "accounts.google.com",
    "someone@outlook.com": "login.microsoftonline.com",
    "someone@yahoo.com": "login.yahoo.com",
    "someone@yandex.ru": "oauth.yandex.com",
    "someone@mail.ru": "o2.mail.ru",
    "someone@aol.com": "login.aol.com",
    "someone@hotmail.lt": "login.microsoftonline.com",
}
FIVE = ["someone@gmail.com", "someone@outlook.com", "someone@yahoo.com", "someone@yandex.ru", "someone@mail.ru"]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("address", sorted(SIGN_IN_PROVIDERS))
def test_detect_lists_oauth2_first(capsys: pytest.CaptureFixture[str], address: str) -> None:
    code, out, err = run_cli(capsys, "detect", address, "--offline", "--json")
    assert code == 0, err
    data = json.loads(out)
    issuer = SIGN_IN_PROVIDERS[address]
    assert data["trusted"] is True and data["warnings"] == []  # our list vouches for its servers
    assert data["oauth2"]["issuer"] == issuer
    for role in ("incoming", "outgoing"):
        first = data[role][0]
        assert first["auth"] == "OAuth2", (role, first)
        assert first["auth_methods"] == ["OAuth2", "password-cleartext"]  # the app-password way
        assert first["oauth2"]["issuer"] == issuer and first["oauth2"]["auth_url"].startswith("https://")
        assert first["username"] == address


def test_a_server_without_oauth2_shows_no_oauth2_block(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "detect", "someone@yandex.ru", "--offline", "--json")
    pop = next(s for s in json.loads(out)["incoming"] if s["protocol"] == "pop3")
    assert code == 0 and pop["auth_methods"] == ["password-cleartext"] and pop["oauth2"] is None


@pytest.mark.parametrize("provider", ["gmail.com", "outlook.com", "office365.com", "yahoo.com", "aol.com",
                                      "yandex.ru", "mail.ru"])
def test_the_notes_explain_the_sign_in_and_the_app_password_way(provider: str) -> None:
    config = default_catalog().get(provider)
    assert config is not None and config.oauth2 is not None
    assert config.oauth2.scopes and all("contacts" not in s and "calendar" not in s for s in config.oauth2.scopes)
    notes = [n for n in config.notes if n.kind is NoteKind.PASSWORD]
    assert len(notes) == 1
    english = notes[0].text.get("en")
    assert "sign-in page" in english and ("app password" in english or "external application" in english)
    # no step demands an app password before the sign-in any more
    assert not any("app password" in n.text.get("en") for n in config.notes if n.kind is NoteKind.ENABLE)


@pytest.mark.parametrize("address", FIVE)
def test_write_thunderbird_stores_no_password_and_sets_oauth2_on_both_servers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    code, out, err = run_cli(capsys, "write", "thunderbird", address, "--profile", str(profile), "--offline")
    assert code == 0, err
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    methods = {k: v for k, v in prefs.items() if k.endswith(".authMethod")}
    assert sorted(methods.values()) == [10, 10], methods
    assert not (profile / "logins.json").exists()
    assert "opens your provider's sign-in page" in out


def test_with_an_app_password_the_password_way_is_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO("abcd efgh ijkl mnop\n"))
    code, _, err = run_cli(capsys, "write", "thunderbird", "someone@gmail.com", "--profile", str(profile),
                           "--offline", "--password-stdin")
    assert code == 0, err
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    methods = {k: v for k, v in prefs.items() if k.endswith(".authMethod")}
    assert sorted(methods.values()) == [3, 3]  # the normal password (app password), not OAuth2


# --------------------------------------------------------------------------- found by the MX


@pytest.mark.parametrize(
    ("domain", "mx", "provider", "host"),
    [
        ("workspace-customer.test", "aspmx.l.google.com", "gmail.com", "imap.gmail.com"),
        ("newer-workspace.test", "smtp.google.com", "gmail.com", "imap.gmail.com"),
        ("m365-customer.test", "m365-customer-test.mail.protection.outlook.com", "office365.com",
         "outlook.office365.com"),
    ],
)
def test_google_workspace_and_microsoft_365_domains_are_found_by_their_mx(
    loopback_world: LoopbackWorld, domain: str, mx: str, provider: str, host: str
) -> None:
    loopback_world.add_mx(domain, 1, mx)
    network = loopback_world.network(http_timeout=2.0, ispdb_timeout=2.0, probe_timeout=1.0, probe_grace=0.3)
    result = asyncio.run(discover(parse_address(f"anna@{domain}"), network=network, catalog=default_catalog()))
    config = result.config
    assert config is not None and config.source is Source.MX, result.trace
    assert config.id == provider and config.incoming[0].hostname == host
    assert config.incoming[0].auth is AuthMethod.OAUTH2 and config.oauth2 is not None
    assert not config.warnings  # the provider's own domains vouch for its servers
    assert config.incoming[0].username == f"anna@{domain}"


# --------------------------------------------------------------------------- Outlook


@pytest.mark.parametrize("address", ["someone@outlook.com", "someone@hotmail.se", "someone@onmicrosoft.com"])
def test_write_outlook_for_microsoft_accounts_writes_no_prf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str
) -> None:
    out_file = tmp_path / "account.prf"
    code, out, err = run_cli(capsys, "write", "outlook", address, "--offline", "-o", str(out_file))
    assert code == 0, err
    assert not out_file.exists() and list(tmp_path.iterdir()) == []
    lines = out.strip().splitlines()
    assert lines == [
        "Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which opens "
        "Microsoft's sign-in page, so no profile file was written: in Outlook choose File, Add Account "
        f"and type {address}."
    ]


def test_write_outlook_for_the_ispdb_microsoft_file_writes_no_prf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ispdb_corpus: Path
) -> None:
    out_file = tmp_path / "account.prf"
    code, out, _ = run_cli(capsys, "write", "outlook", "anna@hotmail.com", "--offline", "-o", str(out_file),
                           "--config", str(ispdb_corpus / "hotmail.com.xml"))  # OAuth2 only, no <oAuth2>
    assert code == 0 and not out_file.exists() and "own account setup" in out


@pytest.mark.parametrize("address", ["someone@outlook.com", "someone@hotmail.com"])
def test_export_prf_for_microsoft_accounts_writes_no_prf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, address: str
) -> None:
    out_file = tmp_path / "account.prf"
    code, out, err = run_cli(capsys, "export", address, "--format", "prf", "--offline", "-o", str(out_file))
    assert code == 1 and out == ""
    assert list(tmp_path.iterdir()) == []
    assert err.strip() == (
        "mailwizard: Outlook adds Outlook.com and Microsoft 365 accounts with its own account setup, which "
        "opens Microsoft's sign-in page, so no profile file was written: in Outlook choose File, Add Account "
        f"and type {address}."
    )


def test_no_prf_is_made_for_an_account_that_signs_in_at_microsoft() -> None:
    """The library refuses too, so the window's settings-file choice cannot make one either."""
    config = default_catalog().find_by_domain("outlook.com")
    assert config is not None
    with pytest.raises(ExportError) as caught:
        export_bytes(config, "someone@outlook.com", "prf")
    assert caught.value.kind is ExportProblem.MICROSOFT_SIGN_IN
    gmail = default_catalog().find_by_domain("gmail.com")
    assert gmail is not None and b"IMAPServer=imap.gmail.com" in export_bytes(gmail, "a@gmail.com", "prf").data


def test_write_outlook_for_gmail_still_writes_a_prf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "account.prf"
    code, _, err = run_cli(capsys, "write", "outlook", "someone@gmail.com", "--offline", "-o", str(out_file))
    assert code == 0, err
    assert b"IMAPServer=imap.gmail.com" in out_file.read_bytes()


# --------------------------------------------------------------------------- settings files


def test_qr_code_carries_the_oauth2_code_and_no_password() -> None:
    config = default_catalog().find_by_domain("gmail.com")
    assert config is not None
    result = export_bytes(config, "someone@gmail.com", "qr", include_password=True, password="not-in-it")
    payload = json.loads(result.payloads[0])
    incoming, outgoing = payload[2], payload[3][0][0]
    assert incoming[:6] == [0, "imap.gmail.com", 993, 3, 6, "someone@gmail.com"]
    assert outgoing[:6] == [0, "smtp.gmail.com", 465, 3, 6, "someone@gmail.com"]
    assert incoming[7] == "" and outgoing[6] == "" and "not-in-it" not in result.payloads[0]
    assert not result.contains_password
    assert NoticeKind.PASSWORD_INCLUDED not in {n.kind for n in result.notices}


def test_qr_code_of_a_password_account_still_carries_the_password() -> None:
    config = default_catalog().find_by_domain("seznam.cz")
    assert config is not None
    result = export_bytes(config, "someone@seznam.cz", "qr", include_password=True, password="s3cret")
    payload = json.loads(result.payloads[0])
    assert payload[2][7] == "s3cret" and result.contains_password


def test_autoconfig_carries_the_oauth2_block() -> None:
    config = default_catalog().find_by_domain("outlook.com")
    assert config is not None
    data = export_bytes(config, "someone@outlook.com", "autoconfig").data
    assert b"<oAuth2>" in data and b"<issuer>login.microsoftonline.com</issuer>" in data
    again = parse_clientconfig(data)
    assert again.oauth2 == config.oauth2
    assert again.incoming[0].auth_methods == (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)


def test_mobileconfig_for_an_oauth2_only_provider_says_why_it_holds_no_password(ispdb_corpus: Path) -> None:
    config = parse_clientconfig((ispdb_corpus / "hotmail.com.xml").read_bytes())  # OAuth2 only
    result = export_bytes(config, "anna@hotmail.com", "mobileconfig", include_password=True, password="pw-1")
    profile = plistlib.loads(result.data)
    payload = profile["PayloadContent"][0]
    assert "IncomingPassword" not in payload and "OutgoingPassword" not in payload
    assert b"pw-1" not in result.data and not result.contains_password
    signing = [n for n in result.notices if n.kind is NoticeKind.SIGN_IN_ON_DEVICE]
    assert len(signing) == 1 and NoticeKind.PASSWORD_INCLUDED not in {n.kind for n in result.notices}
    sentence = signing[0].sentence
    assert sentence.startswith("Outlook.com (Microsoft) lets mail programs in only through its own sign-in")
    assert sentence.endswith("so the profile holds no password: sign in on the device when it asks.")
    assert sentence in profile["PayloadDescription"]


def test_mobileconfig_for_gmail_uses_the_app_password_way() -> None:
    config = default_catalog().find_by_domain("gmail.com")
    assert config is not None
    result = export_bytes(config, "someone@gmail.com", "mobileconfig")
    payload = plistlib.loads(result.data)["PayloadContent"][0]
    assert payload["IncomingMailServerAuthentication"] == "EmailAuthPassword"
    kinds = {n.kind for n in result.notices}
    assert NoticeKind.AUTH_SUBSTITUTED in kinds and NoticeKind.SIGN_IN_ON_DEVICE not in kinds
