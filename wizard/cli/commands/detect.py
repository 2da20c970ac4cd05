"""``mailwizard detect ADDRESS [--json|--xml] [--trace] [--offline] [--timeout S] [--catalog DIR]``.

Finds the server settings for an address (catalog first, then the network; see
``wizard.discovery``). ``--json`` prints the stable object of DESIGN.md, ``--xml`` a
clientConfig document that ``--config FILE`` of the other commands reads, ``--trace`` every
step on stderr as it happens. Nothing found: exit 1; a malformed address: exit 2.

Tests point the network at loopback servers with ``MAILWIZARD_TEST_NETWORK=<json file>``
(see ``wizard.discovery.network.Network.from_description``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError

ORDER = 20

_SOURCE_WORDS = {
    "catalog": "the bundled provider list",
    "admin": "the administrator's provider list",
    "isp": "the provider's own autoconfig (https)",
    "ispdb": "the Thunderbird ISPDB",
    "mx": "the provider of the domain's mail exchanger",
    "srv": "DNS SRV records",
    "autodiscover": "Microsoft Autodiscover",
    "isp-http": "the provider's autoconfig over plain http",
    "guess": "asking the likely servers",
}
_WARNING_WORDS = {
    "foreign-domain": "{subject} belongs to {domain}, not to the address's domain",
    "insecure-source": "the settings came over plain http ({subject}) and may be forged",
    "unverified-source": "the settings come from DNS records nobody vouches for",
    "redirected": "the settings came through a redirect to {domain} ({subject})",
    "plain-connection": "{subject} does not encrypt the connection",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "detect",
        help="find the server settings for an e-mail address",
        description="Find the incoming and outgoing server settings for ADDRESS: the bundled "
        "provider list first, then the provider's autoconfig, the Thunderbird ISPDB, MX, SRV "
        "and Autodiscover records, and finally the likely servers themselves.",
    )
    parser.add_argument("address", metavar="ADDRESS", help="the e-mail address")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the result as JSON")
    output.add_argument(
        "--xml", action="store_true", help="print a clientConfig file (for --config FILE)"
    )
    parser.add_argument("--trace", action="store_true", help="show every step on stderr")
    parser.add_argument(
        "--offline", action="store_true", help="use the bundled provider list only"
    )
    parser.add_argument(
        "--timeout", type=float, default=15.0, metavar="SECONDS",
        help="give up after this many seconds (default 15)",
    )
    parser.add_argument(
        "--catalog", action="append", default=[], metavar="DIR",
        help="also read provider files (clientConfig XML) from DIR (repeatable)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from wizard.catalog import Catalog, default_catalog
    from wizard.discovery import discover
    from wizard.model import AddressError, parse_address

    try:
        address = parse_address(args.address)
    except AddressError as exc:
        raise UsageError(str(exc)) from None
    if not 0 < args.timeout <= 600:
        raise UsageError("--timeout needs a number of seconds between 0 and 600.")
    catalog = default_catalog()
    if args.catalog:
        catalog = Catalog.load(args.catalog)
        for problem in catalog.problems:
            print(f"mailwizard: {problem}", file=sys.stderr)

    def show(event: Any) -> None:
        print(f"trace: {event}", file=sys.stderr, flush=True)

    result = asyncio.run(
        discover(
            address, catalog=catalog, timeout=args.timeout, offline=args.offline,
            on_event=show if args.trace else None,
        )
    )
    if result.config is None:
        where = "in the provider list" if args.offline else "anywhere"
        if result.timed_out:
            raise TaskFailed(
                f"No settings were found for {address.display} within {args.timeout:g} seconds."
            )
        raise TaskFailed(f"No settings were found for {address.display} {where}.")
    if args.json:
        from wizard.model.jsonform import config_to_json

        print(json.dumps(config_to_json(result.config, address), indent=2, ensure_ascii=False))
    elif args.xml:
        from wizard.catalog.clientconfig import write_clientconfig

        sys.stdout.write(write_clientconfig(result.config).decode("utf-8"))
    else:
        _summary(result, address)
    return EXIT_OK


def _summary(result: Any, address: Any) -> None:
    config = result.config
    source = _SOURCE_WORDS.get(config.source.value, config.source.value)
    name = f"{config.name} — " if config.id else ""
    print(f"{address.display}: {name}found through {source}.")
    for role, servers in (("incoming", config.incoming), ("outgoing", config.outgoing)):
        for index, server in enumerate(servers):
            label = role if index == 0 else "  or"
            print(
                f"  {label:<9} {server.protocol.value.upper():<5} {server.hostname}:{server.port}"
                f"  {server.security.value}  {server.auth.value}  user {server.username}"
            )
    if result.needs_confirmation:
        print("Check before use:")
        for warning in config.warnings:
            text = _WARNING_WORDS.get(warning.kind.value, warning.kind.value)
            print("  - " + text.format(subject=warning.subject, domain=warning.registrable_domain))
        if not config.warnings:
            print("  - nobody vouches for these settings")
