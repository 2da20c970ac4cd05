"""``mailwizard write TARGET …``: write an account into a mail client.

Each target lives in its own module (``_write_thunderbird``, ``_write_outlook``) with a
``register(subparsers)`` that adds itself to the nested ``write`` group; a target whose module
is not there yet is simply not offered.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from wizard.i18n import translate

ORDER = 40
TARGET_MODULES = ("_write_thunderbird", "_write_outlook")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "write",
        help=translate("Cli", "write an account into Thunderbird or Outlook"),
        description=translate("Cli", "Write the settings for an address into a mail client."),
    )
    targets = parser.add_subparsers(
        dest="target", metavar="TARGET", required=True, title=translate("Cli", "mail clients")
    )
    package = __name__.rpartition(".")[0]
    for name in TARGET_MODULES:
        if importlib.util.find_spec(f"{package}.{name}") is None:
            continue
        importlib.import_module(f"{package}.{name}").register(targets)
