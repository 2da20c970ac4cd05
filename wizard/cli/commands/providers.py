"""``mailwizard providers [QUERY] [--json] [--catalog DIR]``: list or search the catalog."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed
from wizard.cli.common import say
from wizard.i18n import translate
from wizard.texts import arg

ORDER = 10


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "providers",
        help=translate("Cli", "list or search the bundled provider list"),
        description=translate(
            "Cli",
            "List the providers the wizard knows, or those matching QUERY (name or domain; "
            "case and accents do not matter).",
        ),
    )
    parser.add_argument(
        "query",
        nargs="?",
        default="",
        metavar="QUERY",
        help=translate("Cli", "part of a provider's name or domain"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print the list as JSON"))
    add_catalog_option(parser)
    parser.set_defaults(handler=run)


def add_catalog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="DIR",
        help=translate("Cli", "also read the clientConfig files in DIR (they take precedence); repeatable"),
    )


def load_catalog(args: argparse.Namespace) -> Any:
    """The catalog with the ``--catalog`` folders (and the brand's providers); skipped files
    become warnings on stderr."""
    from wizard.catalog import Catalog, default_catalog

    brand, folders = getattr(args, "brand", None), getattr(args, "catalog", None) or []
    if brand is not None:
        catalog = brand.catalog(extra_dirs=folders)
    else:
        catalog = Catalog.load(folders) if folders else default_catalog()
    for problem in catalog.problems:
        say(arg(translate("Cli", "warning: %1"), problem))
    return catalog


def run(args: argparse.Namespace) -> int:
    catalog = load_catalog(args)
    found = catalog.search(args.query)
    if not found:
        raise TaskFailed(arg(translate("Cli", "No provider matches '%1'."), args.query))
    if args.json:
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "domains": list(p.domains),
                "source": p.source.value,
                "protocols": sorted({s.protocol.value for s in p.incoming}),
            }
            for p in found
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    width = max(len(p.name) for p in found)
    for provider in found:
        domains = ", ".join(provider.domains[:4])
        more = len(provider.domains) - 4
        if more > 0:
            domains += f" (+{more})"
        print(f"{provider.name:<{width}}  {domains}")
    return EXIT_OK
