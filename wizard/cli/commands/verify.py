"""``mailwizard verify ADDRESS --password-stdin|--oauth``: prove that the settings work by logging in.

Logs in to the incoming server and authenticates to the outgoing one (no mail is sent),
walking the alternatives when a server does not connect (``wizard.pipeline``), then prints
per server what was checked and the outcome. With ``--oauth`` the user signs in with the
provider in the browser and the servers are logged in to with the token (SASL XOAUTH2 or
OAUTHBEARER); without a client registration for the provider, what can be checked without
credentials is checked, and a note says so. ``--json`` and ``--xml`` print the *proven*
settings in the shapes of ``detect`` (``--json`` adds ``ok`` and the ``checks``), so that
``verify --xml > proven.xml`` feeds ``write … --config proven.xml``. Exit 0 only when both
directions work. The password is read from standard input and never printed; a token never is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_FAILURE, EXIT_OK, TaskFailed, UsageError
from wizard.cli.commands._proven import (
    add_credential_options,
    add_proof_options,
    oauth_access,
    print_sign_in_advice,
    proven_settings,
)
from wizard.cli.common import (
    address_help,
    config_help,
    field_help,
    json_help,
    offline_help,
    parse_address_argument,
    parse_fields,
    read_password_stdin,
    seconds,
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
    add_credential_options(parser, required=True)
    parser.add_argument("--config", metavar="FILE", type=Path, help=config_help())
    add_proof_options(parser)
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
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=json_help())
    output.add_argument(
        "--xml", action="store_true", help=translate("Cli", "print a clientConfig file (for --config FILE)")
    )
    parser.add_argument(
        "--protocol",
        choices=("imap", "pop3"),
        help=translate("Cli", "which kind of incoming server to check (default: the preferred one)"),
    )
    parser.add_argument("--field", action="append", default=[], metavar="KEY=VALUE", help=field_help())
    parser.add_argument("--offline", action="store_true", help=offline_help())
    parser.add_argument(
        "--timeout",
        type=seconds,
        default=60.0,
        metavar="SECONDS",
        help=translate("Cli", "give up on a server after this long (default 60)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wizard.model import Protocol
    from wizard.pipeline import Pipeline
    from wizard.verify import normalize_fingerprint

    address = parse_address_argument(args.address)
    if not 0 < args.timeout <= 600:
        raise UsageError(translate("Cli", "--timeout needs a number of seconds between 0 and 600."))
    try:
        fingerprints = frozenset(normalize_fingerprint(f) for f in args.trust_certificate)
    except ValueError:
        raise UsageError(
            translate("Cli", "--trust-certificate needs a SHA-256 fingerprint (64 hexadecimal digits).")
        ) from None
    extra = parse_fields(args.field)
    password = read_password_stdin() if args.password_stdin else None
    pipeline = Pipeline(
        verify_changes={"trusted_fingerprints": fingerprints, "server_timeout": args.timeout}
    )
    proven = proven_settings(
        args,
        address,
        password,
        protocol=Protocol(args.protocol) if args.protocol else None,
        extra=extra,
        config_file=args.config,
        offline=args.offline,
        pipeline=pipeline,
        always_prove=True,
        oauth=oauth_access(args),
    )
    report = proven.report
    if report is None:
        raise TaskFailed(translate("Cli", "The settings have no IMAP or POP3 incoming server."))
    _remember_trusted(report, fingerprints, pipeline.verify_options(proven.found))
    if args.json:
        print(json.dumps(_report_json(address, proven), indent=2, ensure_ascii=False))
    elif args.xml:
        if report.ok:
            from wizard.catalog.clientconfig import write_clientconfig

            sys.stdout.write(write_clientconfig(proven.config).decode("utf-8"))
        else:
            _print_report(report, file=sys.stderr)
    else:
        _print_report(report)
    print_sign_in_advice(proven)
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


def _print_report(report: Any, file: Any = None) -> None:
    import builtins
    import functools

    from wizard import texts

    print = functools.partial(builtins.print, file=file or sys.stdout)
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
        for failure in check.passed_over:
            line = translate("Cli", "Passed over: %1 (%2).")
            print("  " + arg(line, f"{failure.host}:{failure.port}", texts.failure_text(failure.kind)))
        used = check.security
        if check.ok:
            if not check.signed_in:
                line = translate(
                    "Cli", "OK: answers over %1 and offers the sign-in (checked without signing in)."
                )
                print("  " + arg(line, _security(used)))
            elif server.protocol.value == "smtp":
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


def _report_json(address: Any, proven: Any) -> dict[str, Any]:
    """The proven settings in the shape of ``detect --json``, with ``ok`` and the checks."""
    from wizard.model.jsonform import config_to_json, server_to_json

    report = proven.report

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

    def failure_json(failure: Any) -> dict[str, Any]:
        return {
            "kind": failure.kind.value,
            "message": str(failure),
            "detail": failure.detail,
            "host": failure.host,
            "port": failure.port,
            "certificate": certificate(failure.certificate),
        }

    def check_json(check: Any) -> dict[str, Any]:
        failure = check.failure
        return {
            "server": server_to_json(check.server, proven.found.oauth2),
            "ok": check.ok,
            "signed_in": check.signed_in,
            "security": check.security.value if check.security is not None else None,
            "username": check.username,
            "trusted_certificate": certificate(check.certificate),
            "failure": None if failure is None else failure_json(failure),
            "passed_over": [failure_json(f) for f in check.passed_over],
            "hints": [hint.value for hint in check.hints],
        }

    shape = config_to_json(proven.config if report.ok else proven.found, address)
    return {
        **shape,
        "ok": report.ok,
        "checks": {"incoming": check_json(report.incoming), "outgoing": check_json(report.outgoing)},
    }
