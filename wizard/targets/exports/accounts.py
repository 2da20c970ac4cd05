"""Pick the one account a settings file describes from a provider's configuration.

Files for other programs hold one incoming server (IMAP or POP3) and one SMTP server.
Exchange mailboxes have no such file: the program sets them up from the address alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from wizard.model import Account, AccountConfig, EmailAddress, Protocol, parse_address
from wizard.model.placeholders import has_placeholder
from wizard.targets.exports.common import ExportError, ExportProblem, Notice, NoticeKind

FILE_PROTOCOLS = (Protocol.IMAP, Protocol.POP3)


def as_address(address: EmailAddress | str) -> EmailAddress:
    return address if isinstance(address, EmailAddress) else parse_address(address)


def file_account(
    config: AccountConfig,
    address: EmailAddress,
    real_name: str = "",
    *,
    protocol: Protocol | None = None,
    extra: Mapping[str, str] | None = None,
) -> tuple[Account, tuple[Notice, ...]]:
    """The first IMAP/POP3 server (or the first of ``protocol``) and the first SMTP server,
    expanded for ``address`` (``extra`` gives the provider's input fields, e.g. a login).

    Raises ``ExportError`` (``EXCHANGE_ONLY``, ``NO_SERVER``, ``MISSING_FIELD``)."""
    if protocol is Protocol.EXCHANGE:
        raise ExportError(ExportProblem.EXCHANGE_ONLY, address.address)
    wanted = (protocol,) if protocol is not None else FILE_PROTOCOLS
    expanded = expand_checked(config, address, real_name, extra)
    incoming = next((s for s in expanded.incoming if s.protocol in wanted), None)
    if incoming is None:
        if any(s.protocol is Protocol.EXCHANGE for s in expanded.incoming) and protocol is None:
            raise ExportError(ExportProblem.EXCHANGE_ONLY, address.address)
        wanted_name = protocol.value.upper() if protocol else "incoming (IMAP or POP3)"
        raise ExportError(ExportProblem.NO_SERVER, wanted_name)
    outgoing = next((s for s in expanded.outgoing if s.protocol is Protocol.SMTP), None)
    if outgoing is None:
        raise ExportError(ExportProblem.NO_SERVER, "outgoing (SMTP)")
    notices: tuple[Notice, ...] = ()
    if protocol is None and expanded.incoming[0].protocol is Protocol.EXCHANGE:
        notices = (Notice(NoticeKind.EXCHANGE_SKIPPED, incoming.protocol.value.upper()),)
    account = Account(
        address=address,
        incoming=incoming,
        outgoing=outgoing,
        real_name=real_name,
        provider_id=config.id,
        provider_name=config.name,
    )
    return account, notices


def expand_checked(
    config: AccountConfig,
    address: EmailAddress,
    real_name: str = "",
    extra: Mapping[str, str] | None = None,
) -> AccountConfig:
    """``config.expanded(...)``, refusing when an input field the provider asks for is unset."""
    expanded = config.expanded(address, real_name, extra)
    given = {key.upper() for key in (extra or {})}
    for field in config.input_fields:
        marker = f"%{field.key.upper()}%"
        if field.key.upper() in given:
            continue
        for server in (*expanded.incoming, *expanded.outgoing):
            if has_placeholder(server.username) and marker in server.username.upper():
                raise ExportError(ExportProblem.MISSING_FIELD, field.key)
            if marker in server.hostname.upper():
                raise ExportError(ExportProblem.MISSING_FIELD, field.key)
    return expanded
