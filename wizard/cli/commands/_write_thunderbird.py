"""``mailwizard write thunderbird ADDRESS``: write the account into a Thunderbird profile.

Settings come from ``--config FILE`` (clientConfig XML), else from discovery. The password is
read from standard input only with ``--password-stdin`` and is never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_OK, TaskFailed, UsageError
from wizard.model import Account, AddressError, ConfigError, parse_address
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


def _read_password() -> str:
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise UsageError("--password-stdin was given but standard input had no password.")
    return password


def _load_config(args: argparse.Namespace, address: Any) -> Any:
    if args.config is not None:
        from wizard.catalog.clientconfig import parse_clientconfig

        try:
            data = args.config.read_bytes()
        except OSError as exc:
            raise UsageError(f"The file {args.config} could not be read: "
                             f"{exc.strerror or exc}.") from exc
        try:
            return parse_clientconfig(data, origin=str(args.config))
        except ConfigError as exc:
            raise UsageError(str(exc)) from exc
    from wizard.discovery import discover

    config = asyncio.run(discover(address)).config
    if config is None:
        raise TaskFailed(f"No settings were found for {address.display}; "
                         "give them with --config FILE.")
    if getattr(config, "needs_confirmation", False):
        print(f"mailwizard: warning: the settings for {address.domain} come from "
              f"{config.source.value} and nobody vouches for them.", file=sys.stderr)
    return config


def run(args: argparse.Namespace) -> int:
    try:
        address = parse_address(args.address)
    except AddressError as exc:
        raise UsageError(str(exc)) from exc
    password = _read_password() if args.password_stdin else None
    config = _load_config(args, address)
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
