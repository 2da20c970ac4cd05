"""Outlook PRF: golden files, read back with configparser, seed facts, apply logic, hostile values."""

from __future__ import annotations

import ipaddress
import pathlib
import string

import idna
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_exports_support import (
    IMAP_ADDRESS,
    IMAP_CONFIG,
    POP3_ADDRESS,
    POP3_CONFIG,
    REAL_NAME,
    account,
    golden,
    read_prf,
)
from wizard.catalog import default_catalog
from wizard.model import (
    Account,
    AccountConfig,
    AuthMethod,
    Protocol,
    Security,
    ServerSettings,
    parse_address,
)
from wizard.targets.exports import ExportError, ExportProblem, NoticeKind
from wizard.targets.outlook import (
    ApplyMethod,
    AutodiscoverSetup,
    OutlookError,
    OutlookProblem,
    PrfResult,
    ProfileMode,
    apply_prf,
    build_prf,
    make_prf,
    plan_outlook,
)

MAPPING_IDS = {
    "AccountName": "PT_UNICODE,0x0002",
    "DisplayName": "PT_UNICODE,0x000B",
    "EmailAddress": "PT_UNICODE,0x000C",
    "SMTPServer": "PT_UNICODE,0x0200",
    "SMTPPort": "PT_LONG,0x0201",
    "SMTPSecureConnection": "PT_LONG,0x020A",
    "SMTPUseAuth": "PT_LONG,0x0203",
    "SMTPAuthMethod": "PT_LONG,0x0208",
    "SMTPUserName": "PT_UNICODE,0x0204",
}


def _prf(config: AccountConfig, address: str, name: str = "", **kwargs: object) -> PrfResult:
    plan = plan_outlook(config, parse_address(address), name, encoding="cp1252", **kwargs)  # type: ignore[arg-type]
    assert isinstance(plan, PrfResult)
    return plan


def _kinds(result: PrfResult) -> set[NoticeKind]:
    return {n.kind for n in result.notices}


@pytest.mark.parametrize(
    ("name", "config", "address"),
    [("imap.prf", IMAP_CONFIG, IMAP_ADDRESS), ("pop3.prf", POP3_CONFIG, POP3_ADDRESS)],
)
def test_golden_prf(name: str, config: AccountConfig, address: object) -> None:
    result = plan_outlook(config, address, REAL_NAME, encoding="cp1252")  # type: ignore[arg-type]
    assert isinstance(result, PrfResult)
    golden(name, result.data)


def test_prf_is_ansi_crlf_without_bom() -> None:
    data = _prf(IMAP_CONFIG, "jane.doe@example.com", "Jürgen Müller").data
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert data.endswith(b"\r\n")
    assert "DisplayName=Jürgen Müller".encode("cp1252") in data


def test_imap_prf_read_back() -> None:
    prf = read_prf(_prf(IMAP_CONFIG, "jane.doe@example.com", REAL_NAME).data)
    assert prf.sections() == ["General", "Internet Account List", "Account1", "IMAP_I_Mail"]
    assert prf["Internet Account List"]["Account1"] == "IMAP_I_Mail"
    general = prf["General"]
    assert general["Custom"] == "1"
    assert general["OverwriteProfile"] == "Yes"
    assert general["BackupProfile"] == "No"
    assert general["ModifyDefaultProfileIfPresent"] == "FALSE"
    account1 = prf["Account1"]
    assert account1["EmailAddress"] == "jane.doe@example.com"
    assert account1["DisplayName"] == REAL_NAME
    assert account1["IMAPServer"] == "imap.example.com"
    assert account1["IMAPPort"] == "993"
    assert account1["IMAPUseSSL"] == "1"
    assert account1["IMAPUserName"] == "jane.doe@example.com"
    assert account1["SMTPServer"] == "smtp.example.com"
    assert account1["SMTPPort"] == "465"
    assert account1["SMTPSecureConnection"] == "1"
    assert account1["SMTPUseAuth"] == "1"
    assert account1["SMTPAuthMethod"] == "0"
    assert "LeaveOnServer" not in account1
    mapping = prf["IMAP_I_Mail"]
    assert mapping["AccountType"] == "IMAP"
    assert mapping["IMAPServer"] == "PT_UNICODE,0x0100"
    assert mapping["CheckNewImap"] == "PT_LONG,0x1100"
    for key, value in MAPPING_IDS.items():
        assert mapping[key] == value
    # Every key written in section 5 has its mapping in section 7 (else it is lost silently).
    assert set(account1) - {"UniqueService", "DefaultAccount"} <= set(mapping)


def test_pop3_prf_read_back() -> None:
    prf = read_prf(_prf(POP3_CONFIG, "tom@example.net").data)
    assert prf["Internet Account List"]["Account1"] == "I_Mail"
    account1 = prf["Account1"]
    assert account1["POP3Server"] == "pop.example.net"
    assert account1["POP3UserName"] == "tom"
    assert account1["POP3Port"] == "995"
    assert account1["SMTPSecureConnection"] == "2"
    # SMTP logs in as tom@example.net, POP3 as tom: a login of its own.
    assert account1["SMTPAuthMethod"] == "1"
    assert account1["SMTPUserName"] == "tom@example.net"
    # Leave on server (0x1) and remove after (0x2) 20 days (high word).
    assert int(account1["LeaveOnServer"], 16) == 0x1 | 0x2 | (20 << 16)
    assert "DisplayName" not in account1
    assert set(account1) - {"UniqueService", "DefaultAccount"} <= set(prf["I_Mail"])
    assert prf["I_Mail"]["LeaveOnServer"] == "PT_LONG,0x1000"


# An independent reading of reference §1: what every key of [Account1] must hold for an account.
SMTP_SECURE_CONNECTION = {Security.PLAIN: "0", Security.SSL: "1", Security.STARTTLS: "2"}
PLAIN_SMTP = IMAP_CONFIG.replace(
    incoming=(ServerSettings(Protocol.IMAP, "mx.example.com", 143, Security.STARTTLS, username="jd",
                             auth_methods=(AuthMethod.NTLM,)),),
    outgoing=(ServerSettings(Protocol.SMTP, "relay.example.com", 25, Security.PLAIN,
                             auth_methods=(AuthMethod.NONE,)),),
)
POP_DELETES = POP3_CONFIG.replace(incoming=(POP3_CONFIG.incoming[0].replace(leave_on_server=False),))


def expected_account_section(acc: Account) -> dict[str, str]:
    incoming, outgoing = acc.incoming, acc.outgoing
    prefix = {Protocol.IMAP: "IMAP", Protocol.POP3: "POP3"}[incoming.protocol]
    smtp_auth = outgoing.auth.uses_password
    own_login = smtp_auth and outgoing.username != incoming.username
    keys = {"UniqueService": "No", "AccountName": acc.address.address}
    if acc.real_name:
        keys["DisplayName"] = acc.real_name
    keys |= {
        "EmailAddress": acc.address.address,
        f"{prefix}Server": incoming.hostname,
        f"{prefix}UserName": incoming.username,
        f"{prefix}UseSPA": "1" if incoming.auth is AuthMethod.NTLM else "0",
        f"{prefix}Port": str(incoming.port),
        # PROP_INET_SSL: STARTTLS cannot be said, so the incoming side is written as SSL.
        f"{prefix}UseSSL": "0" if incoming.security is Security.PLAIN else "1",
        "SMTPServer": outgoing.hostname,
        "SMTPUseAuth": "1" if smtp_auth else "0",
        "SMTPAuthMethod": "1" if own_login else "0",
        **({"SMTPUserName": outgoing.username} if own_login else {}),
        "SMTPUseSPA": "1" if outgoing.auth is AuthMethod.NTLM else "0",
        "ConnectionType": "0",
        "SMTPPort": str(outgoing.port),
        "SMTPSecureConnection": SMTP_SECURE_CONNECTION[outgoing.security],
        "ServerTimeOut": "60",
    }
    if prefix == "POP3":
        leave = 0
        if incoming.leave_on_server is not False:
            leave = 0x1 | ((0x2 | incoming.days_to_leave << 16) if incoming.days_to_leave else 0)
        keys["LeaveOnServer"] = hex(leave)
    else:
        keys["CheckNewImap"] = "1"
    return keys | {"DefaultAccount": "TRUE"}


@pytest.mark.parametrize(
    ("config", "address", "name"),
    [
        (IMAP_CONFIG, "jane.doe@example.com", REAL_NAME),
        (POP3_CONFIG, "tom@example.net", ""),
        (PLAIN_SMTP, "jd@example.com", "J. D."),
        (POP_DELETES, "tom@example.net", "Tom"),
    ],
)
def test_every_prf_value_matches_the_account(config: AccountConfig, address: str, name: str) -> None:
    """The golden files are our own output: this reads the PRF as INI and checks every value."""
    acc = account(config, address, name)
    prf = read_prf(_prf(config, address, name).data)
    assert dict(prf["Account1"]) == expected_account_section(acc)
    assert dict(prf["General"]) == {
        "Custom": "1", "ProfileName": acc.address.address, "DefaultProfile": "Yes",
        "OverwriteProfile": "Yes", "ModifyDefaultProfileIfPresent": "FALSE", "BackupProfile": "No",
    }
    token = prf["Internet Account List"]["Account1"]
    assert token == {Protocol.IMAP: "IMAP_I_Mail", Protocol.POP3: "I_Mail"}[acc.incoming.protocol]
    assert prf.sections() == ["General", "Internet Account List", "Account1", token]
    mapping = prf[token]
    assert set(prf["Account1"]) - {"UniqueService", "DefaultAccount"} <= set(mapping)
    assert all(mapping[key] == value for key, value in MAPPING_IDS.items())


def test_notices_always_tell_about_password_and_new_outlook() -> None:
    kinds = _kinds(_prf(IMAP_CONFIG, "jane.doe@example.com"))
    assert NoticeKind.PASSWORD_ASKED_LATER in kinds
    assert NoticeKind.NEW_OUTLOOK_UNSUPPORTED in kinds
    assert NoticeKind.PROFILE_REPLACED in kinds


def test_incoming_starttls_fails_closed_with_a_notice() -> None:
    config = IMAP_CONFIG.replace(
        incoming=(ServerSettings(Protocol.IMAP, "imap.example.com", 143, Security.STARTTLS),)
    )
    result = _prf(config, "jane.doe@example.com")
    prf = read_prf(result.data)
    assert prf["Account1"]["IMAPUseSSL"] == "1"
    assert prf["Account1"]["IMAPPort"] == "143"
    notice = next(n for n in result.notices if n.kind is NoticeKind.INCOMING_STARTTLS_MANUAL)
    assert notice.subject == "imap.example.com"
    assert "STARTTLS" in notice.sentence


def test_pop_leave_on_server_default_and_off() -> None:
    server = POP3_CONFIG.incoming[0]
    keep = POP3_CONFIG.replace(incoming=(server.replace(leave_on_server=None, days_to_leave=None),))
    delete = POP3_CONFIG.replace(incoming=(server.replace(leave_on_server=False),))
    assert read_prf(_prf(keep, "tom@example.net").data)["Account1"]["LeaveOnServer"] == "0x1"
    assert read_prf(_prf(delete, "tom@example.net").data)["Account1"]["LeaveOnServer"] == "0x0"


def test_add_to_default_profile_mode() -> None:
    result = _prf(IMAP_CONFIG, "jane.doe@example.com", mode=ProfileMode.ADD_TO_DEFAULT)
    general = read_prf(result.data)["General"]
    assert general["OverwriteProfile"] == "Append"
    assert general["ModifyDefaultProfileIfPresent"] == "TRUE"
    assert NoticeKind.PROFILE_APPENDED in _kinds(result)


def test_name_outside_the_code_page_falls_back_to_the_address() -> None:
    result = _prf(IMAP_CONFIG, "jane.doe@example.com", "Иван Петров")
    assert read_prf(result.data)["Account1"]["DisplayName"] == "jane.doe@example.com"
    assert NoticeKind.NAME_NOT_ENCODABLE in _kinds(result)
    cyrillic = plan_outlook(
        IMAP_CONFIG, parse_address("jane.doe@example.com"), "Иван Петров", encoding="cp1251"
    )
    assert isinstance(cyrillic, PrfResult)
    assert read_prf(cyrillic.data, "cp1251")["Account1"]["DisplayName"] == "Иван Петров"


def test_username_outside_the_code_page_is_a_typed_error() -> None:
    config = IMAP_CONFIG.replace(
        incoming=(IMAP_CONFIG.incoming[0].replace(username="пользователь"),)
    )
    with pytest.raises(ExportError) as caught:
        _prf(config, "jane.doe@example.com")
    assert caught.value.kind is ExportProblem.NOT_ENCODABLE


def test_oauth_only_server_cannot_be_expressed() -> None:
    config = IMAP_CONFIG.replace(
        incoming=(IMAP_CONFIG.incoming[0].replace(auth_methods=(AuthMethod.OAUTH2,)),)
    )
    with pytest.raises(ExportError) as caught:
        _prf(config, "jane.doe@example.com")
    assert caught.value.kind is ExportProblem.UNSUPPORTED_AUTH


def test_ntlm_sets_spa() -> None:
    config = IMAP_CONFIG.replace(
        incoming=(IMAP_CONFIG.incoming[0].replace(auth_methods=(AuthMethod.NTLM,)),)
    )
    assert read_prf(_prf(config, "jane.doe@example.com").data)["Account1"]["IMAPUseSPA"] == "1"


def test_make_prf_matches_build_prf() -> None:
    acc = account(IMAP_CONFIG, "jane.doe@example.com", REAL_NAME)
    assert make_prf(acc, encoding="cp1252") == build_prf(acc, encoding="cp1252").data


# --------------------------------------------------------------------------- Exchange


EXCHANGE_CONFIG = AccountConfig(
    id="mamutmail.com",
    domains=("mamutmail.com",),
    incoming=(
        ServerSettings(Protocol.EXCHANGE, "mamutmail.com", 443, Security.SSL),
        ServerSettings(Protocol.POP3, "mamutmail.com", 995, Security.SSL),
    ),
    outgoing=(ServerSettings(Protocol.SMTP, "mamutmail.com", 465, Security.SSL),),
)


def test_exchange_gets_autodiscover_guidance_not_a_prf() -> None:
    plan = plan_outlook(EXCHANGE_CONFIG, parse_address("anna@firma.se"))
    assert isinstance(plan, AutodiscoverSetup)
    assert plan.address == "anna@firma.se"
    assert plan.server == "mamutmail.com"
    assert "anna@firma.se" in plan.instructions
    assert "Autodiscover" in plan.instructions


def test_exchange_provider_pop_access_on_request() -> None:
    plan = plan_outlook(EXCHANGE_CONFIG, parse_address("anna@firma.se"), protocol=Protocol.POP3)
    assert isinstance(plan, PrfResult)
    assert read_prf(plan.data, plan.encoding)["Account1"]["POP3Server"] == "mamutmail.com"


def test_build_prf_refuses_exchange_account() -> None:
    acc = Account(
        address=parse_address("anna@firma.se"),
        incoming=EXCHANGE_CONFIG.incoming[0],
        outgoing=EXCHANGE_CONFIG.outgoing[0],
    )
    with pytest.raises(ExportError) as caught:
        build_prf(acc)
    assert caught.value.kind is ExportProblem.EXCHANGE_ONLY


# --------------------------------------------------------------------------- seed providers


def _catalog(domain: str) -> AccountConfig:
    config = default_catalog().find_by_domain(domain)
    assert config is not None, f"{domain} is not in the bundled catalog"
    return config


def test_seed_astra_prf() -> None:
    # Seed: POP3 astra.od.ua:110, IMAP astra.od.ua:143, SMTP astra.od.ua:25 with
    # authentication, login = the full address.
    config = _catalog("astra.od.ua")
    imap = read_prf(_prf(config, "ivan@astra.od.ua").data)["Account1"]
    assert (imap["IMAPServer"], imap["IMAPPort"]) == ("astra.od.ua", "143")
    assert imap["IMAPUserName"] == "ivan@astra.od.ua"
    assert (imap["SMTPServer"], imap["SMTPPort"]) == ("astra.od.ua", "25")
    assert imap["SMTPUseAuth"] == "1"
    assert imap["SMTPSecureConnection"] == "2"  # "SSL" on port 25 means STARTTLS
    pop = read_prf(_prf(config, "ivan@astra.od.ua", protocol=Protocol.POP3).data)["Account1"]
    assert (pop["POP3Server"], pop["POP3Port"]) == ("astra.od.ua", "110")
    assert int(pop["LeaveOnServer"], 16) & 0x1  # the seed recommends keeping a copy


def test_seed_ovh_prf() -> None:
    # Seed: ssl0.ovh.net, IMAP 993 / POP 995 with SSL, SMTP 465 with SSL and authentication,
    # login = the full address; customer domains reach ovh.net through their MX.
    config = _catalog("ovh.net")
    imap = read_prf(_prf(config, "info@my-shop.lt").data)["Account1"]
    assert (imap["IMAPServer"], imap["IMAPPort"], imap["IMAPUseSSL"]) == (
        "ssl0.ovh.net", "993", "1"
    )
    assert imap["IMAPUserName"] == "info@my-shop.lt"
    assert (imap["SMTPServer"], imap["SMTPPort"], imap["SMTPSecureConnection"]) == (
        "ssl0.ovh.net", "465", "1"
    )
    assert imap["SMTPUseAuth"] == "1"
    assert imap["SMTPAuthMethod"] == "0"  # "use the same user name and password"
    pop = read_prf(_prf(config, "info@my-shop.lt", protocol=Protocol.POP3).data)["Account1"]
    assert (pop["POP3Server"], pop["POP3Port"], pop["POP3UseSSL"]) == ("ssl0.ovh.net", "995", "1")


def test_seed_mamut_pop_prf_and_business_mail() -> None:
    # Seed: POP incoming mamutmail.com, outgoing mamutmail.com with authentication using the
    # incoming login, full address as user name; Business Mail is Hosted Exchange.
    config = _catalog("mamutmail.com")
    result = _prf(config, "ola@mamutmail.com", protocol=Protocol.POP3)
    pop = read_prf(result.data)["Account1"]
    assert pop["POP3Server"] == "mamutmail.com"
    assert pop["POP3UserName"] == "ola@mamutmail.com"
    assert pop["SMTPServer"] == "mamutmail.com"
    assert (pop["SMTPUseAuth"], pop["SMTPAuthMethod"]) == ("1", "0")
    assert int(pop["LeaveOnServer"], 16) & 0x1  # "Leave a copy on the server"
    business = plan_outlook(config, parse_address("ola@mamutmail.com"), protocol=Protocol.EXCHANGE)
    assert isinstance(business, AutodiscoverSetup)
    assert business.server == "mamutmail.com"


def test_seed_ispis_prf() -> None:
    # Seed: POP3 for receiving, SMTP for sending, the ISDS login (not the address) for both.
    config = _catalog("ispis.cz")
    with pytest.raises(ExportError) as caught:
        _prf(config, "firma@ispis.cz")
    assert caught.value.kind is ExportProblem.MISSING_FIELD
    result = _prf(config, "firma@ispis.cz", extra={"USERNAME": "abc7xyz"})
    pop = read_prf(result.data)["Account1"]
    assert pop["POP3Server"] == "ispis.cz"
    assert pop["POP3UserName"] == "abc7xyz"
    assert pop["EmailAddress"] == "firma@ispis.cz"
    assert (pop["SMTPUseAuth"], pop["SMTPAuthMethod"]) == ("1", "0")
    assert "IMAPServer" not in pop


# --------------------------------------------------------------------------- applying


class FakeOutlook:
    def __init__(self, *, exe: pathlib.Path | None, version: str | None, running: bool = False):
        self.exe, self.version, self.running = exe, version, running
        self.started: list[tuple[pathlib.Path, pathlib.Path]] = []
        self.registry: list[tuple[str, pathlib.Path]] = []

    def outlook_exe(self) -> pathlib.Path | None:
        return self.exe

    def office_version(self) -> str | None:
        return self.version

    def is_running(self) -> bool:
        return self.running

    def start_import(self, exe: pathlib.Path, prf: pathlib.Path) -> None:
        self.started.append((exe, prf))

    def set_import_prf(self, version: str, prf: pathlib.Path) -> None:
        self.registry.append((version, prf))


def test_apply_needs_windows(tmp_path: pathlib.Path) -> None:
    prf = tmp_path / "a.prf"
    prf.write_bytes(b"[General]\r\n")
    with pytest.raises(OutlookError) as caught:
        apply_prf(prf, platform="linux")
    assert caught.value.kind is OutlookProblem.NEEDS_WINDOWS
    assert "Windows" in str(caught.value)


def test_apply_refuses_while_outlook_runs(tmp_path: pathlib.Path) -> None:
    prf = tmp_path / "a.prf"
    prf.write_bytes(b"[General]\r\n")
    fake = FakeOutlook(exe=tmp_path / "OUTLOOK.EXE", version="16.0", running=True)
    with pytest.raises(OutlookError) as caught:
        apply_prf(prf, system=fake, platform="win32")
    assert caught.value.kind is OutlookProblem.RUNNING
    assert not fake.started and not fake.registry


def test_apply_by_command_line_or_registry(tmp_path: pathlib.Path) -> None:
    prf = tmp_path / "a.prf"
    prf.write_bytes(b"[General]\r\n")
    exe = tmp_path / "OUTLOOK.EXE"
    fake = FakeOutlook(exe=exe, version="16.0")
    result = apply_prf(prf, system=fake, platform="win32")
    assert result.method is ApplyMethod.COMMAND_LINE
    assert fake.started == [(exe, prf.resolve())]
    fake = FakeOutlook(exe=None, version="16.0")
    result = apply_prf(prf, system=fake, platform="win32")
    assert result.method is ApplyMethod.REGISTRY
    assert fake.registry == [("16.0", prf.resolve())]
    assert NoticeKind.PASSWORD_ASKED_LATER in {n.kind for n in result.notices}


def test_apply_without_outlook_or_file(tmp_path: pathlib.Path) -> None:
    prf = tmp_path / "a.prf"
    with pytest.raises(OutlookError) as caught:
        apply_prf(prf, system=FakeOutlook(exe=None, version=None), platform="win32")
    assert caught.value.kind is OutlookProblem.NOT_A_FILE
    prf.write_bytes(b"[General]\r\n")
    with pytest.raises(OutlookError) as caught:
        apply_prf(prf, system=FakeOutlook(exe=None, version=None), platform="win32")
    assert caught.value.kind is OutlookProblem.NOT_FOUND


# --------------------------------------------------------------------------- hostile values

HOSTILE = st.text(
    alphabet=st.sampled_from(list("\r\n\t\x00\x0b=[]&<>\"';#%:\\ ") + list("aéЖ€☃ß") + ["\u2028"]),
    max_size=20,
) | st.text(max_size=20)
HOST_CHARS = st.text(alphabet=string.ascii_lowercase + string.digits + "-.=[]\n<&\"é", max_size=30)


def expected_host(host: str) -> str:
    """The server name as the input says it, in the form a PRF holds: an IP address, or the
    ASCII (IDNA) name in lower case without a final dot."""
    name = host.strip().rstrip(".")
    try:
        return str(ipaddress.ip_address(name.strip("[]")))
    except ValueError:
        return idna.encode(name, uts46=True).decode("ascii").lower()


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(name=HOSTILE, username=HOSTILE, host=HOST_CHARS | st.just("mail.example.com"))
def test_hostile_values_never_break_the_prf(name: str, username: str, host: str) -> None:
    config = IMAP_CONFIG.replace(
        incoming=(IMAP_CONFIG.incoming[0].replace(hostname=host, username=username),)
    )
    acc = Account(
        address=IMAP_ADDRESS,
        incoming=config.incoming[0],
        outgoing=config.outgoing[0],
        real_name=name,
    )
    try:
        result = build_prf(acc, encoding="cp1252")
    except ExportError as exc:
        assert exc.kind in {
            ExportProblem.INVALID_HOSTNAME,
            ExportProblem.INVALID_USERNAME,
            ExportProblem.NOT_ENCODABLE,
        }
        return
    prf = read_prf(result.data)
    assert prf.sections() == ["General", "Internet Account List", "Account1", "IMAP_I_Mail"]
    account1 = prf["Account1"]
    assert account1["IMAPUserName"] == username
    assert account1["EmailAddress"] == IMAP_ADDRESS.address
    assert account1["IMAPServer"] == expected_host(host)
    shown = account1.get("DisplayName", "")
    assert "\n" not in shown and "\r" not in shown
    assert len(account1) == len(dict(account1))
