"""``mailwizard run --preset FILE``: find, prove and write unattended, as a preset says.

The same path as the other commands (``wizard.pipeline``): what is written is what was
proven, with every upgrade and the alternative that answered.

A preset is a TOML file an administrator writes once and runs on many machines::

    address = "jane@example.org"
    name = "Jane Doe"
    password = "env:MAIL_PASSWORD"   # or "stdin", "keyring" or "none" — never the password itself
    # config = "example.org.xml"     # clientConfig file (relative to the preset); else detect
    # catalog = ["providers"]        # folders of clientConfig files searched first (as --catalog)
    # protocol = "imap"              # which incoming server; default: the preferred one
    # fields = { USERNAME = "abc" }  # values the provider asks for
    verify = true                    # prove by logging in (false: a check without the
                                     # password); nothing is written if the proof fails
    remember_password = false        # keep it in the system keyring
    allow_plaintext = false          # may the password travel unencrypted?
    accept_unverified = false        # may settings nobody vouches for be used (plain
                                     # http, SRV, a redirect, another domain)?

    [thunderbird]                    # write the account into Thunderbird
    # profile = "/path/to/profile"   # default: the profile Thunderbird opens

    [outlook]                        # write an Outlook .prf, and apply it on Windows
    output = "jane.prf"
    apply = false

    [[export]]                       # any number of settings files
    format = "mobileconfig"
    output = "jane.mobileconfig"
"""

from __future__ import annotations

import argparse
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.cli import EXIT_FAILURE, EXIT_OK, TaskFailed, UsageError
from wizard.cli.commands._proven import ensure_proven, proven_settings
from wizard.cli.common import (
    Schema,
    check_table,
    is_text,
    one_line_value,
    parse_address_argument,
    read_password_stdin,
    read_small_file,
    say,
)
from wizard.i18n import translate
from wizard.texts import arg

ORDER = 80
# What each table of a preset may hold, and of which TOML type.
_KEYS: Schema = {
    "address": str,
    "name": str,
    "password": str,
    "config": str,
    "catalog": list,
    "protocol": str,
    "fields": dict,
    "verify": bool,
    "remember_password": bool,
    "allow_plaintext": bool,
    "accept_unverified": bool,
    "offline": bool,
    "timeout": (int, float),
    "thunderbird": dict,
    "outlook": dict,
    "export": list,
}
_SECTION_KEYS: dict[str, Schema] = {
    "thunderbird": {"profile": str},
    "outlook": {"output": str, "apply": bool},
    "export": {"format": str, "output": str, "include_password": bool},
}
_EXPORT_FORMATS = ("autoconfig", "prf", "mobileconfig", "qr", "json")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "run",
        help=translate("Cli", "set up an account unattended, as a preset file says"),
        description=translate(
            "Cli",
            "Detect (or read) the settings, log in to prove them and write the account into the "
            "clients and files the preset names, without asking anything. The preset is a TOML "
            "file; see the documentation of this command for its keys.",
        ),
    )
    parser.add_argument(
        "--preset", required=True, metavar="FILE", type=Path, help=translate("Cli", "the preset file (TOML)")
    )
    parser.set_defaults(handler=run)


@dataclass(frozen=True)
class Preset:
    address: str
    base: Path
    name: str = ""
    password: str = "stdin"
    config: Path | None = None
    catalog: tuple[Path, ...] = ()
    protocol: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    verify: bool = True
    remember_password: bool = False
    allow_plaintext: bool = False
    accept_unverified: bool = False
    offline: bool = False
    timeout: float = 15.0
    thunderbird: dict[str, Any] | None = None
    outlook: dict[str, Any] | None = None
    exports: tuple[dict[str, Any], ...] = ()


def read_preset(path: Path) -> Preset:
    """Parse and check a preset; every problem is one sentence (exit 2)."""
    try:
        data = tomllib.loads(read_small_file(path).decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(arg(translate("Cli", "The preset %1 is not valid TOML (%2)."), path, exc)) from None
    check_table(data, _KEYS, path)
    for section in ("thunderbird", "outlook"):
        check_table(data.get(section, {}), _SECTION_KEYS[section], path, f"{section}.")
    for item in data.get("export", []):
        if isinstance(item, dict):
            check_table(item, _SECTION_KEYS["export"], path, "export.")
    check_table(data.get("fields", {}), dict.fromkeys(data.get("fields", {}), str), path, "fields.")
    if not 0 < data.get("timeout", 15.0) <= 600:
        line = translate("Cli", "The preset %1 has a value of the wrong kind (%2).")
        raise UsageError(arg(line, path, "timeout must be between 0 and 600 seconds"))
    if not isinstance(data.get("address"), str):
        raise UsageError(arg(translate("Cli", 'The preset %1 needs address = "name@example.com".'), path))
    password = data.get("password", "stdin")
    if not isinstance(password, str) or not (
        password in ("stdin", "keyring", "none") or password.startswith("env:")
    ):
        raise UsageError(
            translate(
                "Cli",
                'A preset never holds the password itself: write password = "env:VARIABLE", '
                '"stdin", "keyring" or "none".',
            )
        )
    base = path.resolve().parent
    if not all(isinstance(folder, str) for folder in data.get("catalog", [])):
        line = translate("Cli", "The preset %1 has a value of the wrong kind (%2).")
        raise UsageError(arg(line, path, "catalog must list folder names"))
    exports = data.get("export", [])
    if not isinstance(exports, list) or not all(
        isinstance(e, dict) and e.get("format") in _EXPORT_FORMATS and isinstance(e.get("output"), str)
        for e in exports
    ):
        raise UsageError(
            arg(
                translate("Cli", 'Each [[export]] needs format = one of %1 and output = "FILE".'),
                ", ".join(_EXPORT_FORMATS),
            )
        )
    try:
        return Preset(
            address=data["address"],
            base=base,
            name=str(data.get("name", "")),
            password=password,
            config=base / data["config"] if "config" in data else None,
            catalog=tuple(base / folder for folder in data.get("catalog", [])),
            protocol=data.get("protocol"),
            fields={
                str(key).upper(): one_line_value(f"fields.{key}", str(value))
                for key, value in dict(data.get("fields", {})).items()
            },
            verify=bool(data.get("verify", True)),
            remember_password=bool(data.get("remember_password", False)),
            allow_plaintext=bool(data.get("allow_plaintext", False)),
            accept_unverified=bool(data.get("accept_unverified", False)),
            offline=bool(data.get("offline", False)),
            timeout=float(data.get("timeout", 15.0)),
            thunderbird=data.get("thunderbird"),
            outlook=data.get("outlook"),
            exports=tuple(exports),
        )
    except (TypeError, ValueError) as exc:
        raise UsageError(
            arg(translate("Cli", "The preset %1 has a value of the wrong kind (%2)."), path, exc)
        ) from None


def _password(preset: Preset, email: str) -> str | None:
    from wizard import logfile

    password = _find_password(preset, email)
    logfile.add_secret(password)  # never in the log, wherever it came from
    return password


def _find_password(preset: Preset, email: str) -> str | None:
    if preset.password == "none":
        return None
    if preset.password == "stdin":
        return read_password_stdin()
    if preset.password == "keyring":
        from wizard.secrets import get_password

        found = get_password(email)
        if not found:
            raise TaskFailed(arg(translate("Cli", "The system keyring holds no password for %1."), email))
        return found
    variable = preset.password.removeprefix("env:")
    value = os.environ.get(variable)
    if not value:
        raise UsageError(arg(translate("Cli", "The environment variable %1 holds no password."), variable))
    if not is_text(value):
        line = translate(
            "Cli",
            "The password in the environment variable %1 is not valid text in the system's character set.",
        )
        raise UsageError(arg(line, variable))
    return value


def run(args: argparse.Namespace) -> int:
    from wizard.model import Protocol

    preset = read_preset(args.preset)
    address = parse_address_argument(preset.address)
    if preset.protocol not in (None, "imap", "pop3", "exchange"):
        raise UsageError(translate("Cli", 'protocol must be "imap", "pop3" or "exchange".'))
    if not (preset.thunderbird is not None or preset.outlook is not None or preset.exports):
        raise UsageError(
            translate("Cli", "The preset names nothing to write: add [thunderbird], [outlook] or [[export]].")
        )
    _check_outputs(preset)
    password = _password(preset, address.address)
    if preset.verify and password is None:
        raise UsageError(translate("Cli", "verify = true needs a password; set password or verify = false."))
    consents = argparse.Namespace(  # and where to search first: the folders, the brand's list
        allow_plaintext=preset.allow_plaintext,
        accept_unverified=preset.accept_unverified,
        catalog=list(preset.catalog),
        brand=getattr(args, "brand", None),
    )
    proven = proven_settings(
        consents,
        address,
        password if preset.verify else None,
        protocol=Protocol(preset.protocol) if preset.protocol else None,
        real_name=preset.name,
        extra=preset.fields,
        config_file=preset.config,
        offline=preset.offline,
        timeout=preset.timeout,
        preset=True,
        always_prove=preset.verify,  # verify = true logs in, even with offline = true
    )
    _print_proof(proven, address)
    ensure_proven(proven, address, preset=True)
    config, account = proven.config, proven.account
    if preset.remember_password and password is not None:
        from wizard.secrets import store_password

        status = store_password(address.address, password)
        if status.secure:
            print(translate("Cli", "The password is kept in the system keyring."))
        else:
            print(
                arg(
                    translate("Cli", "The password could not be kept in the system keyring (%1)."),
                    status.detail or status.state.value,
                )
            )

    failures = 0
    if preset.thunderbird is not None:
        failures += _step("Thunderbird", lambda: _thunderbird(preset, account, password))
    if preset.outlook is not None:
        failures += _step("Outlook", lambda: _outlook(preset, config, address, proven.protocol))
    protocol = proven.protocol
    for item in preset.exports:
        failures += _step(
            item["format"], lambda item=item: _export(preset, item, config, address, password, protocol)
        )
    return EXIT_FAILURE if failures else EXIT_OK


def _check_outputs(preset: Preset) -> None:
    """Every file the preset names must be a new name or a regular file: checked before
    anything is proven, sent or written."""
    from wizard.targets.exports.common import check_output
    from wizard.targets.thunderbird import check_profile_files

    outputs = [preset.base / str(item["output"]) for item in preset.exports]
    if preset.outlook is not None and "output" in preset.outlook:
        outputs.append(preset.base / preset.outlook["output"])
    for path in outputs:
        check_output(path)
    if preset.thunderbird is not None and "profile" in preset.thunderbird:
        check_profile_files(Path(preset.thunderbird["profile"]))


def _print_proof(proven: Any, address: Any) -> None:
    """What will be written, and per direction whether the proof worked."""
    from wizard import texts

    account = proven.account
    if account is not None:
        incoming, outgoing = account.incoming, account.outgoing
        print(
            arg(
                translate("Cli", "Settings for %1: %2 %3, SMTP %4 (found in: %5)."),
                address.display,
                incoming.protocol.value.upper(),
                f"{incoming.hostname}:{incoming.port}",
                f"{outgoing.hostname}:{outgoing.port}",
                texts.source_name(proven.found.source),
            )
        )
    report = proven.report
    if report is None:
        return
    for line, check in (
        (translate("Cli", "Incoming server: %1"), report.incoming),
        (translate("Cli", "Outgoing server: %1"), report.outgoing),
    ):
        outcome = (
            translate("Cli", "works")
            if check.ok
            else texts.failure_text(getattr(check.failure, "kind", None))
        )
        print(arg(line, outcome))
    if not report.ok and not any(
        c.failure is not None and c.failure.kind.value == "plaintext-refused" for c in report.checks
    ):
        raise TaskFailed(translate("Cli", "The settings do not work, so nothing was written."))


def _step(label: str, action: Any) -> int:
    """Run one target; a failure is reported and the other targets still run."""
    from wizard.model import WizardError

    try:
        action()
    except WizardError as exc:
        from wizard.cli import error_sentence

        say(f"{label}: {error_sentence(exc)}")
        return 1
    return 0


def _thunderbird(preset: Preset, account: Any, password: str | None) -> None:
    from wizard.targets import thunderbird as tb

    if account is None:
        raise TaskFailed(translate("Cli", "The settings have no IMAP or POP3 incoming server."))
    options = preset.thunderbird or {}
    profile = Path(options["profile"]) if "profile" in options else tb.profile_for_writing().path
    result = tb.write_account(account, profile, password=password)
    from wizard import texts

    if result.account_added:
        line = translate("Cli", "Thunderbird: added the account in %1.")
    else:
        line = translate("Cli", "Thunderbird: updated the account in %1.")
    print(arg(line, result.profile), texts.password_outcome_text(result.password))


def _outlook(preset: Preset, config: Any, address: Any, protocol: Any) -> None:
    from wizard.targets.exports.common import atomic_write
    from wizard.targets.outlook import AutodiscoverSetup, apply_prf, plan_outlook

    options = preset.outlook or {}
    plan = plan_outlook(config, address, preset.name, protocol=protocol, extra=preset.fields)
    from wizard.cli.commands._write_outlook import autodiscover_text
    from wizard.cli.commands.export import print_notices

    if isinstance(plan, AutodiscoverSetup):
        print(f"Outlook: {autodiscover_text(plan)}")
        return
    path = preset.base / str(options.get("output", f"{address.address}.prf"))
    atomic_write(path, plan.data)
    print(arg(translate("Cli", "Outlook: saved %1."), path))
    print_notices(plan.notices)
    if options.get("apply"):
        result = apply_prf(path)
        print_notices(n for n in result.notices if n not in plan.notices)


def _export(
    preset: Preset, item: dict[str, Any], config: Any, address: Any, password: str | None, protocol: Any
) -> None:
    from wizard.targets.exports import export

    include = bool(item.get("include_password", False))
    result = export(
        config,
        address,
        item["format"],
        preset.base / item["output"],
        real_name=preset.name,
        include_password=include,
        password=password if include else None,
        protocol=protocol,
        extra=preset.fields,
    )
    from wizard.cli.commands.export import print_notices

    print(arg(translate("Cli", "%1: saved %2."), item["format"], result.path))
    print_notices(result.notices)
