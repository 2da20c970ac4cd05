"""Settings-file exports: golden files, independent readers, QR decoding, hostile values."""

from __future__ import annotations

import json
import os
import pathlib
import plistlib
import stat
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests._tools import require_tool
from tests.test_exports_support import (
    IMAP_ADDRESS,
    IMAP_CONFIG,
    POP3_ADDRESS,
    POP3_CONFIG,
    REAL_NAME,
    account,
    golden,
    read_prf,
    zbar_decode,
    zxing_decode,
)
from wizard.catalog import default_catalog
from wizard.catalog.clientconfig import parse_clientconfig
from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    EmailAddress,
    Protocol,
    Security,
    ServerSettings,
)
from wizard.targets.exports import (
    ExportError,
    ExportFormat,
    ExportProblem,
    NoticeKind,
    QrAccount,
    check_android_payload,
    export,
    export_bytes,
    qr_payloads,
)
from wizard.targets.exports.mobileconfig import profile_identifiers

SAMPLES = [
    pytest.param(IMAP_CONFIG, IMAP_ADDRESS, "imap", id="imap"),
    pytest.param(POP3_CONFIG, POP3_ADDRESS, "pop3", id="pop3"),
]
EXTENSIONS = {"autoconfig": "xml", "mobileconfig": "mobileconfig", "json": "json"}


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
@pytest.mark.parametrize("fmt", ["autoconfig", "mobileconfig", "json"])
def test_golden_files(config: AccountConfig, address: EmailAddress, stem: str, fmt: str) -> None:
    result = export_bytes(config, address, fmt, real_name=REAL_NAME)
    golden(f"{stem}.{EXTENSIONS[fmt]}", result.data)


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
def test_golden_qr_payload(config: AccountConfig, address: EmailAddress, stem: str) -> None:
    result = export_bytes(config, address, ExportFormat.QR, real_name=REAL_NAME)
    assert len(result.payloads) == 1
    golden(f"{stem}.qr.txt", result.payloads[0].encode("utf-8"))


# --------------------------------------------------------------------------- autoconfig


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
def test_autoconfig_reads_back(config: AccountConfig, address: EmailAddress, stem: str) -> None:
    data = export_bytes(config, address, "autoconfig").data
    back = parse_clientconfig(data)
    assert address.domain in back.domains
    assert [s.endpoint for s in back.incoming] == [s.endpoint for s in config.incoming]
    assert [s.endpoint for s in back.outgoing] == [s.endpoint for s in config.outgoing]
    assert back.expanded(address) .incoming == config.expanded(address).incoming
    assert back.expanded(address).outgoing == config.expanded(address).outgoing


def test_autoconfig_turns_the_address_back_into_a_placeholder() -> None:
    expanded = IMAP_CONFIG.expanded(IMAP_ADDRESS)
    data = export_bytes(expanded, IMAP_ADDRESS, "autoconfig").data
    assert b"%EMAILADDRESS%" in data
    assert IMAP_ADDRESS.address.encode() not in data


# --------------------------------------------------------------------------- mobileconfig


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
def test_mobileconfig_reads_back(config: AccountConfig, address: EmailAddress, stem: str) -> None:
    profile = plistlib.loads(export_bytes(config, address, "mobileconfig", real_name=REAL_NAME).data)
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadVersion"] == 1
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.mail.managed"
    incoming = config.expanded(address).incoming[0]
    outgoing = config.expanded(address).outgoing[0]
    expected_type = {"imap": "EmailTypeIMAP", "pop3": "EmailTypePOP"}[incoming.protocol.value]
    assert payload["EmailAccountType"] == expected_type
    assert payload["EmailAddress"] == address.address
    assert payload["EmailAccountName"] == REAL_NAME
    assert payload["IncomingMailServerHostName"] == incoming.hostname
    assert payload["IncomingMailServerPortNumber"] == incoming.port
    assert payload["IncomingMailServerUseSSL"] is True
    assert payload["IncomingMailServerUsername"] == incoming.username
    assert payload["OutgoingMailServerHostName"] == outgoing.hostname
    assert payload["OutgoingMailServerPortNumber"] == outgoing.port
    assert payload["OutgoingMailServerUseSSL"] is True  # STARTTLS counts as SSL for Apple
    assert "IncomingPassword" not in payload and "OutgoingPassword" not in payload


# An independent reading of reference §4 (Apple's com.apple.mail.managed keys).
APPLE_AUTH = {AuthMethod.PASSWORD_CLEARTEXT: "EmailAuthPassword", AuthMethod.PASSWORD_ENCRYPTED: "EmailAuthCRAMMD5",
              AuthMethod.NTLM: "EmailAuthNTLM", AuthMethod.NONE: "EmailAuthNone"}
PLAIN_RELAY = IMAP_CONFIG.replace(
    outgoing=(ServerSettings(Protocol.SMTP, "relay.example.com", 25, Security.PLAIN,
                             auth_methods=(AuthMethod.NONE,)),),
)


def expected_mail_payload(acc: Account, password: str | None) -> dict[str, object]:
    incoming, outgoing = acc.incoming, acc.outgoing
    address = acc.address.address
    payload: dict[str, object] = {
        "PayloadType": "com.apple.mail.managed",
        "PayloadVersion": 1,
        "PayloadDisplayName": address,
        "EmailAccountType": {Protocol.IMAP: "EmailTypeIMAP", Protocol.POP3: "EmailTypePOP"}[incoming.protocol],
        "EmailAccountDescription": address,
        "EmailAddress": address,
    }
    if acc.real_name:
        payload["EmailAccountName"] = acc.real_name
    for side, server in (("Incoming", incoming), ("Outgoing", outgoing)):
        payload |= {
            f"{side}MailServerHostName": server.hostname,
            f"{side}MailServerPortNumber": server.port,
            f"{side}MailServerUseSSL": server.security is not Security.PLAIN,  # STARTTLS counts as SSL
            f"{side}MailServerAuthentication": APPLE_AUTH[server.auth],
        }
        if server.auth is not AuthMethod.NONE:
            payload[f"{side}MailServerUsername"] = server.username
    if password is not None:
        payload["IncomingPassword"] = password
        if outgoing.auth is not AuthMethod.NONE:
            payload["OutgoingPassword"] = password
    elif outgoing.auth is not AuthMethod.NONE and outgoing.username == incoming.username:
        payload["OutgoingPasswordSameAsIncomingPassword"] = True
    return payload


@pytest.mark.parametrize(
    ("config", "address", "name", "password"),
    [
        (IMAP_CONFIG, "jane.doe@example.com", REAL_NAME, None),
        (POP3_CONFIG, "tom@example.net", "", "s3cret"),
        (POP3_CONFIG, "tom@example.net", "Tom", None),
        (PLAIN_RELAY, "jane.doe@example.com", "", "pw"),
    ],
)
def test_every_mobileconfig_value_matches_the_account(
    config: AccountConfig, address: str, name: str, password: str | None
) -> None:
    """The golden files are our own output: this reads the plist and checks every value."""
    acc = account(config, address, name)
    data = export_bytes(config, address, "mobileconfig", real_name=name,
                        include_password=password is not None, password=password).data
    profile = plistlib.loads(data)
    (payload,) = profile.pop("PayloadContent")
    identifier, uuid = payload.pop("PayloadIdentifier"), payload.pop("PayloadUUID")
    assert payload == expected_mail_payload(acc, password)
    reverse_domain = ".".join(reversed(acc.address.domain.split(".")))
    assert profile == {
        "PayloadType": "Configuration",
        "PayloadVersion": 1,
        "PayloadIdentifier": profile["PayloadIdentifier"],
        "PayloadUUID": profile["PayloadUUID"],
        "PayloadDisplayName": f"E-mail: {address}",
        "PayloadDescription": f"Sets up the e-mail account {address}.",
        "PayloadOrganization": config.display_name,
    }
    assert profile["PayloadIdentifier"].startswith(f"{reverse_domain}.mailwizard.")
    assert identifier == profile["PayloadIdentifier"] + ".mail"
    assert len({uuid, profile["PayloadUUID"]}) == 2 and all(
        str(UUID(u)).upper() == u for u in (uuid, profile["PayloadUUID"])
    )


def test_mobileconfig_identifiers_are_stable_per_address() -> None:
    first = profile_identifiers(account(IMAP_CONFIG, "jane.doe@example.com"))
    again = profile_identifiers(account(IMAP_CONFIG, "Jane.Doe@example.com", "Other Name"))
    other = profile_identifiers(account(IMAP_CONFIG, "john@example.com"))
    assert first == again
    assert first[0] != other[0] and first[1] != other[1]
    assert first[0].startswith("com.example.")
    data1 = export_bytes(IMAP_CONFIG, IMAP_ADDRESS, "mobileconfig").data
    data2 = export_bytes(IMAP_CONFIG, IMAP_ADDRESS, "mobileconfig").data
    assert data1 == data2


def test_mobileconfig_password_only_when_asked(tmp_path: pathlib.Path) -> None:
    secret = "s3cr3t-Пароль"
    plain = export(IMAP_CONFIG, IMAP_ADDRESS, "mobileconfig", tmp_path / "a.mobileconfig",
                   password=secret)
    assert secret.encode() not in plain.data
    assert NoticeKind.PASSWORD_INCLUDED not in {n.kind for n in plain.notices}
    with_password = export(IMAP_CONFIG, IMAP_ADDRESS, "mobileconfig", tmp_path / "b.mobileconfig",
                           include_password=True, password=secret)
    (payload,) = plistlib.loads(with_password.data)["PayloadContent"]
    assert payload["IncomingPassword"] == secret
    assert payload["OutgoingPassword"] == secret
    assert NoticeKind.PASSWORD_INCLUDED in {n.kind for n in with_password.notices}
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "b.mobileconfig").stat().st_mode) == 0o600
    with pytest.raises(ExportError) as caught:
        export_bytes(IMAP_CONFIG, IMAP_ADDRESS, "mobileconfig", include_password=True)
    assert caught.value.kind is ExportProblem.PASSWORD_MISSING


# --------------------------------------------------------------------------- json


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
def test_json_reads_back(config: AccountConfig, address: EmailAddress, stem: str) -> None:
    data = json.loads(export_bytes(config, address, "json").data)
    assert data["email"] == address.address
    assert data["provider"] == {"id": config.id, "name": config.name}
    assert [s["host"] for s in data["incoming"]] == [s.hostname for s in config.incoming]
    assert data["outgoing"][0]["port"] == config.outgoing[0].port


def test_formats_without_password_say_so() -> None:
    for fmt in ("autoconfig", "json", "prf"):
        result = export_bytes(IMAP_CONFIG, IMAP_ADDRESS, fmt, include_password=True,
                              password="x")
        assert NoticeKind.PASSWORD_NOT_INCLUDED in {n.kind for n in result.notices}
        assert b"\"x\"" not in result.data


# --------------------------------------------------------------------------- QR


def _accounts(count: int) -> list[QrAccount]:
    return [QrAccount(account(IMAP_CONFIG, f"user{i}@example.com", f"User {i}")) for i in range(count)]


def test_qr_payload_shape_matches_thunderbird() -> None:
    (payload,) = qr_payloads([account(IMAP_CONFIG, "jane.doe@example.com", REAL_NAME)])
    data = json.loads(payload)
    assert data == [
        1,
        [1, 1],
        [0, "imap.example.com", 993, 3, 1, "jane.doe@example.com", "jane.doe@example.com", ""],
        [[[0, "smtp.example.com", 465, 3, 1, "jane.doe@example.com", ""],
          ["jane.doe@example.com", REAL_NAME]]],
    ]
    assert " " not in payload.replace(REAL_NAME, "")  # compact, like JSON.stringify


def test_qr_splits_three_accounts_per_code() -> None:
    payloads = qr_payloads(_accounts(7))
    assert len(payloads) == 3
    for index, payload in enumerate(payloads, start=1):
        data = json.loads(payload)
        assert data[1] == [index, 3]
        assert len(data[2:]) == 2 * (3 if index < 3 else 1)
        check_android_payload(payload)


def test_qr_pop3_codes_and_password() -> None:
    secret = "pa\"ss"
    (payload,) = qr_payloads([QrAccount(account(POP3_CONFIG, "tom@example.net"), secret)])
    data = json.loads(payload)
    assert data[2][0] == 1  # POP3
    assert data[2][7] == secret
    assert data[3][0][0][3] == 2  # STARTTLS
    assert data[3][0][0][4] == 2  # password-encrypted
    assert data[3][0][0][6] == secret


def test_qr_refuses_what_android_rejects() -> None:
    with pytest.raises(ExportError) as caught:
        qr_payloads([account(IMAP_CONFIG, "jürgen@example.com")])
    assert caught.value.kind is ExportProblem.NON_ASCII_ADDRESS
    gssapi = IMAP_CONFIG.replace(
        incoming=(IMAP_CONFIG.incoming[0].replace(auth_methods=(AuthMethod.GSSAPI,)),)
    )
    with pytest.raises(ExportError) as caught:
        qr_payloads([account(gssapi, "jane@example.com")])
    assert caught.value.kind is ExportProblem.UNSUPPORTED_AUTH
    with pytest.raises(ExportError) as caught:
        qr_payloads([QrAccount(account(IMAP_CONFIG, "jane@example.com"), "two\nlines")])
    assert caught.value.kind is ExportProblem.INVALID_PASSWORD


def test_android_validator_rules() -> None:
    good = qr_payloads([account(IMAP_CONFIG, "jane@example.com", "Jane")])[0]
    check_android_payload(good)
    bad = [
        good.replace("[1,[1,1]", "[2,[1,1]", 1),
        good.replace('"imap.example.com"', '"imap example.com"'),
        good.replace(",993,", ",0,"),
        good.replace(",993,3,", ",993,1,"),
        good.replace('"Jane"', '"Ja\\nne"'),
        good.replace('"jane@example.com",""]', '"jane@example.com","a\\rb"]'),
        good.replace('["jane@example.com"', '["jäne@example.com"'),
    ]
    for payload in bad:
        with pytest.raises(ValueError, match="rejected"):
            check_android_payload(payload)


@pytest.mark.parametrize(("config", "address", "stem"), SAMPLES)
def test_qr_png_decodes_to_the_payload(
    config: AccountConfig, address: EmailAddress, stem: str, tmp_path: pathlib.Path
) -> None:
    name = "Jürgen Müller ✓"
    result = export(config, address, "qr", tmp_path / "code.png", real_name=name)
    assert result.data.startswith(b"\x89PNG")
    decoded = zxing_decode((tmp_path / "code.png").read_bytes())
    assert decoded.decode("utf-8") == result.payloads[0]
    check_android_payload(decoded.decode("utf-8"))
    assert json.loads(decoded)[3][0][1] == [address.address, name]


def test_qr_png_decodes_with_zbar(tmp_path: pathlib.Path) -> None:
    zbarimg = require_tool("zbarimg", why="decodes the QR code PNG")
    result = export(POP3_CONFIG, POP3_ADDRESS, "qr", tmp_path / "code.png", real_name=REAL_NAME)
    decoded = zbar_decode(zbarimg, tmp_path / "code.png").decode("utf-8")
    assert decoded == result.payloads[0]
    check_android_payload(decoded)


def test_qr_svg_when_path_ends_in_svg(tmp_path: pathlib.Path) -> None:
    result = export(IMAP_CONFIG, IMAP_ADDRESS, "qr", tmp_path / "code.SVG")
    assert b"<svg" in result.data[:400]
    assert (tmp_path / "code.SVG").read_bytes() == result.data


# --------------------------------------------------------------------------- choosing servers


def test_exchange_only_config_has_no_file() -> None:
    config = AccountConfig(
        id="office365.com",
        incoming=(ServerSettings(Protocol.EXCHANGE, "outlook.office365.com", 443, Security.SSL),),
        outgoing=(ServerSettings(Protocol.SMTP, "smtp.office365.com", 587, Security.STARTTLS),),
    )
    for fmt in ("prf", "qr", "mobileconfig"):
        with pytest.raises(ExportError) as caught:
            export_bytes(config, "anna@contoso.com", fmt)
        assert caught.value.kind is ExportProblem.EXCHANGE_ONLY


def test_exchange_first_uses_the_pop_access_with_a_notice() -> None:
    config = POP3_CONFIG.replace(
        incoming=(
            ServerSettings(Protocol.EXCHANGE, "mail.example.net", 443, Security.SSL),
            *POP3_CONFIG.incoming,
        )
    )
    result = export_bytes(config, POP3_ADDRESS, "qr")
    assert NoticeKind.EXCHANGE_SKIPPED in {n.kind for n in result.notices}
    assert json.loads(result.payloads[0])[2][1] == "pop.example.net"


@pytest.mark.parametrize("domain", ["astra.od.ua", "ovh.net", "mamutmail.com", "ispis.cz"])
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_every_format_for_every_seed_provider(domain: str, fmt: ExportFormat) -> None:
    config = default_catalog().find_by_domain(domain)
    assert config is not None
    result = export_bytes(config, f"test@{domain}", fmt, real_name=REAL_NAME,
                          extra={"USERNAME": "abc7xyz"})
    assert result.data
    if fmt is ExportFormat.QR:
        check_android_payload(result.payloads[0])


def test_atomic_write_leaves_no_temporary_files(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")
    export(IMAP_CONFIG, IMAP_ADDRESS, "json", target)
    assert json.loads(target.read_text())["email"] == IMAP_ADDRESS.address
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    with pytest.raises(ExportError) as caught:
        export(IMAP_CONFIG, IMAP_ADDRESS, "json", tmp_path / "missing" / "x.json")
    assert caught.value.kind is ExportProblem.WRITE_FAILED


# --------------------------------------------------------------------------- hostile values

HOSTILE = st.text(
    alphabet=st.sampled_from(list("\r\n\t\x00\x0b=[]&<>\"';#%:\\ ") + list("aéЖ€☃ß") + ["\u2028"]),
    max_size=20,
) | st.text(max_size=20)
HOSTS = st.text(alphabet="abc019-.=[]\n<&\"é%", max_size=25) | st.just("mail.example.com")
EXPECTED_PROBLEMS = {
    ExportProblem.INVALID_HOSTNAME,
    ExportProblem.INVALID_USERNAME,
    ExportProblem.INVALID_VALUE,
    ExportProblem.NOT_ENCODABLE,
    ExportProblem.INVALID_PASSWORD,
}


def _hostile_config(username: str, host: str, provider: str) -> AccountConfig:
    return IMAP_CONFIG.replace(
        display_name=provider,
        incoming=(IMAP_CONFIG.incoming[0].replace(hostname=host, username=username),),
        outgoing=(IMAP_CONFIG.outgoing[0].replace(username=username),),
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(name=HOSTILE, username=HOSTILE, host=HOSTS, provider=HOSTILE, password=HOSTILE)
def test_hostile_values_never_break_any_format(
    name: str, username: str, host: str, provider: str, password: str
) -> None:
    config = _hostile_config(username, host, provider)
    for fmt in ExportFormat:
        try:
            result = export_bytes(config, IMAP_ADDRESS, fmt, real_name=name,
                                  include_password=True, password=password)
        except ExportError as exc:
            assert exc.kind in EXPECTED_PROBLEMS, exc
            continue
        if fmt is ExportFormat.AUTOCONFIG:
            back = parse_clientconfig(result.data)
            assert back.incoming[0].username in (username, "%EMAILADDRESS%", "%EMAILLOCALPART%")
            # Placeholders in a provider's name (ISPDB: "%EMAILDOMAIN%") are filled in.
            assert back.display_name == config.expanded(IMAP_ADDRESS).display_name
        elif fmt is ExportFormat.MOBILECONFIG:
            (payload,) = plistlib.loads(result.data)["PayloadContent"]
            assert payload["IncomingMailServerUsername"] == username
            assert payload["IncomingPassword"] == password
            assert "\n" not in payload.get("EmailAccountName", "")
        elif fmt is ExportFormat.JSON:
            assert json.loads(result.data)["incoming"][0]["username"] == username
        elif fmt is ExportFormat.QR:
            (text,) = result.payloads
            check_android_payload(text)
            data = json.loads(text)
            assert data[2][5] == username and data[2][7] == password
        else:
            prf = read_prf(result.data, "cp1252")
            assert prf.sections() == ["General", "Internet Account List", "Account1", "IMAP_I_Mail"]
            assert prf["Account1"]["IMAPUserName"] == username
            assert "\n" not in prf["Account1"].get("DisplayName", "")
