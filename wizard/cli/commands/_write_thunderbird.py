"""``mailwizard write thunderbird ADDRESS``: write the account into a Thunderbird profile.

Settings come from ``--config FILE`` (clientConfig XML), else from discovery. The password is
read from standard input only with ``--password-stdin`` and is never printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.cli.common import parse_address_argument, read_password_stdin, settings_from_args
from wizard.model import Account
from wizard.targets import thunderbird as tb
from wizard.targets.thunderbird import CertificateStatus, PasswordOutcome


def register(targets: Any) -> None:
    parser = targets.add_parser(
        "thunderbird",
        help="write the account into a Thunderbird profile",
        description="Add (or update) the account for ADDRESS in Thunderbird's profile, with its "
        "password when given, so that Thunderbird starts with a working account. "
        "Thunderbird must be closed.",
    )
    parser.add_argument("address", metavar="ADDRESS")
    parser.add_argument("--profile", metavar="DIR", type=Path,
                        help="the profile folder (default: the profile Thunderbird opens)")
    parser.add_argument("--config", metavar="FILE", type=Path,
                        help="use the settings in this clientConfig XML file")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input")
    parser.add_argument("--name", default="", metavar="NAME", help="your full name")
    parser.add_argument("--trust-cert", action="append", default=[], metavar="FILE",
                        type=Path, help="trust this PEM/DER certificate (e.g. a private CA); "
                        "repeatable")
    parser.set_defaults(handler=run)




def run(args: argparse.Namespace) -> int:
    address = parse_address_argument(args.address)
    password = read_password_stdin() if args.password_stdin else None
    config = settings_from_args(args, address)
    try:
        account = Account.from_config(config, address, real_name=args.name)
    except ValueError as exc:
        raise TaskFailed(f"The settings for {address.display} are incomplete: {exc}.") from exc
    certificates = []
    for path in args.trust_cert:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"The file {path} could not be read: "
                             f"{exc.strerror or exc}.") from exc
        for server in (account.incoming, account.outgoing):
            certificates.append(tb.TrustedCertificate(server.hostname, server.port, data))
    profile = args.profile if args.profile is not None else tb.profile_for_writing().path
    result = tb.write_account(account, profile, password=password,
                              trusted_certificates=_unique(certificates))
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
    verb = "Added" if result.account_added else "Updated"
    print(f"{verb} the account {address} in the Thunderbird profile {result.profile}.")
    print("A new outgoing (SMTP) server was added." if result.smtp_added
          else "The existing outgoing (SMTP) server is used.")
    password_lines = {
        PasswordOutcome.STORED: "The password was saved; Thunderbird will not ask for it.",
        PasswordOutcome.NOT_GIVEN: "No password was given; Thunderbird will ask for it once.",
        PasswordOutcome.NOT_NEEDED: "These servers do not use a password.",
        PasswordOutcome.PRIMARY_PASSWORD: "The password was not saved because Thunderbird's "
        "saved passwords are protected by a primary password; Thunderbird will ask for it once.",
        PasswordOutcome.NSS_UNAVAILABLE: "The password was not saved because Thunderbird's "
        "security library was not found; Thunderbird will ask for it once.",
    }
    print(password_lines[result.password])
    for cert in result.certificates:
        if cert.status is CertificateStatus.TRUSTED:
            print(f"The certificate for {cert.host}:{cert.port} is now trusted.")
        else:
            print(f"The certificate for {cert.host}:{cert.port} could not be stored "
                  f"({cert.status.value}); Thunderbird will ask about it.")
    if result.backup_path is not None:
        print(f"The previous settings were saved as {result.backup_path}.")
