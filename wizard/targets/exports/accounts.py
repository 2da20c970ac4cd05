"""Pick the one account a settings file describes from a provider's configuration.

Files for other programs hold one incoming server (IMAP or POP3) and one SMTP server.
Exchange mailboxes have no such file: the program sets them up from the address alone.
"""

from __future__ import annotations

from wizard.model import Account, AccountConfig, EmailAddress, Protocol, parse_address
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
) -> tuple[Account, tuple[Notice, ...]]:
    """The first IMAP/POP3 server (or the first of ``protocol``) and the first SMTP server.

    Raises ``ExportError`` (``EXCHANGE_ONLY`` or ``NO_SERVER``) when there is none."""
    if protocol is Protocol.EXCHANGE:
        raise ExportError(ExportProblem.EXCHANGE_ONLY, address.address)
    wanted = (protocol,) if protocol is not None else FILE_PROTOCOLS
    expanded = config.expanded(address, real_name)
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
