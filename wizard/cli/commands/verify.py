"""``mailwizard verify ADDRESS --password-stdin``: prove that the settings work by logging in.

Logs in to the incoming server and authenticates to the outgoing one (no mail is sent), then
prints per server what was checked and the outcome. Exit 0 only when both directions work.
The password is read from standard input and never printed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_FAILURE, EXIT_OK, TaskFailed, UsageError
from wizard.cli.common import (
    address_help,
    config_help,
    field_help,
    incoming_index,
    json_help,
    offline_help,
    parse_address_argument,
    parse_fields,
    read_password_stdin,
    settings_from_args,
)
from wizard.i18n import translate
from wizard.texts import QT_TRANSLATE_NOOP, arg

ORDER = 30


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "verify",
        help=translate("Cli", "log in with the settings to prove they work (sends no mail)"),
        description=translate(
            "Cli",
            "Log in to the incoming server (IMAP or POP3) and authenticate to the outgoing "
            "server (SMTP) of ADDRESS, without sending mail. Settings come from --config FILE, "
            "else they are detected. Exit status 0 only when both directions work.",
        ),
    )
    parser.add_argument("address", metavar="ADDRESS", help=address_help())
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help=translate("Cli", "read the password from the first line of standard input (required)"),
    )
    parser.add_argument("--config", metavar="FILE", type=Path, help=config_help())
    parser.add_argument(
        "--allow-plaintext",
        action="store_true",
        help=translate(
            "Cli",
            "allow sending the password to these servers without encryption when they offer none (dangerous)",
        ),
    )
    parser.add_argument(
        "--trust-certificate",
        action="append",
        default=[],
        metavar="SHA256",
        help=translate(
            "Cli",
            "accept a server certificate with this SHA-256 fingerprint (as printed after a "
            "certificate failure) and remember it for that server; repeatable",
        ),
    )
    parser.add_argument("--json", action="store_true", help=json_help())
    parser.add_argument(
        "--protocol",
        choices=("imap", "pop3"),
        help=translate("Cli", "which kind of incoming server to check (default: the preferred one)"),
    )
    parser.add_argument("--field", action="append", default=[], metavar="KEY=VALUE", help=field_help())
    parser.add_argument("--offline", action="store_true", help=offline_help())
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=translate("Cli", "give up on a server after this long (default 60)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wizard.model import Account, Protocol
    from wizard.verify import VerifyOptions, normalize_fingerprint, verify_account

    address = parse_address_argument(args.address)
    if not args.timeout > 0:
        raise UsageError(translate("Cli", "--timeout needs a positive number of seconds."))
    try:
        fingerprints = frozenset(normalize_fingerprint(f) for f in args.trust_certificate)
    except ValueError:
        raise UsageError(
            translate("Cli", "--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).")
        ) from None
    extra = parse_fields(args.field)
    password = read_password_stdin()

    config = settings_from_args(args, address)
    index = incoming_index(config, Protocol(args.protocol) if args.protocol else None, checkable_only=True)
    if not config.outgoing:
        raise TaskFailed(
            arg(translate("Cli", "The settings for %1 have no outgoing server."), address.display)
        )
    try:
        account = Account.from_config(config, address, extra=extra, incoming_index=index)
    except ValueError as exc:
        raise TaskFailed(
            arg(translate("Cli", "The settings for %1 are incomplete: %2."), address.display, exc)
        ) from None
    consent = frozenset((server.hostname, server.port) for server in (account.incoming, account.outgoing))
    options = VerifyOptions.for_config(
        config,
        allow_plaintext=consent if args.allow_plaintext else frozenset(),
        trusted_fingerprints=fingerprints,
        server_timeout=args.timeout,
    )
    report = asyncio.run(verify_account(account, password, options=options))
    _remember_trusted(report, fingerprints, options)
    if args.json:
        print(json.dumps(_report_json(address.address, report), indent=2, ensure_ascii=False))
    else:
        _print_report(report)
    return EXIT_OK if report.ok else EXIT_FAILURE


def _remember_trusted(report: Any, fingerprints: frozenset[str], options: Any) -> None:
    """A certificate accepted through --trust-certificate is remembered for its server."""
    store = options.store()
    for check in report.checks:
        cert = check.certificate
        if check.ok and cert is not None and cert.sha256 in fingerprints:
            store.trust(cert.host, cert.port, cert.sha256)


# --------------------------------------------------------------------------- output


def _security(security: Any) -> str:
    if security is None:
        return "?"
    return {"ssl": "SSL/TLS", "starttls": "STARTTLS"}.get(security.value) or translate("Cli", "no encryption")


def _print_report(report: Any) -> None:
    from wizard import texts

    labels = (translate("Cli", "Incoming: %1"), translate("Cli", "Outgoing: %1"))
    for label, check in zip(labels, (report.incoming, report.outgoing), strict=True):
        server = check.server
        where = arg(
            translate("Cli", "%1 %2 (%3), user %4"),
            server.protocol.value.upper(),
            f"{server.hostname}:{server.port}",
            _security(server.security),
            check.username or server.username,
        )
        print(arg(label, where))
        used = check.security
        if check.ok:
            if server.protocol.value == "smtp":
                print("  " + arg(translate("Cli", "OK: authenticated over %1."), _security(used)))
            else:
                print("  " + arg(translate("Cli", "OK: logged in over %1."), _security(used)))
            if used is not None and used is not server.security:
                line = translate("Cli", "Note: the server offered %1, so it was used instead.")
                print("  " + arg(line, _security(used)))
            if check.username_changed:
                print(
                    "  " + arg(translate("Cli", "Note: the server wants the user name '%1'."), check.username)
                )
            if check.certificate is not None:
                line = translate("Cli", "Note: the certificate %1 was trusted.")
                print("  " + arg(line, check.certificate.fingerprint))
            continue
        failure = check.failure
        print("  " + arg(translate("Cli", "FAILED: %1"), texts.failure_text(failure.kind)))
        if failure.detail:
            print("  " + arg(translate("Cli", "Detail: %1"), failure.detail))
        for hint in check.hints:
            print("  " + arg(translate("Cli", "Hint: %1"), translate("Cli", _HINTS[hint.value])))
        cert = failure.certificate
        if cert is not None:
            print("  " + arg(translate("Cli", "Certificate: %1"), cert.subject))
            print("    " + arg(translate("Cli", "issued by %1"), cert.issuer))
            print(
                "    "
                + arg(
                    translate("Cli", "valid from %1 to %2"),
                    f"{cert.not_before:%Y-%m-%d}",
                    f"{cert.not_after:%Y-%m-%d}",
                )
            )
            print(f"    SHA-256 {cert.fingerprint}")
            line = translate(
                "Cli",
                "To trust exactly this certificate for this server, run again with --trust-certificate %1",
            )
            print("  " + arg(line, cert.sha256))
        if failure.kind.value == "plaintext-refused":
            print(
                "  "
                + translate("Cli", "To send the password without encryption anyway, add --allow-plaintext.")
            )
    print(
        translate("Cli", "Both directions work.")
        if report.ok
        else translate("Cli", "The settings do not work yet.")
    )


_HINTS = {
    "caps-lock": QT_TRANSLATE_NOOP(
        "Cli", "Is Caps Lock on? The password looks as if it was typed in capitals."
    ),
    "keyboard-layout": QT_TRANSLATE_NOOP(
        "Cli", "The password contains Cyrillic letters: is the keyboard layout right?"
    ),
    "password-rules": QT_TRANSLATE_NOOP(
        "Cli", "The provider has rules for passwords in mail programs; see its notes."
    ),
    "username-form": QT_TRANSLATE_NOOP(
        "Cli", "Try the full address, or only the part before the @, as the user name."
    ),
    "app-password": QT_TRANSLATE_NOOP("Cli", "The provider may require an app password for mail programs."),
}


def _report_json(email: str, report: Any) -> dict[str, Any]:
    from wizard.model.jsonform import server_to_json

    def certificate(cert: Any) -> dict[str, Any] | None:
        if cert is None:
            return None
        return {
            "subject": cert.subject,
            "issuer": cert.issuer,
            "not_before": cert.not_before.isoformat(),
            "not_after": cert.not_after.isoformat(),
            "sha256": cert.sha256,
            "host": cert.host,
            "port": cert.port,
            "names": list(cert.names),
        }

    def check_json(check: Any) -> dict[str, Any]:
        failure = check.failure
        return {
            "server": server_to_json(check.server),
            "ok": check.ok,
            "security": check.security.value if check.security is not None else None,
            "username": check.username,
            "trusted_certificate": certificate(check.certificate),
            "failure": None
            if failure is None
            else {
                "kind": failure.kind.value,
                "message": str(failure),
                "detail": failure.detail,
                "certificate": certificate(failure.certificate),
            },
            "hints": [hint.value for hint in check.hints],
        }

    return {
        "email": email,
        "ok": report.ok,
        "incoming": check_json(report.incoming),
        "outgoing": check_json(report.outgoing),
    }
