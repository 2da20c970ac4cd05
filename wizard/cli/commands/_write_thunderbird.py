"""``mailwizard write thunderbird ADDRESS``: write the account into a Thunderbird profile.

Settings come from ``--config FILE`` (clientConfig XML), else from discovery; they are proven
first (``wizard.pipeline``: a login with ``--password-stdin``, or with the provider's sign-in
in the browser with ``--oauth``, else a credential-free check) and what was proven is written.
An account whose servers take the provider's sign-in (OAuth2) is written with it and without a
password: Thunderbird opens the provider's page itself at its first start. The password is
never printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.cli.commands._proven import (
    add_credential_options,
    add_proof_options,
    ensure_proven,
    oauth_access,
    print_proven_note,
    proven_settings,
)
from wizard.cli.common import (
    address_help,
    config_help,
    field_help,
    offline_help,
    parse_address_argument,
    parse_fields,
    read_password_stdin,
    read_small_file,
)
from wizard.i18n import translate
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
    add_credential_options(parser)
    parser.add_argument(
        "--name", default="", metavar="NAME", help=translate("Cli", "your name as others see it")
    )
    parser.add_argument("--field", action="append", default=[], metavar="KEY=VALUE", help=field_help())
    parser.add_argument(
        "--protocol",
        choices=("imap", "pop3"),
        help=translate("Cli", "which kind of incoming server to use (default: the preferred one)"),
    )
    parser.add_argument("--offline", action="store_true", help=offline_help())
    add_proof_options(parser)
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
    from wizard.model import Protocol
    from wizard.pipeline import Pipeline

    address = parse_address_argument(args.address)
    extra = parse_fields(args.field)
    certificates_data = []
    for path in args.trust_cert:
        data = read_small_file(path)
        try:
            certificate_der(data)
        except ValueError:
            raise UsageError(arg(translate("Cli", "The file %1 holds no certificate."), path)) from None
        certificates_data.append(data)
    password = read_password_stdin() if args.password_stdin else None
    # A profile in use is refused before anything is proven (no password is sent for nothing).
    profile = args.profile if args.profile is not None else tb.profile_for_writing().path
    if not Path(profile).is_dir():
        raise tb.ThunderbirdError(tb.ThunderbirdProblem.NO_PROFILE, path=Path(profile))
    if tb.is_locked(profile):
        raise tb.ThunderbirdError(tb.ThunderbirdProblem.RUNNING, path=Path(profile))
    tb.check_profile_files(Path(profile))
    proven = proven_settings(
        args,
        address,
        password,
        protocol=Protocol(args.protocol) if args.protocol else None,
        real_name=args.name,
        extra=extra,
        config_file=args.config,
        offline=args.offline,
        pipeline=Pipeline(extra_certificates=tuple(certificates_data)),
        oauth=oauth_access(args),
    )
    account = ensure_proven(proven, address).account
    if account is None:
        raise TaskFailed(translate("Cli", "The settings have no IMAP or POP3 incoming server."))
    certificates = [
        tb.TrustedCertificate(server.hostname, server.port, data)
        for data in certificates_data
        for server in (account.incoming, account.outgoing)
    ]
    result = tb.write_account(
        account,
        profile,
        password=password,
        trusted_certificates=_unique(certificates),
    )
    print_proven_note(proven)
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
