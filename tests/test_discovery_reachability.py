"""A dead network is not "your provider publishes nothing" (issue 20, finding 1), and a
domain that does not exist is told apart too (finding 7): ``DiscoveryResult.reachability``,
from what the name servers answered, against the loopback DNS server and a dead one.
Also the command line's sentence for it, and servers given by IP address (finding 5)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.discovery_servers import LoopbackWorld
from wizard.catalog import Catalog
from wizard.discovery import DnsLog, EventState, Network, Reachability, discover
from wizard.discovery.domains import foreign_warnings, is_ip_address, next_sub_domain, registrable_domain
from wizard.discovery.network import TEST_NETWORK_VARIABLE
from wizard.model import AccountConfig, Protocol, Security, ServerSettings, Source

ROOT = Path(__file__).resolve().parents[1]
FAST = {"http_timeout": 1.0, "ispdb_timeout": 1.0, "probe_timeout": 0.5, "probe_grace": 0.2, "dns_timeout": 0.5}


def dead_dns_port() -> int:
    """A UDP port on loopback where no name server listens (questions go unanswered)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def dead_network() -> Network:
    """No name server answers and no server can be reached: a computer without a network."""
    return Network.loopback(dns_port=dead_dns_port(), hosts={}, **FAST)


def run(address: str, network: Network, catalog: Catalog | None = None) -> Any:
    catalog = catalog or Catalog.load(bundled=False, site=False)
    return asyncio.run(discover(address, network=network, catalog=catalog, timeout=10.0))


def test_a_dead_network_is_offline_not_nothing_found() -> None:
    result = run("anna@mybakery.fr", dead_network())
    assert result.config is None
    assert result.reachability is Reachability.UNREACHABLE
    assert result.offline and not result.domain_missing
    # What made the window say "nothing found": several sources do report "nothing there".
    assert EventState.NOTHING in set(result.final_states().values())


def test_a_domain_that_does_not_exist_is_told_apart(discovery_world: LoopbackWorld) -> None:
    result = run("me@nothing.test", discovery_world.network(**FAST))
    assert result.config is None
    assert result.reachability is Reachability.NO_SUCH_DOMAIN
    assert result.domain_missing and not result.offline


def test_a_domain_that_publishes_nothing_is_nothing_found(discovery_world: LoopbackWorld) -> None:
    discovery_world.add_host("quiet-reachability.test")  # exists; publishes no settings
    result = run("me@quiet-reachability.test", discovery_world.network(**FAST))
    assert result.config is None
    assert result.reachability is Reachability.ANSWERED
    assert not result.offline and not result.domain_missing


def test_the_provider_list_answers_on_a_dead_network(discovery_world: LoopbackWorld) -> None:
    """A bundled provider's own autoconfig is asked for first (its name servers do not answer
    here), then the bundled entry answers: settings found, so not "offline"."""
    catalog = Catalog.load(bundled=True, site=False)
    result = run("anna@seznam.cz", dead_network(), catalog)
    assert result.config is not None and result.config.id == "seznam.cz"
    assert result.reachability is Reachability.UNREACHABLE and not result.offline


def test_dns_log_rules() -> None:
    log = DnsLog()
    assert log.reachability("x.test") is Reachability.NOT_ASKED
    log.unanswered += 3
    assert log.reachability("x.test") is Reachability.UNREACHABLE
    log.answered += 1  # one answer is enough: the network works
    assert log.reachability("x.test") is Reachability.ANSWERED
    log.missing.add("x.test")
    assert log.reachability("X.test.") is Reachability.NO_SUCH_DOMAIN
    assert log.reachability("y.test") is Reachability.ANSWERED


def test_detect_says_the_computer_seems_offline(tmp_path: Path) -> None:
    network_file = tmp_path / "dead.json"
    network_file.write_text(
        json.dumps({"dns": f"127.0.0.1:{dead_dns_port()}", "hosts": {}, **FAST}), encoding="utf-8"
    )
    env = {**os.environ, TEST_NETWORK_VARIABLE: str(network_file), "PYTHONPATH": str(ROOT), "LANG": "C"}
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "detect", "anna@mybakery.fr", "--timeout", "10"],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == (
        "mailwizard: Mail Wizard could not search for the settings of anna@mybakery.fr: no name "
        "server answered, so this computer seems to be offline."
    )


# -- servers given by IP address (finding 5) -------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "::1", "[2001:db8::1]"])
def test_an_ip_address_is_its_own_owner(host: str) -> None:
    assert is_ip_address(host)
    assert registrable_domain(host) == host.strip("[]")
    assert next_sub_domain(host) == ""


def test_a_host_name_is_not_an_ip_address() -> None:
    assert not is_ip_address("mail.0.1.example")
    assert registrable_domain("imap.mail.ru") == "mail.ru"


def test_the_foreign_warning_of_an_ip_server_names_the_address() -> None:
    config = AccountConfig(
        id="x",
        domains=("example.test",),
        incoming=(ServerSettings(Protocol.IMAP, "127.0.0.1", 993, Security.SSL),),
        outgoing=(ServerSettings(Protocol.SMTP, "smtp.example.test", 465, Security.SSL),),
        source=Source.ISP,
    )
    (warning,) = foreign_warnings(config, ["example.test"])
    assert (warning.subject, warning.registrable_domain) == ("127.0.0.1", "127.0.0.1")


def test_detect_asks_about_a_typing_error_when_the_domain_does_not_exist(
    discovery_world: LoopbackWorld, tmp_path: Path
) -> None:
    network_file = discovery_world.write_network_file(tmp_path / "network.json", **FAST)
    env = {**os.environ, TEST_NETWORK_VARIABLE: str(network_file), "PYTHONPATH": str(ROOT), "LANG": "C"}
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "detect", "anna@no-such-bakery.test", "--json", "--timeout", "10"],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["incoming"] == []  # still the one object of the contract
    assert done.stderr.strip() == (
        "mailwizard: The domain no-such-bakery.test does not exist. Is there a typing error in the address?"
    )
