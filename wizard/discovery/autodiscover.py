"""Microsoft Autodiscover, the POX ("outlook" 2006a schema) flavour.

The places asked, as classic Outlook does (reference: outlook-apple-and-others.md §3.1):
``autodiscover.<domain>`` and ``<domain>`` over https, the plain-http redirect method, and
the host named by the SRV record ``_autodiscover._tcp.<domain>``.

Safety rules (§3.4): requests are POSTed; Basic credentials are only sent after a 401 from
an https URL of the address's own registrable domain, and only once the higher-ranked sources
have shown no OAuth2 provider behind the domain (``Lookup.password``); the plain-http URL is
only used as a pointer to an https URL and anything reached that way needs the user's
confirmation, like anything from the host an (unauthenticated) SRV answer names;
``redirectUrl`` / ``redirectAddr`` hops are capped; autodiscover.<public suffix> is never
constructed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from wizard.catalog.xmldoc import XML_WHITESPACE, parse_document
from wizard.discovery.context import (
    FetchFailed,
    Lookup,
    NotThere,
    first_in_order,
    signs_in_with_oauth2,
)
from wizard.discovery.domains import registrable_domain
from wizard.discovery.fetch import NeedsCredentials, fetch_xml, redirect_location
from wizard.discovery.network import NameNotFound
from wizard.model import (
    AccountConfig,
    AuthMethod,
    ConfigError,
    ConfigWarning,
    Protocol,
    Security,
    ServerSettings,
    Source,
    Trust,
    WarningKind,
    as_clause,
    default_port,
    normalize_hostname,
    normalize_url,
    parse_address,
    parse_port,
    printable,
    username_template,
)

MAX_HOPS = 5  # redirectUrl + redirectAddr together
MAX_ADDRESS_REDIRECTS = 2
REQUEST_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"
RESPONSE_SCHEMA = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
HEADERS = {"Content-Type": "text/xml; charset=utf-8"}
_PROTOCOLS = {"IMAP": Protocol.IMAP, "POP3": Protocol.POP3, "SMTP": Protocol.SMTP}


def request_body(address: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<Autodiscover xmlns="{REQUEST_SCHEMA}"><Request>'
        f"<EMailAddress>{escape(address)}</EMailAddress>"
        f"<AcceptableResponseSchema>{RESPONSE_SCHEMA}</AcceptableResponseSchema>"
        "</Request></Autodiscover>"
    ).encode()


async def from_autodiscover(lookup: Lookup) -> list[AccountConfig]:
    domain = lookup.address.domain
    urls = [
        f"https://autodiscover.{domain}/autodiscover/autodiscover.xml",
        f"https://{domain}/autodiscover/autodiscover.xml",
    ]
    attempts: list[Callable[[], Awaitable[AccountConfig]]] = [
        _attempt(lookup, url, redirected=False) for url in urls
    ]
    attempts.append(lambda: _http_redirect(lookup))
    attempts.append(lambda: _srv_target(lookup))
    return [await first_in_order(attempts)]


def _attempt(
    lookup: Lookup, url: str, *, redirected: bool
) -> Callable[[], Awaitable[AccountConfig]]:
    return lambda: _ask(lookup, url, lookup.address.address, redirected=redirected)


async def _http_redirect(lookup: Lookup) -> AccountConfig:
    """The redirect method: GET the http URL (no credentials), follow only an https target;
    whatever comes from there needs the user's confirmation."""
    url = f"http://autodiscover.{lookup.address.domain}/autodiscover/autodiscover.xml"
    lookup.report(url)
    target = await redirect_location(lookup.network, lookup.client, url)
    if not target or urlsplit(target).scheme != "https":
        raise NotThere(f"{url} gives no https redirect")
    return await _ask(lookup, target, lookup.address.address, redirected=True)


async def _srv_target(lookup: Lookup) -> AccountConfig:
    """The SRV method: ``_autodiscover._tcp.<domain>`` names the host to ask. DNS answers
    are not authenticated, so, as with the redirect method, no password goes there and what
    comes back needs the user's confirmation."""
    name = f"_autodiscover._tcp.{lookup.address.domain}"
    lookup.report(f"SRV record {name}")
    try:
        records = await lookup.network.resolver.srv(name)
    except NameNotFound:
        raise NotThere(f"{name} does not exist") from None
    offered = sorted((r for r in records if r.target and r.port), key=lambda r: (r.priority, -r.weight))
    if not offered:
        raise NotThere(f"{name} names no host")
    best = offered[0]
    host = best.target if best.port == 443 else f"{best.target}:{best.port}"
    url = f"https://{host}/autodiscover/autodiscover.xml"
    config = await _ask(lookup, url, lookup.address.address, redirected=True)
    # Nobody but DNS vouches for that host: say so, rather than "redirected" to it.
    others = tuple(w for w in config.warnings if not (w.kind is WarningKind.REDIRECTED and w.subject == url))
    unverified = ConfigWarning(WarningKind.UNVERIFIED_SOURCE, name, registrable_domain(best.target))
    return config.replace(warnings=(unverified, *others))


async def _ask(
    lookup: Lookup,
    url: str,
    address: str,
    *,
    redirected: bool,
    hops: int = 0,
    address_hops: int = 0,
) -> AccountConfig:
    if hops > MAX_HOPS:
        raise FetchFailed(f"Autodiscover redirected more than {MAX_HOPS} times")
    if urlsplit(url).scheme != "https":
        raise FetchFailed(f"refused to send an Autodiscover request to {url}")
    lookup.report(url)
    own_domain = registrable_domain(urlsplit(url).hostname or "") == registrable_domain(
        lookup.address.domain
    )
    body = request_body(address)
    try:
        fetched = await fetch_xml(
            lookup.network,
            lookup.client,
            url,
            method="POST",
            content=body,
            headers=HEADERS,
            https_only=True,
        )
    except NeedsCredentials:
        if redirected or not own_domain:
            raise NotThere(
                f"{url} wants a password; it is not sent outside "
                f"{lookup.address.domain} without confirmation"
            ) from None
        password = await lookup.password()
        if not password:
            raise NotThere(f"{url} wants a password (none to send)") from None
        withheld = await _why_no_password(lookup, urlsplit(url).hostname or "")
        if withheld:
            raise NotThere(f"{url} wants a password; not sent: {withheld}") from None
        fetched = await fetch_xml(
            lookup.network,
            lookup.client,
            url,
            method="POST",
            content=body,
            headers=HEADERS,
            https_only=True,
            auth=(lookup.address.address, password),
        )
    if fetched.redirected_domain:
        redirected = True
    root = _parse(fetched.body, url)
    account = _find(root, "Response/Account")
    if account is None:
        error = _text(_find(root, "Response/Error/Message")) or "no account settings"
        raise NotThere(f"{url}: {error}")
    action = _text(_find(account, "Action")).lower()
    if action == "redirecturl":
        target = _text(_find(account, "RedirectUrl"))
        same = registrable_domain(urlsplit(target).hostname or "") == registrable_domain(
            lookup.address.domain
        )
        return await _ask(
            lookup,
            target,
            address,
            redirected=redirected or not same,
            hops=hops + 1,
            address_hops=address_hops,
        )
    if action == "redirectaddr":
        if address_hops >= MAX_ADDRESS_REDIRECTS:
            raise FetchFailed("Autodiscover redirected the address too often")
        try:
            new_address = parse_address(_text(_find(account, "RedirectAddr")))
        except ValueError:
            raise FetchFailed(f"{url} redirected to an invalid address") from None
        target = f"https://autodiscover.{new_address.domain}/autodiscover/autodiscover.xml"
        return await _ask(
            lookup,
            target,
            new_address.address,
            redirected=True,
            hops=hops + 1,
            address_hops=address_hops + 1,
        )
    config = _config(account, lookup, fetched.final_url)
    if address.lower() != lookup.address.address.lower():
        config = _signs_in_as(config, address)
    if redirected:
        host = urlsplit(fetched.final_url).hostname or ""
        config = config.replace(
            trust=Trust.NEEDS_CONFIRMATION,
            warnings=(
                ConfigWarning(WarningKind.REDIRECTED, fetched.final_url, registrable_domain(host)),
            ),
        )
    return config


def _signs_in_as(config: AccountConfig, address: str) -> AccountConfig:
    """Settings found for the address a ``redirectAddr`` named: without a ``LoginName`` the
    account signs in with that address (as Outlook does), not with the one typed."""
    def own(servers: tuple[ServerSettings, ...]) -> tuple[ServerSettings, ...]:
        return tuple(
            s.replace(username=address) if s.username == "%EMAILADDRESS%" else s for s in servers
        )

    return config.replace(incoming=own(config.incoming), outgoing=own(config.outgoing))


async def _why_no_password(lookup: Lookup, host: str) -> str:
    """Why the password must not go to ``host`` although it is in the address's domain: it
    is an alias (CNAME) of an OAuth2 provider's host, or "". A Microsoft 365 customer's
    ``autodiscover.<domain>`` points at autodiscover.outlook.com even when its MX names a
    mail filter, so the MX alone cannot tell."""
    name = host
    for _hop in range(MAX_HOPS):
        try:
            target = await lookup.network.resolver.canonical_name(name)
        except OSError:  # timeouts too: not known to be safe
            return f"DNS did not say whether {name} is an alias"
        if not target:
            return ""
        entry = lookup.catalog.find_by_domain(registrable_domain(target))
        if entry is not None and signs_in_with_oauth2(entry):
            provider = entry.display_short_name or entry.id
            return f"{host} is an alias of {target}, at {provider}, which signs in with OAuth2"
        name = target
    return f"{host} is an alias of an alias more than {MAX_HOPS} times"


def _parse(body: bytes, url: str) -> Element:
    """The answer as a tree: the size cap, encoding and DTD rules of every document we read
    (``wizard.catalog.xmldoc``), which also forgives white space before the declaration."""
    try:
        return parse_document(body, origin=url)
    except ConfigError as exc:
        raise FetchFailed(f"{url} did not send a usable answer: {as_clause(exc)}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(element: Element, path: str) -> Element | None:
    current: Element | None = element
    for name in path.split("/"):
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    return current


def _text(element: Element | None) -> str:
    return (element.text or "").strip(XML_WHITESPACE) if element is not None else ""


def _type(protocol: Element) -> str:
    """A ``<Protocol>`` block's type, upper case: its ``<Type>`` element, else its ``Type``
    attribute (the newer Exchange blocks' form, which some hosting panels use for IMAP and
    SMTP too; the type names the kind of server and changes nothing about security)."""
    return (_text(_find(protocol, "Type")) or protocol.get("Type", "").strip(XML_WHITESPACE)).upper()


def _config(account: Element, lookup: Lookup, origin: str) -> AccountConfig:
    incoming: list[ServerSettings] = []
    outgoing: list[ServerSettings] = []
    skipped: list[str] = []
    protocols = [element for element in account if _local(element.tag) == "Protocol"]
    for element in protocols:
        try:
            server = _server(element)
        except (ConfigError, ValueError) as exc:
            kind, name = _type(element), _text(_find(element, "Server"))
            skipped.append(f"the {printable(kind)} server {printable(name)} was skipped: {as_clause(exc)}")
            continue
        if server is not None:
            (incoming if server.protocol.is_incoming else outgoing).append(server)
    incoming.extend(_exchange_servers(protocols, skipped))
    if not incoming:
        raise NotThere(f"{origin} names no IMAP, POP3 or Exchange server")
    return AccountConfig(
        id="",
        display_name=lookup.address.unicode_domain,
        domains=(lookup.address.domain,),
        incoming=tuple(incoming),
        outgoing=tuple(outgoing),
        source=Source.AUTODISCOVER,
        trust=Trust.TRUSTED,
        origin=origin,
        skipped=tuple(skipped),
    )


def _exchange_servers(protocols: list[Element], skipped: list[str]) -> list[ServerSettings]:
    """One Exchange server per EWS address, external ones first: ``EXPR`` (Outlook Anywhere)
    and the ``External`` part of ``WEB`` before ``EXCH``/``EXHTTP`` and ``WEB``'s
    ``Internal`` part, since the wizard runs anywhere, not only inside the company network.
    The web access (OWA) address goes with each, external first. Without any EWS address an
    Exchange block still names its server, by its OWA address or its ``Server``."""
    def blocks(*kinds: str) -> list[Element]:
        return [e for e in protocols if _type(e) in kinds]

    def own(elements: list[Element], *names: str) -> list[str]:
        return [next((t for t in (_text(_find(e, n)) for n in names) if t), "") for e in elements]

    def web(side: str, path: str) -> list[str]:
        return [_text(_find(e, f"{side}/{path}")) for e in blocks("WEB")]

    external, internal = blocks("EXPR"), blocks("EXCH", "EXHTTP")
    ews_urls = _urls(
        [
            *own(external, "EwsUrl", "ASUrl"),
            *web("External", "Protocol/ASUrl"),
            *own(internal, "EwsUrl", "ASUrl"),
            *web("Internal", "Protocol/ASUrl"),
        ],
        skipped,
    )
    owa_urls = _urls(
        [
            *web("External", "OWAUrl"),
            *own(external, "OWAUrl"),
            *web("Internal", "OWAUrl"),
            *own(internal, "OWAUrl"),
        ],
        skipped,
    )
    owa = owa_urls[0] if owa_urls else None
    if ews_urls:
        places: list[tuple[str, str | None]] = [(url, url) for url in ews_urls]
    elif external or internal:
        server_name = next((t for t in own([*external, *internal], "Server") if t), "")
        places = [(owa or server_name, None)]
    else:
        return []
    servers: list[ServerSettings] = []
    for place, ews in places:
        try:
            parts = urlsplit(place) if "://" in place else None
            hostname = normalize_hostname((parts.hostname or "") if parts else place)
            port = (parts.port if parts else None) or 443
        except (ConfigError, ValueError) as exc:
            skipped.append(f"the Exchange server {printable(place)} was skipped: {as_clause(exc)}")
            continue
        servers.append(
            ServerSettings(
                protocol=Protocol.EXCHANGE,
                hostname=hostname,
                port=port,
                security=Security.SSL,
                username="%EMAILADDRESS%",
                ews_url=ews,
                owa_url=owa,
            )
        )
    return servers


def _urls(candidates: list[str], skipped: list[str]) -> list[str]:
    """The https addresses among ``candidates``, in order, each once. Exchange signs in over
    them, so a plain-http one is left out (and said)."""
    found: list[str] = []
    for text in candidates:
        if not text:
            continue
        try:
            url = normalize_url(text, https_only=True)
        except ConfigError as exc:
            skipped.append(f"the Exchange address was skipped: {as_clause(exc)}")
            continue
        if url not in found:
            found.append(url)
    return found


def _server(element: Element) -> ServerSettings | None:
    """An IMAP, POP3 or SMTP block (None for other types); ``ConfigError`` says why it cannot
    be used. The host and user names pass the same checks as a clientConfig file's."""
    protocol = _PROTOCOLS.get(_type(element))
    if protocol is None:
        return None
    hostname = normalize_hostname(_text(_find(element, "Server")))
    port_text = _text(_find(element, "Port"))
    port = parse_port(port_text) if port_text else None
    security = _security(element, port)
    # SPA means NTLM. Never the default over an encrypted connection; over plain it is the
    # only way not to send the password readable.
    spa = _text(_find(element, "SPA")).lower() == "on"
    auth: tuple[AuthMethod, ...] = (AuthMethod.PASSWORD_CLEARTEXT,)
    if spa:
        auth = (
            (AuthMethod.NTLM, AuthMethod.PASSWORD_CLEARTEXT)
            if security is Security.PLAIN
            else (AuthMethod.PASSWORD_CLEARTEXT, AuthMethod.NTLM)
        )
    if _text(_find(element, "AuthRequired")).lower() == "off" and protocol is Protocol.SMTP:
        auth = (AuthMethod.NONE,)
    login = _text(_find(element, "LoginName"))
    return ServerSettings(
        protocol=protocol,
        hostname=hostname,
        port=port or default_port(protocol, security),
        security=security,
        auth_methods=auth,
        username=username_template(login) if login else "%EMAILADDRESS%",
    )


def _security(element: Element, port: int | None) -> Security:
    """``Encryption`` when given (None, SSL, TLS or Auto), else the ``SSL`` flag (on by
    default). "SSL on" and "Auto" say encrypted without saying how: the port tells implicit
    TLS from STARTTLS, and never makes it plain. Any other value is unknown: the server is
    skipped, as a clientConfig server with an unknown socketType is."""
    stated = _text(_find(element, "Encryption"))
    encryption = stated.lower()
    flag = _text(_find(element, "SSL")).lower() or "on"
    if encryption == "none" or (not encryption and flag == "off"):
        return Security.PLAIN
    if encryption == "ssl":
        return Security.SSL
    if encryption == "tls":
        return Security.STARTTLS
    if encryption not in ("", "auto") or flag not in ("on", "off"):
        raise ConfigError(f"Its encryption '{printable(stated or flag)}' is unknown.")
    return Security.STARTTLS if port in (143, 110, 25, 587) else Security.SSL
