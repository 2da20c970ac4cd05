"""Writing an OAuth2 account into Thunderbird: authMethod 10 on both servers, no password stored,
and OAuth2 kept only where Thunderbird's own provider table knows the host."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.model import Account, AuthMethod, Protocol, Security, ServerSettings, parse_address
from wizard.targets.thunderbird import PasswordOutcome, ThunderbirdError, ThunderbirdProblem, write_account
from wizard.targets.thunderbird.accounts import merge_account
from wizard.targets.thunderbird.oauth import thunderbird_oauth_issuer
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict

OAUTH_THEN_PASSWORD = (AuthMethod.OAUTH2, AuthMethod.PASSWORD_CLEARTEXT)


def account(
    incoming: str = "imap.gmail.com",
    outgoing: str = "smtp.gmail.com",
    protocol: Protocol = Protocol.IMAP,
    methods: tuple[AuthMethod, ...] = OAUTH_THEN_PASSWORD,
    address: str = "someone@gmail.com",
) -> Account:
    port = 993 if protocol is Protocol.IMAP else 995
    return Account(
        parse_address(address),
        ServerSettings(protocol, incoming, port, Security.SSL, methods, address),
        ServerSettings(Protocol.SMTP, outgoing, 465, Security.SSL, methods, address),
        real_name="Some One",
        provider_name="Gmail",
    )


@pytest.mark.parametrize(
    ("host", "protocol", "issuer"),
    [
        ("imap.gmail.com", Protocol.IMAP, "accounts.google.com"),
        ("pop.gmail.com", Protocol.POP3, "accounts.google.com"),
        ("smtp.googlemail.com", Protocol.SMTP, "accounts.google.com"),
        ("outlook.office365.com", Protocol.IMAP, "login.microsoftonline.com"),
        ("smtp-mail.outlook.com", Protocol.SMTP, "login.microsoftonline.com"),
        ("smtp.office365.com", Protocol.SMTP, "login.microsoftonline.com"),
        ("imap.mail.yahoo.com", Protocol.IMAP, "login.yahoo.com"),
        ("imap.aol.com", Protocol.IMAP, "login.aol.com"),
        ("IMAP.Yandex.com.", Protocol.IMAP, "oauth.yandex.com"),
        ("imap.mail.ru", Protocol.IMAP, "o2.mail.ru"),
        ("pop.mail.ru", Protocol.POP3, None),  # Thunderbird knows only imap. and smtp.mail.ru
        ("imap.yandex.ru", Protocol.IMAP, None),
        ("mail.example.test", Protocol.IMAP, None),
        ("gmail.com.evil.test", Protocol.IMAP, None),
    ],
)
def test_thunderbird_picks_the_provider_by_host_name(host: str, protocol: Protocol, issuer: str | None) -> None:
    assert thunderbird_oauth_issuer(host, protocol) == issuer


@pytest.mark.parametrize("protocol", [Protocol.IMAP, Protocol.POP3])
def test_oauth2_account_is_written_with_oauth2_and_no_password(tmp_path: Path, protocol: Protocol) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    incoming = "imap.gmail.com" if protocol is Protocol.IMAP else "pop.gmail.com"
    result = write_account(account(incoming, protocol=protocol), profile, password="never-stored")

    assert result.password is PasswordOutcome.SIGN_IN_AT_START and result.logins_added == ()
    assert not (profile / "logins.json").exists()
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    server, smtp = f"mail.server.{result.server_key}", f"mail.smtpserver.{result.smtp_key}"
    assert prefs[f"{server}.authMethod"] == 10 and prefs[f"{smtp}.authMethod"] == 10
    assert prefs[f"{server}.hostname"] == incoming and prefs[f"{smtp}.hostname"] == "smtp.gmail.com"
    assert prefs[f"{server}.userName"] == prefs[f"{smtp}.username"] == "someone@gmail.com"
    assert "never-stored" not in (profile / "prefs.js").read_text(encoding="utf-8")


def test_unknown_host_falls_back_as_thunderbird_does(tmp_path: Path) -> None:
    """pop.mail.ru: Thunderbird would use the next method, so a password is needed there."""
    profile = tmp_path / "profile"
    profile.mkdir()
    mixed = account("pop.mail.ru", "smtp.mail.ru", Protocol.POP3, address="someone@mail.ru")
    merged = merge_account({}, mixed)
    assert merged.prefs[f"mail.server.{merged.server_key}.authMethod"] == 3
    assert merged.prefs[f"mail.smtpserver.{merged.smtp_key}.authMethod"] == 10

    result = write_account(mixed, profile, nss_dirs=[])  # no password given: asked at first use
    assert result.password is PasswordOutcome.NOT_GIVEN


def test_oauth2_only_for_a_host_thunderbird_does_not_know_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    only = account("imap.example.test", "smtp.example.test", methods=(AuthMethod.OAUTH2,),
                   address="someone@example.test")
    with pytest.raises(ThunderbirdError) as caught:
        write_account(only, profile)
    assert caught.value.kind is ThunderbirdProblem.UNSUPPORTED
    assert "imap.example.test" in str(caught.value)
    assert list(profile.iterdir()) == []  # nothing written


def test_rewriting_a_password_account_as_oauth2_updates_it_in_place(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    first = write_account(account(methods=(AuthMethod.PASSWORD_CLEARTEXT,)), profile, nss_dirs=[])
    second = write_account(account(), profile)
    assert (second.account_key, second.server_key) == (first.account_key, first.server_key)
    assert not second.account_added
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    assert prefs[f"mail.server.{second.server_key}.authMethod"] == 10
    assert prefs[f"mail.smtpserver.{second.smtp_key}.authMethod"] == 10
    assert prefs["mail.accountmanager.accounts"].count(",") == 1  # the account and Local Folders
    if (profile / "logins.json").exists():
        assert json.loads((profile / "logins.json").read_text())["logins"] == []
