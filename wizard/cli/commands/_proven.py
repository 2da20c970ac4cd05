"""The command line's side of ``wizard.pipeline``: options, the trace, and the sentences.

Every command that writes (and ``verify``) calls ``proven_settings``: the settings from
``--config FILE`` or found, the consents checked, with ``--oauth`` the provider's sign-in in the
browser (the refresh token goes to the system keyring only), the servers proven, the
alternatives walked.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.cli import TaskFailed, UsageError
from wizard.cli.common import seconds
from wizard.i18n import translate
from wizard.texts import arg

if TYPE_CHECKING:
    from wizard.model import AccountConfig, EmailAddress, Protocol
    from wizard.pipeline import OAuthAccess, Pipeline, Proven

SIGN_IN_SECONDS = 300.0  # wizard.oauth.SIGN_IN_TIMEOUT, not imported: --help stays light

log = logging.getLogger("wizard.cli")
# How each consent is given: (on the command line, in a preset).
PLAINTEXT_OPTION = ("--allow-plaintext", "allow_plaintext = true")
UNVERIFIED_OPTION = ("--accept-unverified", "accept_unverified = true")


def add_proof_options(parser: argparse.ArgumentParser, *, allow_plaintext: bool = True) -> None:
    """``--allow-plaintext``, ``--accept-unverified``, ``--trace`` and ``--catalog``."""
    from wizard.cli.commands.providers import add_catalog_option

    if allow_plaintext:
        parser.add_argument(
            "--allow-plaintext",
            action="store_true",
            help=translate(
                "Cli",
                "allow sending the password to these servers without encryption when they offer "
                "none (dangerous)",
            ),
        )
    parser.add_argument(
        "--accept-unverified",
        action="store_true",
        help=translate(
            "Cli",
            "use settings nobody vouches for (from plain http, SRV records, a redirect or another "
            "domain): they get the password and are written",
        ),
    )
    parser.add_argument(
        "--trace", action="store_true", help=translate("Cli", "show every step on stderr")
    )
    add_catalog_option(parser)


def add_credential_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """``--password-stdin`` or ``--oauth`` (one of them; ``required`` for ``verify``)."""
    credential = parser.add_mutually_exclusive_group(required=required)
    credential.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from the first line of standard input"),
    )
    credential.add_argument(
        "--oauth",
        action="store_true",
        help=translate(
            "Cli",
            "sign in with the provider in the web browser (OAuth2) instead of a password; the "
            "sign-in is kept in the system keyring only",
        ),
    )
    parser.add_argument(
        "--sign-in-timeout",
        type=seconds,
        default=SIGN_IN_SECONDS,
        metavar="SECONDS",
        help=translate("Cli", "with --oauth: how long to wait for the sign-in in the browser (default 300)"),
    )


def oauth_access(args: argparse.Namespace) -> OAuthAccess | None:
    """The provider's sign-in for ``--oauth`` (the system browser, keyring and the client
    registrations of this computer), else None."""
    if not getattr(args, "oauth", False):
        return None
    from wizard.pipeline import OAuthAccess

    if not 0 < args.sign_in_timeout <= 3600:
        raise UsageError(translate("Cli", "--sign-in-timeout needs a number of seconds between 0 and 3600."))
    brand = getattr(args, "brand", None)
    if brand is None or not brand.registration_files:
        return OAuthAccess(timeout=args.sign_in_timeout)
    from wizard.oauth import load_registrations

    registrations = load_registrations(brand.registration_files)  # the brand's first
    return OAuthAccess(registrations=registrations, timeout=args.sign_in_timeout)


def trace_line(text: str, *, shown: bool = True) -> None:
    """One step, always into the log; on stderr too with ``--trace``."""
    log.info("trace: %s", text)
    if shown:
        print(f"trace: {text}", file=sys.stderr, flush=True)


def proven_settings(
    args: argparse.Namespace,
    address: EmailAddress,
    password: str | None,
    *,
    protocol: Protocol | None = None,
    real_name: str = "",
    extra: dict[str, str] | None = None,
    config_file: Path | None = None,
    offline: bool = False,
    timeout: float = 15.0,
    pipeline: Pipeline | None = None,
    preset: bool = False,
    always_prove: bool = False,
    oauth: OAuthAccess | None = None,
) -> Proven:
    """Find (or read), check the consents, sign in with the provider (``oauth``) and prove;
    raise a sentence for everything that stops it. The result may still hold a failed proof
    (``ensure_proven`` for writers).

    ``offline``: the provider list only, and (unless ``always_prove``, as for ``verify``)
    nothing proven over the network."""
    from wizard.cli.common import read_config_file
    from wizard.pipeline import Consents, Pipeline

    pipeline = pipeline or Pipeline()
    if pipeline.catalog is None and (getattr(args, "brand", None) or getattr(args, "catalog", None)):
        from wizard.cli.commands.providers import load_catalog

        # the --catalog folders, then the brand's providers, then ours
        pipeline = dataclasses.replace(pipeline, catalog=load_catalog(args))
    tracing = bool(getattr(args, "trace", False))
    consents = Consents(
        allow_plaintext=bool(getattr(args, "allow_plaintext", False)),
        accept_unverified=bool(getattr(args, "accept_unverified", False)),
    )

    async def run() -> Proven:
        if config_file is not None:
            config = read_config_file(config_file)
        else:
            config = await pipeline.find(
                address,
                offline=offline,
                timeout=timeout,
                on_event=lambda event: trace_line(str(event), shown=tracing),
            )
        token = None
        if oauth is not None:
            pipeline.ready(config, address, consents=consents, real_name=real_name, extra=extra)
            signed = await pipeline.sign_in(config, address, oauth)
            if signed.skipped is not None:
                from wizard.texts import sign_in_problem_text

                note = sign_in_problem_text(signed.skipped)
                print(arg(translate("Cli", "Note: %1"), note), file=sys.stderr)
            token = signed.token
        return await pipeline.prove(
            config,
            address,
            password,
            consents=consents,
            protocol=protocol,
            real_name=real_name,
            extra=extra,
            offline=offline and not always_prove,
            token=token,
        )

    try:
        proven = asyncio.run(run())
    except ValueError as exc:
        line = translate("Cli", "The settings for %1 are incomplete: %2.")
        raise TaskFailed(arg(line, address.display, exc)) from None
    except Exception as exc:
        raise _sentence(exc, address, preset) from None
    trace_proof(proven, shown=tracing)
    return proven


def signs_in_itself(config: AccountConfig) -> bool:
    """The provider's servers prefer its own sign-in (OAuth2) to a password."""
    from wizard.model import AuthMethod

    return bool(config.incoming) and config.incoming[0].auth is AuthMethod.OAUTH2


def sign_in_advice(config: AccountConfig) -> str:
    """The one sentence on how to sign in where the provider signs its users in itself."""
    line = translate(
        "Cli",
        "%1 signs you in on its own page: run verify or write with --oauth to sign in in your web browser.",
    )
    return arg(line, config.display_short_name or config.name)


def print_sign_in_advice(proven: Proven) -> None:
    """After a password (an app password) was refused where the provider prefers its own
    sign-in (a Google Workspace or Microsoft 365 domain, say): how to sign in instead."""
    report = proven.report
    if report is None or report.ok or not signs_in_itself(proven.found):
        return
    if any(not check.ok and check.server.auth.uses_password for check in report.checks):
        print(sign_in_advice(proven.found), file=sys.stderr)


def proven_for_writing(
    args: argparse.Namespace, address: EmailAddress, password: str | None
) -> tuple[Proven, dict[str, str]]:
    """For the commands with ``add_settings_options``: the proven settings (or the sentence
    why not) and the values given with ``--field``."""
    from wizard.cli.common import parse_fields, protocol_argument

    fields = parse_fields(args.field)
    proven = proven_settings(
        args,
        address,
        password,
        protocol=protocol_argument(args),
        real_name=args.name,
        extra=fields,
        config_file=args.config,
        offline=args.offline,
    )
    return ensure_proven(proven, address), fields


def ensure_proven(proven: Proven, address: EmailAddress, *, preset: bool = False) -> Proven:
    """``proven`` when it works; else the sentence naming the server (or the consent)."""
    from wizard.pipeline import ensure_proven as check

    try:
        return check(proven)
    except Exception as exc:
        if not preset:
            print_sign_in_advice(proven)
        raise _sentence(exc, address, preset) from None


def _sentence(exc: Exception, address: EmailAddress, preset: bool) -> Exception:
    from wizard.oauth import OAuthError
    from wizard.pipeline import (
        Consent,
        ConsentNeeded,
        MissingField,
        NoSignIn,
        NothingFound,
        NotProven,
    )

    which = 1 if preset else 0
    if isinstance(exc, NothingFound):
        line = translate("Cli", "No settings were found for %1; give them with --config FILE.")
        return TaskFailed(arg(line, address.display))
    if isinstance(exc, MissingField):
        line = (
            translate(
                "Cli", 'The provider needs a value for %1: add %1 = "VALUE" under [fields] in the preset.'
            )
            if preset
            else translate("Cli", "The provider needs a value for %1: add --field %1=VALUE.")
        )
        return UsageError(arg(line, exc.key))
    if isinstance(exc, ConsentNeeded) and exc.consent is Consent.UNVOUCHED:
        line = translate(
            "Cli",
            "Nobody vouches for the settings found for %1 (they point to %2), so nothing was "
            "sent or written; add %3 to use them anyway.",
        )
        return TaskFailed(arg(line, address.display, exc.subject, UNVERIFIED_OPTION[which]))
    if isinstance(exc, ConsentNeeded):
        line = translate(
            "Cli",
            "%1 does not encrypt the connection, so the password was not sent and nothing was "
            "written; add %2 to allow it.",
        )
        return TaskFailed(arg(line, exc.subject, PLAINTEXT_OPTION[which]))
    if isinstance(exc, NotProven):
        return exc.error
    if isinstance(exc, OAuthError):
        from wizard.texts import sign_in_problem_text

        return TaskFailed(sign_in_problem_text(exc))
    if isinstance(exc, NoSignIn):
        line = translate(
            "Cli", "The servers for %1 do not take the provider's sign-in; use --password-stdin instead."
        )
        return UsageError(arg(line, address.display))
    return exc


def trace_proof(proven: Proven, *, shown: bool = True) -> None:
    """Which server was proven in each direction, and why the others were passed over."""
    report = proven.report
    if report is None:
        trace_line("proof: nothing checked (offline, or Exchange: the mail program finds it)", shown=shown)
        return
    for role, check in (("incoming", report.incoming), ("outgoing", report.outgoing)):
        how = "signed in" if check.signed_in else "checked without credentials"
        for failure in check.passed_over:
            trace_line(
                f"proof: {role} {failure.host}:{failure.port} passed over: {failure.kind.value}"
                + (f" ({failure.detail})" if failure.detail else ""),
                shown=shown,
            )
        server = check.proven
        where = f"{server.protocol.value} {server.hostname}:{server.port}"
        if check.ok:
            line = f"proof: {role} {where} {server.security.value} {server.auth.value} proven ({how})"
            trace_line(line, shown=shown)
        elif check.failure is not None:
            trace_line(f"proof: {role} {where} failed: {check.failure.kind.value}", shown=shown)


def print_proven_note(proven: Proven) -> None:
    """One line per direction where what is written differs from what was listed."""
    report = proven.report
    if report is None:
        return
    for check, listed in ((report.incoming, proven.found.incoming), (report.outgoing, proven.found.outgoing)):
        server = check.proven
        if not check.ok or (listed and listed[0] == server):
            continue
        line = translate("Cli", "Proven and written: %1 %2 (%3).")
        where = f"{server.hostname}:{server.port}"
        print(arg(line, server.protocol.value.upper(), where, server.security.value))
