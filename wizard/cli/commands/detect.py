"""``mailwizard detect ADDRESS [--json|--xml] [--trace] [--offline] [--timeout S] [--catalog DIR]``.

Finds the server settings for an address (catalog first, then the network; see
``wizard.discovery``). ``--json`` prints the stable object of DESIGN.md (also when nothing is
found: empty lists, exit 1), ``--xml`` a clientConfig document that ``--config FILE`` of the
other commands reads, ``--trace`` every step on stderr as it happens. Nothing found: exit 1;
a malformed address: exit 2.

Tests point the network at loopback servers with ``MAILWIZARD_TEST_NETWORK=<json file>``
(see ``wizard.discovery.network.Network.from_description``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.cli.commands.providers import add_catalog_option, load_catalog
from wizard.cli.common import address_help, json_help, offline_help, seconds
from wizard.i18n import product_name, translate
from wizard.texts import QT_TRANSLATE_NOOP, arg

ORDER = 20

# %1: the server or address concerned, %2: its registrable domain.
_WARNING_WORDS = {
    "foreign-domain": QT_TRANSLATE_NOOP("Cli", "%1 belongs to %2, not to the address's domain"),
    "insecure-source": QT_TRANSLATE_NOOP("Cli", "the settings came over plain http (%1) and may be forged"),
    "unverified-source": QT_TRANSLATE_NOOP("Cli", "the settings come from DNS records nobody vouches for"),
    "redirected": QT_TRANSLATE_NOOP("Cli", "the settings came through a redirect to %2 (%1)"),
    "plain-connection": QT_TRANSLATE_NOOP("Cli", "%1 does not encrypt the connection"),
}
_IP_SERVER = QT_TRANSLATE_NOOP("Cli", "%1 is given by its IP address, so nobody can tell whose server it is")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "detect",
        help=translate("Cli", "find the server settings for an e-mail address"),
        description=translate(
            "Cli",
            "Find the incoming and outgoing server settings for ADDRESS: the bundled provider "
            "list first, then the provider's autoconfig, the Thunderbird ISPDB, MX, SRV and "
            "Autodiscover records, and finally the likely servers themselves.",
        ),
    )
    parser.add_argument("address", metavar="ADDRESS", help=address_help())
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=json_help())
    output.add_argument(
        "--xml", action="store_true", help=translate("Cli", "print a clientConfig file (for --config FILE)")
    )
    parser.add_argument("--trace", action="store_true", help=translate("Cli", "show every step on stderr"))
    parser.add_argument("--offline", action="store_true", help=offline_help())
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=15.0,
        metavar="SECONDS",
        help=translate("Cli", "give up after this many seconds (default 15)"),
    )
    add_catalog_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from wizard.cli.common import parse_address_argument
    from wizard.discovery import discover

    address = parse_address_argument(args.address)
    if not 0 < args.timeout <= 600:
        raise UsageError(translate("Cli", "--timeout needs a number of seconds between 0 and 600."))
    catalog = load_catalog(args)

    def show(event: Any) -> None:
        print(f"trace: {event}", file=sys.stderr, flush=True)

    result = asyncio.run(
        discover(
            address,
            catalog=catalog,
            timeout=args.timeout,
            offline=args.offline,
            on_event=show if args.trace else None,
        )
    )
    if result.config is None:
        if args.json:  # the contract: always one object
            from wizard.model.jsonform import nothing_found_json

            print(json.dumps(nothing_found_json(address), indent=2, ensure_ascii=False))
        if result.offline:  # no name server answered: says nothing about the provider
            raise TaskFailed(
                arg(
                    translate(
                        "Cli",
                        "%2 could not search for the settings of %1: no name server "
                        "answered, so this computer seems to be offline.",
                    ),
                    address.display,
                    product_name(),
                )
            )
        if result.domain_missing:  # the name servers say the domain does not exist
            raise TaskFailed(
                arg(
                    translate(
                        "Texts", "The domain %1 does not exist. Is there a typing error in the address?"
                    ),
                    address.unicode_domain,
                )
            )
        if result.timed_out:
            raise TaskFailed(
                arg(
                    translate("Cli", "No settings were found for %1 within %2 seconds."),
                    address.display,
                    f"{args.timeout:g}",
                )
            )
        if args.offline:
            raise TaskFailed(
                arg(translate("Cli", "No settings were found for %1 in the provider list."), address.display)
            )
        raise TaskFailed(arg(translate("Cli", "No settings were found for %1 anywhere."), address.display))
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
    from wizard import texts
    from wizard.cli.commands._proven import sign_in_advice, signs_in_itself
    from wizard.discovery.domains import is_ip_address

    config = result.config
    source = texts.source_name(config.source)
    if config.id:
        print(arg(translate("Cli", "%1: %2, found in: %3."), address.display, config.name, source))
    else:
        print(arg(translate("Cli", "%1: found in: %2."), address.display, source))
    roles = ((translate("Cli", "incoming"), config.incoming), (translate("Cli", "outgoing"), config.outgoing))
    alternative = translate("Cli", "or")
    width = max(len(alternative) + 2, *(len(role) for role, _ in roles))
    for role, servers in roles:
        for index, server in enumerate(servers):
            label = role if index == 0 else "  " + alternative
            user = arg(translate("Cli", "user %1"), server.username)
            print(
                f"  {label:<{width}} {server.protocol.value.upper():<5} {server.hostname}:{server.port}"
                f"  {server.security.value}  {server.auth.value}  {user}"
            )
    if signs_in_itself(config):
        print(sign_in_advice(config))
    if result.needs_confirmation:
        print(translate("Cli", "Check before use:"))
        for warning in config.warnings:
            text = _WARNING_WORDS.get(warning.kind.value)
            if warning.kind.value == "foreign-domain" and is_ip_address(warning.subject):
                text = _IP_SERVER
            line = (
                arg(translate("Cli", text), warning.subject, warning.registrable_domain)
                if text
                else warning.kind.value
            )
            print("  - " + line)
        if not config.warnings:
            print("  - " + translate("Cli", "nobody vouches for these settings"))
