"""The four seed providers at their real host names (issue 14): the bundled entries as they are,
a simulated Internet (DNS, the providers' HTTPS) whose mail hosts are the real Dovecot and SMTP
servers, built from the seeds' facts. The command-line chain ``detect`` → ``verify --xml`` →
``write thunderbird --config proven.xml`` must give a working account for all four:

- astra.od.ua lists IMAP 143 / POP3 110 without encryption; the server offers STARTTLS;
- OVH: implicit TLS everywhere (the control);
- Mamut lists SMTP 465 first; only 587 (STARTTLS) and 25 answer;
- iSpis publishes its own autoconfig, which names the login differently from the bundled
  entry (no ISDS login to type: the provider knows it).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.fixtures.discovery_servers import Reply
from tests.fixtures.mailservers import log_size, wait_for_log
from tests.fixtures.pipeline_world import MailWorld
from wizard.cli import main
from wizard.discovery.network import TEST_NETWORK_VARIABLE
from wizard.targets.thunderbird.prefs import parse_prefs, prefs_dict

pytestmark = pytest.mark.dovecot

ISPIS_AUTOCONFIG = b"""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1"><emailProvider id="ispis.cz"><domain>ispis.cz</domain>
<displayName>iSpis</displayName>
<incomingServer type="pop3"><hostname>ispis.cz</hostname><port>995</port>
<socketType>SSL</socketType><authentication>password-cleartext</authentication>
<username>%EMAILADDRESS%</username></incomingServer>
<outgoingServer type="smtp"><hostname>ispis.cz</hostname><port>465</port>
<socketType>SSL</socketType><authentication>password-cleartext</authentication>
<username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>"""


@dataclass
class Seed:
    address: str
    servers: dict[tuple[str, int], str]  # what answers where (MailServers port attributes)
    incoming: tuple[str, str, int, str]  # what must be written: protocol, host, port, security
    outgoing: tuple[str, int, str]
    source: str = "catalog"
    routes: dict[str, bytes] = field(default_factory=dict)


SEEDS = [
    Seed("ivan@astra.od.ua",
         {("astra.od.ua", 143): "imap_starttls_port", ("astra.od.ua", 110): "pop3_starttls_port",
          ("astra.od.ua", 25): "smtp_starttls_port"},
         ("imap", "astra.od.ua", 143, "starttls"), ("astra.od.ua", 25, "starttls")),
    Seed("jane@ovh.net",
         {("ssl0.ovh.net", 993): "imaps_port", ("ssl0.ovh.net", 465): "smtps_port"},
         ("imap", "ssl0.ovh.net", 993, "ssl"), ("ssl0.ovh.net", 465, "ssl")),
    Seed("ola@mamutmail.com",
         {("mamutmail.com", 995): "pop3s_port", ("mamutmail.com", 587): "smtp_starttls_port",
          ("mamutmail.com", 25): "smtp_starttls_port"},
         ("pop3", "mamutmail.com", 995, "ssl"), ("mamutmail.com", 587, "starttls")),
    Seed("jan@ispis.cz",
         {("ispis.cz", 995): "pop3s_port", ("ispis.cz", 465): "smtps_port"},
         ("pop3", "ispis.cz", 995, "ssl"), ("ispis.cz", 465, "ssl"), source="isp",
         routes={"https://autoconfig.ispis.cz/mail/config-v1.1.xml": ISPIS_AUTOCONFIG}),
]


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        password: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(list(args))
    out, err = capsys.readouterr()
    assert not password or password not in out + err
    return code, out, err


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.address.split("@")[1])
def test_the_command_line_chain_writes_a_working_account(
    mail_world: MailWorld, seed: Seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for (host, port), kind in seed.servers.items():
        mail_world.serve(host, port, kind)
    for url, body in seed.routes.items():
        mail_world.world.route(url, Reply(body=body))
    monkeypatch.setenv(TEST_NETWORK_VARIABLE, str(mail_world.network_file(tmp_path / "net.json")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    password = mail_world.servers.password
    protocol, host, port, security = seed.incoming

    code, out, err = cli(monkeypatch, capsys, "detect", seed.address, "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["source"] == seed.source
    first = found["incoming"][0]
    assert (first["protocol"], first["host"], first["port"], first["security"]) == seed.incoming
    assert first["username"] == seed.address and found["fields"] == []
    assert not [w for w in found["warnings"] if w["kind"] == "plain-connection"]

    dovecot = log_size(mail_world.servers.dovecot_log)
    code, out, err = cli(monkeypatch, capsys, "verify", seed.address, "--password-stdin", "--xml",
                         "--trace", password=password)
    assert code == 0, out + err
    proven = tmp_path / "proven.xml"
    proven.write_text(out, encoding="utf-8")
    assert "proof: outgoing" in err and "proven (signed in)" in err
    login = wait_for_log(mail_world.servers.dovecot_log, f"Login: user=<{seed.address}>", since=dovecot)
    assert "TLS" in login  # implicit TLS or STARTTLS, never a password in clear
    if seed.source == "catalog":  # --offline finds in the provider list only; it still proves
        code, out, err = cli(monkeypatch, capsys, "verify", seed.address, "--password-stdin",
                             "--offline", password=password)
        assert code == 0 and "Both directions work." in out, out + err

    profile = tmp_path / "profile"
    profile.mkdir()
    code, out, err = cli(monkeypatch, capsys, "write", "thunderbird", seed.address, "--profile",
                         str(profile), "--config", str(proven), "--password-stdin", password=password)
    assert code == 0, out + err
    prefs = prefs_dict(parse_prefs((profile / "prefs.js").read_text(encoding="utf-8")))
    socket_type = {"ssl": 3, "starttls": 2}
    assert (prefs["mail.server.server1.type"], prefs["mail.server.server1.hostname"],
            prefs["mail.server.server1.port"], prefs["mail.server.server1.socketType"]) == (
        protocol, host, port, socket_type[security])
    assert prefs["mail.server.server1.userName"] == seed.address
    out_host, out_port, out_security = seed.outgoing
    assert (prefs["mail.smtpserver.smtp1.hostname"], prefs["mail.smtpserver.smtp1.port"],
            prefs["mail.smtpserver.smtp1.try_ssl"]) == (out_host, out_port, socket_type[out_security])


def test_ispis_without_its_own_autoconfig_asks_for_the_isds_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    profile.mkdir()
    code, _, err = cli(monkeypatch, capsys, "write", "thunderbird", "jan@ispis.cz", "--profile",
                       str(profile), "--offline")
    assert code == 2
    assert "--field USERNAME=VALUE" in err and err.count("\n") == 1
    code, out, _ = cli(monkeypatch, capsys, "detect", "jan@ispis.cz", "--offline", "--json")
    assert code == 0
    data = json.loads(out)
    assert [f["key"] for f in data["fields"]] == ["USERNAME"]
    assert data["incoming"][0]["username"] is None
