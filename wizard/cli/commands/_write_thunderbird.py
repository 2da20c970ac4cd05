"""``mailwizard write thunderbird ADDRESS``: write the account into a Thunderbird profile.

Settings come from ``--config FILE`` (clientConfig XML), else from discovery. The password is
read from standard input only with ``--password-stdin`` and is never printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.cli.common import (
    address_help,
    config_help,
    parse_address_argument,
    read_password_stdin,
    read_small_file,
    settings_from_args,
)
from wizard.i18n import translate
from wizard.model import Account
from wizard.targets import thunderbird as tb
from wizard.targets.thunderbird import CertificateStatus
from wizard.targets.thunderbird.certs import certificate_der
from wizard.texts import arg


def register(targets: Any) -> None:
    parser = targets.add_parser(
        "thunderbird",
        help=translate("Cli", "write the account into a Thunderbird profile"),
        description=translate(
            "Cli",
            "Add (or update) the account for ADDRESS in Thunderbird's profile, with its password "
            "when given, so that Thunderbird starts with a working account. Thunderbird must be "
            "closed.",
        ),
    )
    parser.add_argument("address", metavar="ADDRESS", help=address_help())
    parser.add_argument(
        "--profile",
        metavar="DIR",
        type=Path,
        help=translate("Cli", "the profile folder (default: the profile Thunderbird opens)"),
    )
    parser.add_argument("--config", metavar="FILE", type=Path, help=config_help())
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from the first line of standard input"),
    )
    parser.add_argument(
        "--name", default="", metavar="NAME", help=translate("Cli", "your name as others see it")
    )
    parser.add_argument(
        "--trust-cert",
        action="append",
        default=[],
        metavar="FILE",
        type=Path,
        help=translate("Cli", "trust this PEM/DER certificate (e.g. a private CA); repeatable"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    address = parse_address_argument(args.address)
    password = read_password_stdin() if args.password_stdin else None
    config = settings_from_args(args, address)
    try:
        account = Account.from_config(config, address, real_name=args.name)
    except ValueError as exc:
        raise TaskFailed(
            arg(translate("Cli", "The settings for %1 are incomplete: %2."), address.display, exc)
        ) from exc
    certificates = []
    for path in args.trust_cert:
        data = read_small_file(path)
        try:
            certificate_der(data)
        except ValueError:
            raise UsageError(arg(translate("Cli", "The file %1 holds no certificate."), path)) from None
        for server in (account.incoming, account.outgoing):
            certificates.append(tb.TrustedCertificate(server.hostname, server.port, data))
    profile = args.profile if args.profile is not None else tb.profile_for_writing().path
    result = tb.write_account(account, profile, password=password, trusted_certificates=_unique(certificates))
    _report(result, address.display)
    return EXIT_OK


def _unique(certificates: list[Any]) -> list[Any]:
    seen: set[str] = set()
    unique = []
    for cert in certificates:
        if cert.sha256 not in seen:
            seen.add(cert.sha256)
            unique.append(cert)
    return unique


def _report(result: Any, address: str) -> None:
    from wizard import texts

    if result.account_added:
        line = translate("Cli", "Added the account %1 in the Thunderbird profile %2.")
    else:
        line = translate("Cli", "Updated the account %1 in the Thunderbird profile %2.")
    print(arg(line, address, result.profile))
    print(
        translate("Cli", "A new outgoing (SMTP) server was added.")
        if result.smtp_added
        else translate("Cli", "The existing outgoing (SMTP) server is used.")
    )
    print(texts.password_outcome_text(result.password))
    for cert in result.certificates:
        if cert.status is CertificateStatus.TRUSTED:
            print(arg(translate("Cli", "The certificate for %1:%2 is now trusted."), cert.host, cert.port))
        else:
            line = translate(
                "Cli", "The certificate for %1:%2 could not be stored (%3); Thunderbird will ask about it."
            )
            print(arg(line, cert.host, cert.port, cert.detail or cert.status.value))
    for backup in result.backups:  # the last few of each file are kept
        print(arg(translate("Cli", "The previous settings were saved as %1."), backup))
